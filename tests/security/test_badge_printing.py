"""Printing badges — signed gate credentials — is its own permission, and every print is on the
audit trail: who printed which badges, when (finding 4)."""

import pytest

from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_user, sign_in


@pytest.mark.parametrize("layout", ["sheet", "single"])
def test_a_viewer_cannot_download_live_badges(client, gate, layout):
    sign_in(client, make_user("viewer"))
    assert client.get(f"/delegations/event/{gate['event'].pk}/badges/").status_code == 200  # the list, yes
    response = client.get(f"/delegations/event/{gate['event'].pk}/badges.pdf?layout={layout}")
    assert response.status_code == 403
    assert not AuditEntry.objects.filter(action="print badge").exists()


def test_the_viewers_list_offers_no_print(client, gate):
    sign_in(client, make_user("viewer"))
    page = client.get(f"/delegations/event/{gate['event'].pk}/badges/").content.decode()
    assert "badges.pdf" not in page


@pytest.mark.parametrize("role", ["protocol_officer", "event_director"])
def test_a_print_is_on_the_audit_trail(client, gate, role):
    user = sign_in(client, make_user(role))
    badge = gate["badge"]
    response = client.get(f"/delegations/event/{gate['event'].pk}/badges.pdf?layout=single&badge={badge.pk}")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response["Cache-Control"] == "no-store"
    entry = AuditEntry.objects.get(action="print badge")
    assert (entry.user, entry.record, entry.record_id) == (user, "badge", badge.pk)
    assert entry.delegation_id == badge.delegate.delegation_id
    assert entry.changes == {"issue": [None, 1], "layout": [None, "single"], "number": [None, badge.number]}


def test_a_badge_that_is_not_a_number_is_a_clear_error(client, gate):
    sign_in(client, make_user("protocol_officer"))
    response = client.get(f"/delegations/event/{gate['event'].pk}/badges.pdf?badge=1%20OR%201=1")
    assert response.status_code == 400
    assert not AuditEntry.objects.filter(action="print badge").exists()
