import pytest
from django.db import connection

from tests.factories import make_user


@pytest.fixture(autouse=True)
def _fresh_process_caches():
    """Values a process keeps for seconds (delegations/expiring.py, the cache) must not leak between
    tests, whose database ids repeat; nor the language a request activated (tests run in any order
    on any of pytest-xdist's processes)."""
    from django.core.cache import cache
    from django.utils import translation

    from hostcity.shared.expiring import Expiring

    Expiring.forget_all()
    cache.clear()  # kept permissions, menus and public pages
    translation.deactivate()  # a request in Chinese leaves its language active in the test's thread
    yield
    Expiring.forget_all()
    cache.clear()
    translation.deactivate()


@pytest.fixture
def officer(db):
    return make_user("protocol_officer")


@pytest.fixture
def manager(db):
    return make_user("venue_manager")


@pytest.fixture
def manager_client(client, manager):
    client.force_login(manager)
    return client


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need PostgreSQL: they are skipped, saying so, on other databases."""
    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL (.ci/run does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
