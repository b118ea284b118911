"""The small summit of the events tests, for the pages of a delegation's journey through it."""

from tests.events.conftest import summit  # noqa: F401
