"""Reads of read-only pages from a PostgreSQL replica (DATABASE_REPLICA_URL): a GET or HEAD request
to one of HOSTCITY_REPLICA_PATHS (by default the public directory and the indicators) reads its
records from the replica; everything else, and every write, goes to the primary. Sign-in, sessions,
throttling counters and second-factor devices are always read from the primary, so a replica that
lags never signs anybody out or lets a locked-out address in. A page served from the replica may be
as old as the replica's lag (seconds, in streaming replication)."""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
_reading_replica: ContextVar[bool] = ContextVar("reading_replica", default=False)
ALWAYS_PRIMARY = {
    "sessions",
    "auth",
    "authtoken",
    "axes",
    "otp_totp",
    "otp_static",
    "django_otp",
    "django_tasks_db",
}


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _reading_replica.get() and model._meta.app_label not in ALWAYS_PRIMARY and replica_configured():
            return REPLICA
        return "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, first, second, **hints):
        return True  # one database, two copies of it

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # the replica follows the primary's migrations by replication


def reads_replica(request) -> bool:
    return request.method in ("GET", "HEAD") and request.path.startswith(
        tuple(settings.HOSTCITY_REPLICA_PATHS)
    )


class ReplicaReadsMiddleware:
    """Marks the read-only requests whose records come from the replica (see the module's text)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_configured() or not reads_replica(request):
            return self.get_response(request)
        token = _reading_replica.set(True)
        try:
            return self.get_response(request)
        finally:
            _reading_replica.reset(token)
