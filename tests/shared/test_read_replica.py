"""Which database a read goes to: the replica only for GET/HEAD requests to the read-only pages, and
never for sign-in, sessions, throttling or second-factor records; writes always to the primary."""

from django.contrib.sessions.models import Session
from django.test import RequestFactory
from django_otp.plugins.otp_totp.models import TOTPDevice

from hostcity.directory.models import Entry
from hostcity.indicators.models import Indicator
from hostcity.shared import read_replica
from hostcity.shared.read_replica import ReplicaReadsMiddleware, ReplicaRouter


def _reads_during(request, monkeypatch, configured=True) -> dict:
    monkeypatch.setattr(read_replica, "replica_configured", lambda: configured)
    router, seen = ReplicaRouter(), {}

    def view(request):
        for model in (Entry, Indicator, Session, TOTPDevice):
            seen[model.__name__] = router.db_for_read(model)
        seen["write"] = router.db_for_write(Entry)
        return "response"

    assert ReplicaReadsMiddleware(view)(request) == "response"
    return seen


def test_read_only_pages_read_their_records_from_the_replica(monkeypatch):
    seen = _reads_during(RequestFactory().get("/visit/?q=clinic"), monkeypatch)
    assert seen == {"Entry": "replica", "Indicator": "replica", "Session": "default",
                    "TOTPDevice": "default", "write": "default"}  # fmt: skip
    assert _reads_during(RequestFactory().head("/indicators/"), monkeypatch)["Indicator"] == "replica"
    # After the request, reads are the primary's again.
    assert ReplicaRouter().db_for_read(Entry) == "default"


def test_everything_else_reads_the_primary(monkeypatch):
    for request in (
        RequestFactory().post("/visit/"),  # not a read
        RequestFactory().get("/directory/"),  # the editors' pages
        RequestFactory().get("/delegations/"),
    ):
        assert set(_reads_during(request, monkeypatch).values()) == {"default"}
    assert set(_reads_during(RequestFactory().get("/visit/"), monkeypatch, configured=False).values()) == {
        "default"
    }


def test_the_paths_are_a_setting(monkeypatch, settings):
    settings.HOSTCITY_REPLICA_PATHS = ["/api/"]
    assert _reads_during(RequestFactory().get("/api/venues/"), monkeypatch)["Entry"] == "replica"
    assert _reads_during(RequestFactory().get("/visit/"), monkeypatch)["Entry"] == "default"


def test_only_the_primary_is_migrated():
    router = ReplicaRouter()
    assert router.allow_migrate("default", "directory") and not router.allow_migrate("replica", "directory")
