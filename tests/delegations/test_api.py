"""The delegations API: delegations and delegates as the pages show them (a liaison officer sees only
theirs, personal fields only with the permission), vetting set by the vetting role one by one or as a
list all or nothing, badges issued under the vetting rule and revoked with a reason."""

import pytest

from hostcity.delegations.models import Badge, Delegate, Delegation
from tests.factories import make_delegate, make_delegation, make_event, make_user, make_zone

pytestmark = pytest.mark.django_db


@pytest.fixture
def summit(db):
    event = make_event()
    make_zone(event, "P", categories=("head", "official"), days=(1, 3))
    kaz = make_delegation(event, country="KAZ", registration=Delegation.Registration.APPROVED)
    egy = make_delegation(event, country="EGY")
    head = make_delegate(kaz, category="head", passport_number="N1234567", vetting="not_requested")
    official = make_delegate(kaz, passport_number="N7654321", vetting="requested")
    return event, kaz, egy, head, official


def as_role(client, role, **fields):
    user = make_user(role, **fields)
    client.force_login(user)
    return user


def test_personal_fields_only_with_the_permission(client, summit):
    *_, official = summit
    as_role(client, "protocol_officer")
    seen = client.get(f"/api/delegates/{official.pk}/").json()
    assert seen["vetting"] == "requested" and "passport_number" not in seen and "medical_notes" not in seen
    as_role(client, "security_officer")
    assert client.get(f"/api/delegates/{official.pk}/").json()["passport_number"] == "N7654321"


def test_a_liaison_officer_sees_only_their_delegations(client, summit):
    _event, kaz, egy, _head, _official = summit
    officer = as_role(client, "liaison_officer")
    Delegation.objects.filter(pk=kaz.pk).update(liaison_officer=officer)
    assert [d["id"] for d in client.get("/api/delegations/").json()["results"]] == [kaz.pk]
    assert client.get(f"/api/delegations/{egy.pk}/").status_code == 404
    assert {d["delegation"] for d in client.get("/api/delegates/").json()["results"]} == {kaz.pk}


def test_vetting_through_the_api_and_badges_under_its_rule(client, summit):
    event, _kaz, _egy, head, official = summit
    as_role(client, "protocol_officer")
    issued = client.post("/api/badges/issue/", {"event": event.pk}, content_type="application/json").json()
    assert [b["delegate"] for b in issued["badges"]] == [head.pk]  # the official is not cleared yet
    assert client.post(f"/api/delegates/{official.pk}/vetting/", {"vetting": "cleared"},
                       content_type="application/json").status_code == 403  # fmt: skip
    as_role(client, "security_officer")
    done = client.post(
        f"/api/delegates/{official.pk}/vetting/", {"vetting": "cleared"}, content_type="application/json"
    )
    assert done.status_code == 200 and done.json()["vetting"] == "cleared"
    assert Delegate.objects.get(pk=official.pk).vetting_changed_by
    as_role(client, "protocol_officer")
    again = client.post("/api/badges/issue/", {"event": event.pk}, content_type="application/json").json()
    assert [b["delegate"] for b in again["badges"]] == [official.pk]
    as_role(client, "security_officer")
    refused = client.post(
        "/api/delegates/vetting/",
        [{"delegate": official.pk, "vetting": "refused"}],
        content_type="application/json",
    )
    assert refused.json() == {"changed": 1, "badges_revoked": 1}
    assert Badge.objects.get(delegate=official).revoked_reason == "vetting refused"


def test_bad_vetting_input_names_the_field_and_changes_nothing(client, summit):
    *_, _head, official = summit
    as_role(client, "security_officer")
    bad = client.post(
        f"/api/delegates/{official.pk}/vetting/", {"vetting": "maybe"}, content_type="application/json"
    )
    assert bad.status_code == 400 and "vetting" in bad.json()
    rows = [{"delegate": official.pk, "vetting": "cleared"}, {"delegate": 999999, "vetting": "cleared"}]
    unknown = client.post("/api/delegates/vetting/", rows, content_type="application/json")
    assert unknown.status_code == 400 and "1" in unknown.json()
    not_a_list = client.post(
        "/api/delegates/vetting/", {"vetting": "cleared"}, content_type="application/json"
    )
    assert not_a_list.status_code == 400
    assert Delegate.objects.get(pk=official.pk).vetting == "requested"  # all or nothing


def test_a_badge_is_revoked_with_a_reason(client, summit):
    event, *_ = summit
    as_role(client, "protocol_officer")
    badge = client.post("/api/badges/issue/", {"event": event.pk}, content_type="application/json").json()[
        "badges"
    ][0]
    empty = client.post(f"/api/badges/{badge['id']}/revoke/", {"reason": ""}, content_type="application/json")
    assert empty.status_code == 400 and "reason" in empty.json()
    done = client.post(
        f"/api/badges/{badge['id']}/revoke/", {"reason": "lost"}, content_type="application/json"
    )
    assert done.status_code == 200 and done.json()["revoked_reason"] == "lost"
    twice = client.post(
        f"/api/badges/{badge['id']}/revoke/", {"reason": "lost"}, content_type="application/json"
    )
    assert twice.status_code == 400
