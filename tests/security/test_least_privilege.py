"""Least privilege (finding 11): check-in staff read nothing but the gate and its counts; principals'
schedules are their own permission; and every permission of every role is justified, line by line,
in docs/security.md (a role given a permission the table does not justify fails here)."""

import re
from pathlib import Path

import pytest

from hostcity.accounts.roles import ROLES
from hostcity.delegations.models import Delegation
from tests.factories import make_delegation, make_event, make_user, sign_in

TABLE = Path(__file__).resolve().parents[2] / "docs" / "security.md"


@pytest.fixture
def event(db):
    made = make_event()
    make_delegation(made, registration=Delegation.Registration.APPROVED)
    return made


def _schedule_pages(event) -> list[str]:
    delegation = event.delegations.get()
    base = f"/events/{event.pk}/itineraries/{delegation.pk}/"
    return [
        f"/events/{event.pk}/itineraries/",
        base,
        base + "itinerary.pdf",
        base + "itinerary.ics",
        f"/events/{event.pk}/board/",
        f"/events/{event.pk}/rosters/",
    ]


@pytest.mark.parametrize("role", ["checkin_staff", "venue_manager"])
def test_who_needs_no_schedules_reads_none(client, event, role):
    sign_in(client, make_user(role))
    for path in _schedule_pages(event):
        assert client.get(path).status_code == 403, path


def test_check_in_staff_have_the_gate_and_its_counts_only(client, event):
    sign_in(client, make_user("checkin_staff"))
    assert client.get("/delegations/scan/").status_code == 200
    assert client.get(f"/delegations/event/{event.pk}/checkin/").status_code == 200
    for path in [
        "/events/",
        f"/events/{event.pk}/",
        "/venues/",
        "/delegations/",
        f"/delegations/event/{event.pk}/",
    ]:
        assert client.get(path).status_code == 403, path


@pytest.mark.parametrize("role", ["protocol_officer", "event_director", "viewer"])
def test_who_runs_or_oversees_the_event_reads_the_schedules(client, event, role):
    sign_in(client, make_user(role))
    for path in _schedule_pages(event):
        assert client.get(path).status_code == 200, path


def _justified() -> dict[str, set[str]]:
    """role -> the permissions docs/security.md's role table lists for it, each row with a reason."""
    rows: dict[str, set[str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"[a-z_]+", cells[0]) and cells[0] != "role":
            assert cells[2], f"docs/security.md: {cells[0]} / {cells[1]} has no reason"
            rows.setdefault(cells[0], set()).update(p.strip() for p in cells[1].split(","))
    return rows


def test_every_permission_of_every_role_is_justified_in_the_threat_model():
    justified = _justified()
    for role in ROLES:
        expected = {"all"} if role.all_permissions else set(role.permissions)
        assert justified.get(role.slug) == expected, role.slug
