"""A focal point's link is a key: it expires, can be revoked and rotated (the old one stops at
once), turns read-only when the list is approved, and every use of it is logged (finding 5)."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from hostcity.delegations import registration
from hostcity.delegations.models import Delegation
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_user, sign_in


@pytest.fixture
def delegation(db):
    made = make_delegation(focal_point_email="focal@kz.example")
    make_delegate(made, category="head", family_name="Tokayev")
    return made


def pages(token: str) -> list[str]:
    return [f"/focal/{token}/", f"/focal/{token}/itinerary/", f"/focal/{token}/requests/"]


def test_a_link_expires(client, delegation):
    assert client.get(f"/focal/{delegation.focal_token}/").status_code == 200
    Delegation.objects.filter(pk=delegation.pk).update(
        focal_link_expires=timezone.now() - timedelta(minutes=1)
    )
    for path in pages(delegation.focal_token):
        response = client.get(path)
        assert response.status_code == 410, path
        assert b"Tokayev" not in response.content
    assert AuditEntry.objects.filter(action="use focal link", changes__outcome=[None, "expired"]).count() == 3


@override_settings(HOSTCITY_FOCAL_LINK_DAYS=7)
def test_a_new_link_works_for_the_days_the_setting_says(delegation):
    from hostcity.delegations.focal import links as focal_links

    rotated = focal_links.rotate_focal_link(delegation, by=Actor())
    left = rotated.focal_link_expires - timezone.now()
    assert timedelta(days=6, hours=23) < left <= timedelta(days=7)


def test_a_rotated_link_stops_the_old_one_at_once(client, delegation):
    old = delegation.focal_token
    officer = sign_in(client, make_user("protocol_officer"))
    response = client.post(f"/delegations/{delegation.pk}/focal-link/", {"action": "rotate"})
    assert response.status_code == 302
    delegation.refresh_from_db()
    assert delegation.focal_token != old
    client.logout()
    for path in pages(old):
        assert client.get(path).status_code == 404, path
    assert client.get(f"/focal/{delegation.focal_token}/").status_code == 200
    assert AuditEntry.objects.filter(action="rotate focal link", user=officer).count() == 1


def test_a_revoked_link_opens_nothing_and_cannot_be_mailed(client, delegation):
    old = delegation.focal_token
    sign_in(client, make_user("protocol_officer"))
    client.post(f"/delegations/{delegation.pk}/focal-link/", {"action": "revoke"})
    delegation.refresh_from_db()
    assert delegation.focal_token is None
    page = client.get(f"/delegations/{delegation.pk}/").content.decode()
    assert "The link is revoked" in page and old not in page
    client.post(f"/delegations/{delegation.pk}/invite/")
    from django.core import mail

    assert mail.outbox == []
    client.logout()
    assert client.get(f"/focal/{old}/").status_code == 404
    assert client.get("/focal/None/").status_code == 404


def test_after_approval_the_link_is_read_only(client, delegation):
    token = delegation.focal_token
    registration.submit_registration(delegation, by=Actor(focal_point_of=delegation))
    registration.approve_registration(delegation, by=Actor(user=make_user("protocol_officer")))
    member = delegation.delegates.get()
    assert client.get(f"/focal/{token}/").status_code == 200
    writes = [
        (f"/focal/{token}/members/new/", {"family_name": "Intruder", "category": "official"}),
        (f"/focal/{token}/members/{member.pk}/", {"family_name": "Changed", "category": "head"}),
        (f"/focal/{token}/members/{member.pk}/remove/", {}),
        (f"/focal/{token}/submit/", {}),
        (f"/focal/{token}/requests/", {"minutes": 30, "priority": "must"}),
    ]
    for path, data in writes:
        assert client.post(path, data).status_code == 403, path
    member.refresh_from_db()
    assert member.family_name == "Tokayev" and delegation.delegates.count() == 1
    assert AuditEntry.objects.filter(changes__outcome=[None, "refused: read-only"]).count() == len(writes)
    assert b"delegation-request-form" not in client.get(f"/focal/{token}/requests/").content


def test_every_use_is_logged_with_where_from(client, delegation):
    client.get(f"/focal/{delegation.focal_token}/", REMOTE_ADDR="203.0.113.9")
    client.get(f"/focal/{delegation.focal_token}/itinerary/", REMOTE_ADDR="203.0.113.9")
    uses = AuditEntry.objects.filter(action="use focal link", delegation=delegation).order_by("id")
    assert [u.changes["path"][1] for u in uses] == ["/focal/<link>/", "/focal/<link>/itinerary/"]
    assert delegation.focal_token not in str(list(AuditEntry.objects.values_list("changes", flat=True)))
    assert {u.changes["address"][1] for u in uses} == {"203.0.113.9"}
    assert {u.actor for u in uses} == {f"focal point of {delegation.name_en}"}


def test_focal_pages_are_never_cached_nor_referred(client, delegation):
    response = client.get(f"/focal/{delegation.focal_token}/")
    assert response["Cache-Control"] == "no-store" and response["Referrer-Policy"] == "same-origin"
