from tests.events.conftest import summit  # noqa: F401
