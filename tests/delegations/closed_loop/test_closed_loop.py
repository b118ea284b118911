"""Closed loops: who is inside on a day, missing and positive tests, and the contacts of a positive
person through shared meetings, rooms and vehicles."""

from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hostcity.delegations import models as records
from hostcity.delegations.closed_loop import health_loop
from hostcity.delegations.models import Loop, LoopMember, LoopPlace
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, make_room, make_user

ACTOR = Actor()


def at(day: int, hour: int):
    return timezone.make_aware(datetime(2030, 12, day, hour))


@pytest.fixture
def loop(db):
    event = make_event()
    loop = Loop.objects.create(
        event=event,
        name_en="Olympic loop",
        name_zh="奥运闭环",
        starts=date(2030, 12, 1),
        ends=date(2030, 12, 5),
    )
    delegation = make_delegation(event)
    people = {
        "head": LoopMember.objects.create(
            loop=loop,
            delegate=make_delegate(delegation, category="head", family_name="Head"),
            joined=date(2030, 12, 1),
        ),
        "driver": LoopMember.objects.create(
            loop=loop, name="Driver Li", role="driver", joined=date(2030, 12, 1)
        ),
        "aide": LoopMember.objects.create(
            loop=loop, name="Aide Wang", role="liaison", joined=date(2030, 12, 1)
        ),
        "late": LoopMember.objects.create(
            loop=loop, name="Late Zhao", role="interpreter", joined=date(2030, 12, 4)
        ),
        "gone": LoopMember.objects.create(
            loop=loop, name="Gone Sun", role="staff", joined=date(2030, 12, 1), left=date(2030, 12, 2)
        ),
    }
    room = make_room()
    LoopPlace.objects.create(loop=loop, venue=room.venue)
    return loop, people, room


def test_who_is_inside_on_a_day(loop):
    loop, people, _room = loop
    names = {m.display_name for m in health_loop.inside_on(loop, date(2030, 12, 3))}
    assert names == {str(people["head"]), "Driver Li", "Aide Wang"}


def test_alerts_name_missing_tests_and_the_contacts_of_a_positive(loop):
    loop, people, room = loop
    day = date(2030, 12, 3)
    health_loop.add_activity(
        loop,
        kind="vehicle",
        label="car BJ-A1234",
        start=at(2, 9),
        end=at(2, 10),
        members=[people["head"], people["driver"]],
        by=ACTOR,
    )
    health_loop.add_activity(
        loop,
        kind="meeting",
        label="Talks",
        start=at(3, 10),
        end=at(3, 11),
        members=[people["head"], people["aide"]],
        room=room,
        by=ACTOR,
    )
    health_loop.record_test(people["head"], day=day, result="positive", by=ACTOR)
    health_loop.record_test(people["driver"], day=day, result="negative", by=ACTOR)
    alerts = health_loop.alerts(loop, day)
    assert [(a.kind, a.member.display_name) for a in alerts] == [
        ("positive", str(people["head"])),
        ("missing", "Aide Wang"),
    ]
    contacts = {c.member.display_name: [a.label for a in c.shared] for c in alerts[0].contacts}
    assert contacts == {"Driver Li": ["car BJ-A1234"], "Aide Wang": ["Talks"]}


def test_contacts_look_back_only_so_far(loop):
    loop, people, _room = loop
    health_loop.add_activity(
        loop,
        kind="vehicle",
        label="first day ride",
        start=at(1, 9),
        end=at(1, 10),
        members=[people["head"], people["driver"]],
        by=ACTOR,
    )
    health_loop.record_test(people["head"], day=date(2030, 12, 5), result="positive", by=ACTOR)
    assert health_loop.alerts(loop, date(2030, 12, 5))[0].contacts == []  # four days back: beyond the window
    health_loop.record_test(people["head"], day=date(2030, 12, 3), result="positive", by=ACTOR)
    assert [c.member.name for c in health_loop.alerts(loop, date(2030, 12, 3))[0].contacts] == ["Driver Li"]


def test_bad_records_are_refused(loop):
    loop, people, _room = loop
    with pytest.raises(ValidationError, match="outside the loop's days"):
        health_loop.record_test(people["head"], day=date(2030, 12, 9), result="negative", by=ACTOR)
    with pytest.raises(ValidationError):
        health_loop.record_test(people["head"], day=date(2030, 12, 2), result="maybe", by=ACTOR)
    with pytest.raises(ValidationError, match="two people at least"):
        health_loop.add_activity(
            loop, kind="room", label="x", start=at(2, 9), end=at(2, 10), members=[people["head"]], by=ACTOR
        )
    with pytest.raises(ValidationError, match="outside the loop"):
        health_loop.add_activity(
            loop,
            kind="room",
            label="x",
            start=at(2, 9),
            end=at(2, 10),
            members=[people["head"], people["aide"]],
            room=make_room(),
            by=ACTOR,
        )
    with pytest.raises(ValidationError, match="end must come after"):
        health_loop.add_activity(
            loop,
            kind="room",
            label="x",
            start=at(2, 10),
            end=at(2, 9),
            members=[people["head"], people["aide"]],
            by=ACTOR,
        )
    assert not records.TestRecord.objects.exists()


def test_the_page_for_the_event_director_only(client, loop):
    loop, people, _room = loop
    client.force_login(make_user("protocol_officer"))
    assert client.get(f"/delegations/loops/{loop.pk}/").status_code == 403
    client.force_login(make_user("event_director"))
    response = client.post(
        f"/delegations/loops/{loop.pk}/tests/",
        {"member": people["driver"].pk, "day": "2030-12-02", "result": "positive"},
    )
    assert response.status_code == 302 and response.url.endswith("?day=2030-12-02")
    page = client.get(response.url)
    assert "Positive: Driver Li" in page.text and "No test: Aide Wang" in page.text
    bad = client.post(
        f"/delegations/loops/{loop.pk}/tests/",
        {"member": people["driver"].pk, "day": "2031-01-01", "result": "negative"},
    )
    assert "outside the loop" in bad.text
    nobody = client.post(f"/delegations/loops/{loop.pk}/members/", {"joined": "2030-12-01"})
    assert "Choose a delegate or write the person" in nobody.text
