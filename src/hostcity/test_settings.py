"""Settings for the test suite: the real settings, with a throwaway key, fast hashing and files in a
temporary home. DATABASE_URL still chooses the database (SQLite by default, PostgreSQL when set)."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-test-"))

from hostcity.settings import *  # noqa: F403
from hostcity.settings import STATIC_ROOT, STORAGES

STATIC_ROOT.mkdir(parents=True, exist_ok=True)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared memory: the live server's threads then open their own connections.
    DATABASES["default"]["TEST"] = {"NAME": str(STATIC_ROOT.parent / "test.sqlite3")}  # noqa: F405
# Close connections after each request, so the live server's threads leave none open at teardown.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Each test process keeps its own cache (cleared around every test: tests/conftest.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
