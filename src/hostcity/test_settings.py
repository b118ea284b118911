"""Settings for the test suite: the real settings, with a throwaway key, fast hashing and files in a
temporary home. DATABASE_URL still chooses the database (SQLite by default, PostgreSQL when set)."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-test-"))

from hostcity.settings import *  # noqa: E402,F403
from hostcity.settings import STATIC_ROOT, STORAGES  # noqa: E402

STATIC_ROOT.mkdir(parents=True, exist_ok=True)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
