"""hostcity settings: one module, every knob an environment variable with a typed default.

DATABASE_URL        database; default an SQLite file under HOSTCITY_HOME
SECRET_KEY          required whenever HOSTCITY_DEBUG is off
DATABASE_REPLICA_URL  a PostgreSQL replica the read-only pages read from (HOSTCITY_REPLICA_PATHS)
REDIS_URL           when set, background tasks go to RQ on Redis instead of the database queue
HOSTCITY_HOME       where the SQLite file, collected static files and uploads live (default ./var)
HOSTCITY_DEBUG      1/0 (default 0)
HOSTCITY_ALLOWED_HOSTS   comma-separated (default 127.0.0.1,localhost)
HOSTCITY_TIME_ZONE  default Asia/Shanghai
HOSTCITY_MAP_TILES  tile URL template for the venue map; empty: the offline schematic outline
HOSTCITY_MAP_TILES_ATTRIBUTION  attribution shown under tiles
HOSTCITY_MAP_OUTLINE  static path of the offline outline GeoJSON
HOSTCITY_MAP_CENTRE   "lat,lon" the maps open on
HOSTCITY_EMAIL_BACKEND, HOSTCITY_DEFAULT_FROM_EMAIL
HOSTCITY_FIELD_KEY  key for personal data encrypted at rest (default: derived from SECRET_KEY)
HOSTCITY_PHOTO_MAX_BYTES  largest delegate photo accepted (default 5 MB)
HOSTCITY_HTTPS      1: served over HTTPS (redirect, secure cookies, HSTS); default 0
HOSTCITY_BEHIND_PROXY  1: trust X-Forwarded-Proto from the reverse proxy that terminates TLS
HOSTCITY_SESSION_SECONDS  how long a sign-in lasts (default 8 hours)
HOSTCITY_LOGIN_FAILURES, HOSTCITY_LOCKOUT_MINUTES  sign-in throttling (default 5 failures, 15 minutes)
HOSTCITY_ADMIN_SECOND_FACTOR  1/0: administrators must sign in with a second factor (default 1)
HOSTCITY_PUBLIC_CACHE_SECONDS  how long a public directory search page is kept rendered (default 60)
HOSTCITY_STAFF_CACHE_SECONDS  how long the dashboard's figures and the atlas's results are kept (default 10)
HOSTCITY_PERMISSION_CACHE_SECONDS  how long a person's permissions are kept in the cache (default 10)
HOSTCITY_RUN_STALE_SECONDS  a run whose worker sent no heartbeat for this long is retried (default 60)
HOSTCITY_RUN_ATTEMPTS  attempts of a run before it is marked failed (default 2)
HOSTCITY_RUN_REQUEUE_SECONDS  a run queued this long is enqueued again (default 600)
HOSTCITY_OFFLINE_SCAN_HOURS  how old an offline scan's own time may be when uploaded (default 24)
HOSTCITY_SCAN_CLOCK_SKEW_SECONDS  how far ahead of the server a gate's clock may be (default 120)
HOSTCITY_FOCAL_LINK_DAYS  how long a focal point's link works after it is made or rotated (default 90)
HOSTCITY_PASSWORD_RESET_SECONDS  how long a password-reset link works (default 3600)
HOSTCITY_PASSWORD_RESETS_PER_HOUR  reset e-mails asked per address and per client address (default 5)
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected 1/0, true/false, yes/no or on/off")


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_point(name: str, default: str) -> tuple[float, float]:
    raw = os.environ.get(name, default)
    try:
        lat, lon = (float(part) for part in raw.split(","))
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected 'lat,lon'") from exc
    return lat, lon


BASE_DIR = Path(__file__).resolve().parent
HOME = Path(os.environ.get("HOSTCITY_HOME", "./var")).resolve()

DEBUG = env_bool("HOSTCITY_DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
FIELD_KEY = os.environ.get("HOSTCITY_FIELD_KEY", "")
PHOTO_MAX_BYTES = int(os.environ.get("HOSTCITY_PHOTO_MAX_BYTES", str(5 * 1024 * 1024)))
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when HOSTCITY_DEBUG is off")
    SECRET_KEY = "insecure-debug-only-key"

ALLOWED_HOSTS = env_list("HOSTCITY_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("HOSTCITY_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "hostcity.web.apps.HostcityAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "hostcity.web",
    "hostcity.shared.audit",
    "hostcity.shared.runs",
    "hostcity.shared.countries",
    "hostcity.accounts",
    "hostcity.events",
    "hostcity.venues",
    "hostcity.delegations",
    "hostcity.platforms",
    "hostcity.registry",
    "hostcity.matchmaking",
    "hostcity.directory",
    "hostcity.glossary",
    "hostcity.indicators",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "hostcity.web.languages.StaffLanguagesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "hostcity.shared.read_replica.ReplicaReadsMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "hostcity.accounts.second_factor_middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hostcity.web.security.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

# The second factor (django-otp, hostcity.accounts.second_factor): optional for staff, required for
# administrators unless HOSTCITY_ADMIN_SECOND_FACTOR=0. The authenticator app shows the issuer name.
HOSTCITY_ADMIN_SECOND_FACTOR = env_bool("HOSTCITY_ADMIN_SECOND_FACTOR", True)
OTP_TOTP_ISSUER = "hostcity"

# Sign-in throttling (django-axes): after HOSTCITY_LOGIN_FAILURES wrong passwords for one user name
# from one address, that pair is locked out for HOSTCITY_LOCKOUT_MINUTES; a success resets the count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "hostcity.accounts.permission_cache.CachedPermissionsBackend",
]
HOSTCITY_PUBLIC_CACHE_SECONDS = int(os.environ.get("HOSTCITY_PUBLIC_CACHE_SECONDS", "60"))
HOSTCITY_STAFF_CACHE_SECONDS = int(os.environ.get("HOSTCITY_STAFF_CACHE_SECONDS", "10"))
HOSTCITY_PERMISSION_CACHE_SECONDS = int(os.environ.get("HOSTCITY_PERMISSION_CACHE_SECONDS", "10"))
AXES_FAILURE_LIMIT = int(os.environ.get("HOSTCITY_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("HOSTCITY_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# Security headers and cookies. Behind HTTPS (HOSTCITY_HTTPS=1, the production default is off only
# because the demo serves plain HTTP on loopback): redirects, secure cookies, HSTS.
HTTPS = env_bool("HOSTCITY_HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env_bool("HOSTCITY_BEHIND_PROXY", False):  # the proxy terminates TLS and says so in this header
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("HOSTCITY_SESSION_SECONDS", str(8 * 3600)))
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

ROOT_URLCONF = "hostcity.urls"
WSGI_APPLICATION = "hostcity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "hostcity.web.context_processors.navigation",
            ],
            # `in_language` in every template: a record's name or title in the page's language
            "builtins": ["hostcity.shared.bilingual_tags"],
        },
    },
]

DB_CONN_MAX_AGE = int(os.environ.get("HOSTCITY_DB_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{HOME / 'hostcity.sqlite3'}",
        conn_max_age=DB_CONN_MAX_AGE,
    )
}
# A PostgreSQL replica for the read-only pages (hostcity.shared.read_replica).
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=DB_CONN_MAX_AGE
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["hostcity.shared.read_replica.ReplicaRouter"]
HOSTCITY_REPLICA_PATHS = env_list("HOSTCITY_REPLICA_PATHS", "/visit/,/indicators/")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a writer instead of failing at once; WAL lets readers run beside it.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
FORMAT_MODULE_PATH = ["hostcity.shared.formats"]  # the English dates of a Beijing office (shared/formats/en)
# Staff pages speak the first two (web/languages.py); the public's and delegates' pages all six.
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文"), ("fr", "Français"), ("es", "Español"),
             ("ru", "Русский"), ("ar", "العربية")]  # fmt: skip
PUBLIC_LANGUAGE_PATHS = ["/visit/", "/focal/"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600  # the reader's choice of language is remembered for a year
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("HOSTCITY_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = HOME / "static"
MEDIA_ROOT = HOME / "media"
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Serve straight from the apps' static folders when nothing was collected (tests, a quick start).
WHITENOISE_USE_FINDERS = env_bool("HOSTCITY_STATIC_FROM_APPS", False)

REDIS_URL = os.environ.get("REDIS_URL", "")
# The cache (kept permissions, menus and rendered parts of pages): in Redis when there is one, else in
# a table of the database (made by `hostcity serve` / `manage createcachetable`) — shared by every
# process either way, so a change seen by one is seen by all.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "hostcity",
        }
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "hostcity_cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    )
}
if REDIS_URL:
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    # A run may solve for 600 s and then write its result: RQ's default of 180 s would kill it.
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 1800}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The run watchdog (hostcity.shared.runs.watchdog), in every worker.
HOSTCITY_RUN_STALE_SECONDS = float(os.environ.get("HOSTCITY_RUN_STALE_SECONDS", "60"))
HOSTCITY_RUN_ATTEMPTS = int(os.environ.get("HOSTCITY_RUN_ATTEMPTS", "2"))
HOSTCITY_RUN_REQUEUE_SECONDS = float(os.environ.get("HOSTCITY_RUN_REQUEUE_SECONDS", "600"))

# Accreditation and access (docs/security.md).
HOSTCITY_OFFLINE_SCAN_HOURS = float(os.environ.get("HOSTCITY_OFFLINE_SCAN_HOURS", "24"))
HOSTCITY_SCAN_CLOCK_SKEW_SECONDS = float(os.environ.get("HOSTCITY_SCAN_CLOCK_SKEW_SECONDS", "120"))
HOSTCITY_FOCAL_LINK_DAYS = int(os.environ.get("HOSTCITY_FOCAL_LINK_DAYS", "90"))
PASSWORD_RESET_TIMEOUT = int(os.environ.get("HOSTCITY_PASSWORD_RESET_SECONDS", "3600"))
HOSTCITY_PASSWORD_RESETS_PER_HOUR = int(os.environ.get("HOSTCITY_PASSWORD_RESETS_PER_HOUR", "5"))

# The office whose letterhead letters of invitation and visa support carry (delegations/letters/).
HOSTCITY_OFFICE_EN = os.environ.get(
    "HOSTCITY_OFFICE_EN", "Foreign Affairs Office of the People's Government of Beijing Municipality"
)
HOSTCITY_OFFICE_ZH = os.environ.get("HOSTCITY_OFFICE_ZH", "北京市人民政府外事办公室")
HOSTCITY_OFFICE_ADDRESS = os.environ.get("HOSTCITY_OFFICE_ADDRESS", "Beijing, People's Republic of China")
HOSTCITY_LETTER_PREFIX = os.environ.get("HOSTCITY_LETTER_PREFIX", "BJFAO")

EMAIL_BACKEND = os.environ.get("HOSTCITY_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("HOSTCITY_DEFAULT_FROM_EMAIL", "hostcity@localhost")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["hostcity.accounts.api_permissions.ModelPermissions"],
    "DEFAULT_PARSER_CLASSES": [
        "hostcity.shared.api_parsers.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "hostcity.shared.api_errors.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "hostcity API",
    "DESCRIPTION": "Functional areas, venues, rooms, closures and bookings of the host city.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Many models have a "kind": each its own enum name in the schema.
    "ENUM_NAME_OVERRIDES": {
        "PlatformKindEnum": "hostcity.platforms.models.Platform.Kind",
        "SisterCityKindEnum": "hostcity.platforms.models.SisterCity.Kind",
        "PartnerNetworkKindEnum": "hostcity.platforms.models.PartnerNetwork.Kind",
        "OrganizationKindEnum": "hostcity.registry.models.InternationalOrganization.Kind",
        "DirectoryKindEnum": "hostcity.directory.models.Kind",
        "AreaKindEnum": "hostcity.venues.models.FunctionalArea.Kind",
        "RoomKindEnum": "hostcity.venues.models.Room.Kind",
        "DelegationStatusEnum": "hostcity.delegations.models.records.Delegation.Status",
        "PlanRunStatusEnum": "hostcity.events.models.runs.PlanRun.Status",
    },
}

MAP_TILES = os.environ.get("HOSTCITY_MAP_TILES", "")
MAP_TILES_ATTRIBUTION = os.environ.get("HOSTCITY_MAP_TILES_ATTRIBUTION", "")
MAP_OUTLINE = os.environ.get("HOSTCITY_MAP_OUTLINE", "venues/districts/beijing.geojson")
MAP_CENTRE = env_point("HOSTCITY_MAP_CENTRE", "39.9042,116.4074")

if not DEBUG:
    SESSION_COOKIE_HTTPONLY = True
    CSRF_COOKIE_HTTPONLY = False
    X_FRAME_OPTIONS = "DENY"
    SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("HOSTCITY_LOG_LEVEL", "WARNING")},
}
