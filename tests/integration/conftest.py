"""The cluster of the integration tests: a fresh PostgreSQL database and Redis database, and the
environment its app servers and workers share."""

import os

import pytest

from tests.integration.cluster import Cluster, drop_postgres_database, fresh_postgres_database, fresh_redis

STALE_SECONDS = 4  # a worker silent this long is taken for lost


@pytest.fixture
def cluster(tmp_path):
    name = f"hostcity_scaleout_{os.getpid()}"
    url = fresh_postgres_database(name)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hostcity.settings",
        "DATABASE_URL": url,
        "REDIS_URL": fresh_redis(),
        "SECRET_KEY": "scale-out-test-secret-key-not-for-production-0123456789",
        "HOSTCITY_HOME": str(tmp_path / "home"),
        "HOSTCITY_DEBUG": "0",
        "HOSTCITY_RUN_STALE_SECONDS": str(STALE_SECONDS),
        "HOSTCITY_RUN_ATTEMPTS": "2",
    }
    (tmp_path / "logs").mkdir()
    running = Cluster(env=env, log_dir=tmp_path / "logs")
    running.url = url
    running.database = name
    try:
        yield running
    finally:
        running.stop_all()
        drop_postgres_database(name)
        drop_postgres_database(f"{name}_replica")
