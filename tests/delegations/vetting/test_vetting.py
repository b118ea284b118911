"""Security vetting: no badge for anyone not cleared (heads exempt by the event's rule), a refusal or an
expiry revokes live badges and the gate refuses them, the authority's answers imported all or nothing,
and the pages of the vetting role."""

import io
from datetime import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from hostcity.delegations.accreditation import badges, checkin
from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Badge, Delegate, Delegation
from hostcity.delegations.vetting.imports import import_vetting
from hostcity.delegations.vetting.rules import set_vetting
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from hostcity.shared.spreadsheets import csv_bytes
from tests.factories import make_delegate, make_delegation, make_event, make_user, make_zone, sign_in

SYSTEM = Actor()


@pytest.fixture
def summit(db):
    event = make_event()
    make_zone(event, "P", categories=("head", "official", "security"), days=(1, 3))
    delegation = make_delegation(event, registration=Delegation.Registration.APPROVED)
    head = make_delegate(delegation, category="head", vetting="not_requested")
    waiting = make_delegate(delegation, category="official", vetting="requested")
    cleared = make_delegate(delegation, category="security", vetting="cleared")
    return event, head, waiting, cleared


def upload(rows, header=("delegate", "vetting")):
    return SimpleUploadedFile("answers.csv", csv_bytes(header, rows))


def test_only_the_cleared_and_the_exempt_get_badges(summit):
    event, head, waiting, cleared = summit
    issued = badges.issue_badges(event, by=SYSTEM)
    assert {b.delegate_id for b in issued} == {head.pk, cleared.pk}  # the head by the event's rule
    set_vetting([waiting], "cleared", by=SYSTEM)
    assert [b.delegate_id for b in badges.issue_badges(event, by=SYSTEM)] == [waiting.pk]


def test_an_event_may_exempt_nobody(summit):
    event, _head, _waiting, cleared = summit
    event.vetting_exempt = []
    event.save()
    assert [b.delegate_id for b in badges.issue_badges(event, by=SYSTEM)] == [cleared.pk]


def test_a_badge_whose_holder_is_no_longer_cleared_does_not_print(summit):
    event, _head, _waiting, cleared = summit
    badge = next(b for b in badges.issue_badges(event, by=SYSTEM) if b.delegate_id == cleared.pk)
    Delegate.objects.filter(pk=cleared.pk).update(vetting="requested")  # e.g. a record set back
    badge = Badge.objects.select_related("delegate__delegation__event").get(pk=badge.pk)
    with pytest.raises(ValidationError, match="Not cleared"):
        badges.print_badges([badge], layout="single", by=SYSTEM)
    with pytest.raises(ValidationError, match="Not cleared"):
        badges.reissue_badge(badge, by=SYSTEM)
    assert not AuditEntry.objects.filter(action="print badge").exists()


@pytest.mark.parametrize("status", ["refused", "expired"])
def test_a_refusal_or_expiry_revokes_live_badges_and_the_gate_refuses_them(summit, status):
    event, _head, _waiting, cleared = summit
    badge = next(b for b in badges.issue_badges(event, by=SYSTEM) if b.delegate_id == cleared.pk)
    token = token_for(badge)
    when = timezone.make_aware(datetime(2030, 12, 2, 10))
    assert checkin.check_in(token, "P", event=event.pk, at=when).allowed
    changed, revoked = set_vetting([cleared], status, by=Actor(user=make_user("security_officer")))
    assert (changed, revoked) == (1, 1)
    badge.refresh_from_db()
    assert badge.revoked_reason == f"vetting {status}" and badge.revoked_at is not None
    assert checkin.check_in(token, "P", event=event.pk, at=when).reason == "revoked"
    actions = set(AuditEntry.objects.filter(delegation=cleared.delegation).values_list("action", flat=True))
    assert {"vetting", "revoke badge"} <= actions
    assert badges.issue_badges(event, by=SYSTEM) == []  # and none is issued again


def test_an_unknown_status_is_refused_and_nothing_changes(summit):
    _event, _head, waiting, _cleared = summit
    with pytest.raises(ValidationError, match="Unknown vetting status"):
        set_vetting([waiting], "approved-ish", by=SYSTEM)
    waiting.refresh_from_db()
    assert waiting.vetting == "requested"


def test_the_authoritys_answers_are_checked_then_applied_all_or_nothing(summit):
    event, head, waiting, cleared = summit
    other = make_delegate(make_delegation(make_event(), country="EGY"))  # of another event
    bad = upload([[waiting.pk, "cleared"], [other.pk, "cleared"], ["x1", "cleared"], [head.pk, "ok"],
                  [waiting.pk, "refused"]])  # fmt: skip
    report = import_vetting(bad, event=event, apply=True, by=SYSTEM)
    assert not report.applied
    assert [(e.row, e.column) for e in report.errors] == [(3, "delegate"), (4, "delegate"), (5, "vetting"),
                                                          (6, "delegate")]  # fmt: skip
    waiting.refresh_from_db()
    assert waiting.vetting == "requested"  # nothing half-written
    good = upload([[waiting.pk, "Cleared"], [cleared.pk, "refused"]])
    assert import_vetting(good, event=event, apply=False, by=SYSTEM).updated == 2
    assert Delegate.objects.get(pk=waiting.pk).vetting == "requested"  # a dry run saves nothing
    report = import_vetting(upload([[waiting.pk, "Cleared"], [cleared.pk, "refused"]]), event=event,
                            apply=True, by=SYSTEM)  # fmt: skip
    assert report.applied and report.updated == 2
    assert dict(Delegate.objects.filter(pk__in=[waiting.pk, cleared.pk]).values_list("pk", "vetting")) == {
        waiting.pk: "cleared",
        cleared.pk: "refused",
    }


def test_the_vetting_pages_of_the_security_officer(client, summit):
    from openpyxl import load_workbook

    event, _head, waiting, _cleared = summit
    sign_in(client, make_user("security_officer", username="wang.security"))
    page = client.get(f"/delegations/event/{event.pk}/vetting/")
    assert page.status_code == 200 and waiting.name_en in page.text
    only = client.get(f"/delegations/event/{event.pk}/vetting/?vetting=requested")
    assert [d.pk for d, _exempt in only.context["rows"]] == [waiting.pk]
    sheet = load_workbook(io.BytesIO(client.get(f"/delegations/event/{event.pk}/vetting/list.xlsx").content))
    header = [c.value for c in next(sheet.active.iter_rows(max_row=1))]
    assert header[0] == "delegate" and "passport_number" in header and sheet.active.max_row == 4
    assert AuditEntry.objects.filter(action="vetting list", actor="wang.security").exists()
    client.post(f"/delegations/members/{waiting.pk}/vetting/", {"vetting": "cleared"})
    waiting.refresh_from_db()
    assert (waiting.vetting, waiting.vetting_changed_by) == ("cleared", "wang.security")
    refused = client.post(f"/delegations/members/{waiting.pk}/vetting/", {"vetting": "<script>"}, follow=True)
    assert "Select a valid choice" in refused.text and "<script>" not in refused.text
    assert Delegate.objects.get(pk=waiting.pk).vetting == "cleared"


def test_the_security_coordination_log(client, summit):
    event, *_ = summit
    sign_in(client, make_user("security_officer", username="wang.security"))
    refused = client.post(f"/delegations/event/{event.pk}/security/", {"kind": "request", "title": ""})
    assert refused.status_code == 200 and 'id="id_title_error"' in refused.text
    made = client.post(
        f"/delegations/event/{event.pk}/security/",
        {"kind": "incident", "title": "Drone near the hotel", "agency": "Beijing PSB", "details": "18:40"},
    )
    assert made.status_code == 302
    item_url = made.url
    client.post(item_url, {"note": "Cleared by police", "status": "closed"})
    page = client.get(item_url)
    assert "Cleared by police" in page.text and page.context["item"].status == "closed"
    assert [e.action for e in page.context["trail"]] == ["security follow-up", "open security item"]
    reader = make_user("protocol_officer")
    sign_in(client, reader)
    assert client.get(item_url).status_code == 200  # may read
    client.post(item_url, {"note": "mine", "status": "open"})
    assert client.get(item_url).context["item"].status == "closed"  # but not write
