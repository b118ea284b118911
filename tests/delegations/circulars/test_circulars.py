"""Circulars: written in both languages with placeholders, sent by the worker with a record per
recipient (sent, or failed with the error), never blocking the page; reminders of what is owed."""

import pytest
from django.core import mail

from hostcity.delegations.circulars.owed import owed
from hostcity.delegations.circulars.sending import remind, send_circular, write
from hostcity.delegations.models import Circular, Delegation, Dispatch, Movement
from hostcity.shared.audit.trail import Actor
from tests.factories import at, make_delegate, make_delegation, make_event, make_user

SYSTEM = Actor()
BASE = "https://hostcity.example/"


@pytest.fixture
def summit(db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路论坛")
    kaz = make_delegation(event, country="KAZ", focal_point_email="focal@kaz.example")
    egy = make_delegation(event, country="EGY")  # no address
    make_delegate(kaz, passport_number="N1", passport_expiry="2035-01-01")
    return event, kaz, egy


def circular(event, **fields):
    return Circular(event=event, audience="focal_points", subject_en="Programme of $event",
                    subject_zh="$event日程", body_en="Dear $delegation, see $link. {0.__class__} ${unknown}",
                    body_zh="$delegation代表团：请查看 $link", **fields)  # fmt: skip


def test_a_circular_goes_to_each_delegation_with_its_own_words(summit, django_capture_on_commit_callbacks):
    event, kaz, egy = summit
    with django_capture_on_commit_callbacks(execute=True):
        made = write(circular(event), [kaz, egy], by=SYSTEM, base_url=BASE)
    statuses = dict(made.dispatches.values_list("delegation", "status"))
    assert statuses == {kaz.pk: "sent", egy.pk: "failed"}
    assert Dispatch.objects.get(delegation=egy).error == "no address"
    [sent] = mail.outbox
    assert (
        sent.to == ["focal@kaz.example"]
        and sent.subject == "一带一路论坛日程 / Programme of Belt and Road Forum"
    )
    assert "Dear Kazakhstan" in sent.body and "哈萨克斯坦代表团" in sent.body
    assert f"{BASE}focal/{kaz.focal_token}/" in sent.body
    assert "{0.__class__} ${unknown}" in sent.body  # left as written: no reach into Python objects


def test_a_mail_server_that_refuses_is_recorded_and_the_others_go_on(summit, monkeypatch):
    event, kaz, egy = summit
    Delegation.objects.filter(pk=egy.pk).update(focal_point_email="focal@egy.example")
    egy.refresh_from_db()
    made = write(circular(event), [kaz, egy], by=SYSTEM, base_url=BASE)  # queued (not committed here)
    calls = []

    def flaky(subject, body, sender, to):
        calls.append(to[0])
        if to[0] == "focal@kaz.example":
            raise ConnectionRefusedError("SMTP server refused")

    monkeypatch.setattr("hostcity.delegations.circulars.sending.send_mail", flaky)
    assert send_circular.call(made.pk, BASE) == {"sent": 1, "failed": 1}
    assert Dispatch.objects.get(delegation=kaz).error == "SMTP server refused"
    assert send_circular.call(made.pk, BASE) == {"sent": 0, "failed": 0}  # nothing sent twice


def test_nothing_is_written_for_no_delegation_or_another_events(summit):
    event, *_ = summit
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        write(circular(event), [], by=SYSTEM, base_url=BASE)
    with pytest.raises(ValidationError, match="not at this event"):
        write(circular(event), [make_delegation(make_event(), country="FRA")], by=SYSTEM, base_url=BASE)
    assert not Circular.objects.exists()


def test_reminders_of_what_is_owed(summit, django_capture_on_commit_callbacks):
    event, kaz, egy = summit
    assert [en for en, _zh in owed(kaz)] == ["photos of 1 members", "the flight of arrival"]
    Movement.objects.create(delegation=kaz, direction="arrival", flight="KC1", at=at(1, 6))
    with django_capture_on_commit_callbacks(execute=True):
        made = remind(event, by=SYSTEM, base_url=BASE)
    assert made.reminder and set(made.dispatches.values_list("delegation", flat=True)) == {kaz.pk, egy.pk}
    assert "photos of 1 members" in mail.outbox[0].body and "1 名成员的照片" in mail.outbox[0].body


def test_the_circulars_pages(client, summit, django_capture_on_commit_callbacks):
    event, kaz, _egy = summit
    client.force_login(make_user("protocol_officer"))
    url = f"/delegations/event/{event.pk}/circulars/"
    refused = client.post(url, {"audience": "focal_points", "subject_en": ""})
    assert 'id="id_subject_en_error"' in refused.text and not Circular.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        made = client.post(url, {"audience": "focal_points", "subject_en": "Visas", "subject_zh": "签证",
                                 "body_en": "Apply by 1 May", "body_zh": "请于5月1日前申请",
                                 "delegations": [kaz.pk]})  # fmt: skip
    assert made.status_code == 302
    page = client.get(made.url)
    assert "focal@kaz.example" in page.text and "Sent" in page.text
    assert "Visas" in client.get(url).text
