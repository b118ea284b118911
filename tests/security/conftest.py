"""Attacks on the accreditation chain and its neighbours, each reproduced as a test (issue 17)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hostcity.delegations.accreditation import badges
from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Delegation, Zone, ZoneAccess
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, make_user


@pytest.fixture
def gate(db):
    """An event running around today: zone P open to heads from yesterday to tomorrow, zone L (a
    later day) open from the day after tomorrow, zone X (over) closed since the day before
    yesterday; a head of delegation's badge, and a check-in staff account."""
    today = timezone.localdate()
    event = make_event(start_date=today - timedelta(days=3), end_date=today + timedelta(days=3))
    windows = {"P": (-1, 1), "L": (2, 3), "X": (-3, -2)}
    for code, (first, last) in windows.items():
        zone = Zone.objects.create(event=event, code=code, name_en=f"Zone {code}", name_zh=f"区域{code}")
        ZoneAccess.objects.create(
            zone=zone,
            category="head",
            valid_from=today + timedelta(days=first),
            valid_to=today + timedelta(days=last),
        )
    delegation = make_delegation(event, registration=Delegation.Registration.APPROVED)
    make_delegate(delegation, category="head", family_name="Tokayev", name_zh="托卡耶夫")
    badge = badges.issue_badges(event, by=Actor())[0]
    staff = make_user("checkin_staff")
    return {"event": event, "badge": badge, "token": token_for(badge), "staff": staff}


@pytest.fixture
def gate_client(client, gate):
    client.force_login(gate["staff"])
    return client


def scan(client, setup, **body):
    """POST a scan to the gate API as JSON (the `gate` fixture's badge at zone P); the response."""
    data = {"token": setup["token"], "event": setup["event"].pk, "zone": "P", "gate": "north", **body}
    return client.post("/api/checkin/", data, content_type="application/json")
