"""Event pages: requests added with their errors named, a run started from the page, its timelines
and unscheduled requests, its acceptance."""

import pytest

from hostcity.events.models import MeetingRequest, PlanRun
from tests.factories import make_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(make_user("protocol_officer"))
    return client


def test_a_request_is_added_or_refused_with_its_reason(officer_client, summit):
    event, _rooms = summit
    president = event.host_principals.get()
    kaz = event.delegations.get(country="KAZ")
    url = f"/events/{event.pk}/requests/"
    form = {"code": "m-kaz-2", "title_en": "Dinner talks", "minutes": 60, "priority": "normal"}
    lonely = officer_client.post(url, {**form, "delegations": [kaz.pk]})
    assert "two parties at least" in lonely.text
    window = {"window_start": "2031-01-05T09:00", "window_end": "2031-01-05T12:00"}
    outside = officer_client.post(
        url, {**form, "delegations": [kaz.pk], "host_principals": [president.pk], **window}
    )
    assert "outside the event" in outside.text
    again = officer_client.post(
        url, {**form, "code": "m-kaz", "delegations": [kaz.pk], "host_principals": [president.pk]}
    )
    assert "has the code m-kaz" in again.text
    good = officer_client.post(
        url, {**form, "delegations": [kaz.pk], "host_principals": [president.pk], "room_kinds": ["bilateral"]}
    )
    assert good.status_code == 302
    made = MeetingRequest.objects.get(code="m-kaz-2")
    assert made.room_kinds == ["bilateral"] and made.windows == []


def test_plan_from_the_page_then_accept(officer_client, summit, django_capture_on_commit_callbacks):
    event, _rooms = summit
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(f"/events/{event.pk}/plan/", {"time_limit": 5})
    run = PlanRun.objects.get()
    assert response.url == f"/events/runs/{run.pk}/"
    page = officer_client.get(response.url)
    assert "Talks m-kaz" in page.text and 'id="run-timelines"' in page.text and "Opening" in page.text
    by_party = officer_client.get(f"{response.url}?by=party")
    assert "Kazakhstan" in by_party.text
    progress = officer_client.get(f"{response.url}?part=progress", HTTP_HX_REQUEST="true")
    assert progress.status_code == 204 and progress["HX-Refresh"] == "true"
    accepted = officer_client.post(f"/events/runs/{run.pk}/accept/", follow=True)
    assert "Plan accepted: 2 rooms booked" in accepted.text
    twice = officer_client.post(f"/events/runs/{run.pk}/accept/", follow=True)
    assert "accepted already" in twice.text


def test_move_check_pin_and_replan(officer_client, summit, django_capture_on_commit_callbacks):
    from datetime import datetime

    from django.utils import timezone

    from tests.factories import make_closure

    event, rooms = summit
    with django_capture_on_commit_callbacks(execute=True):
        officer_client.post(f"/events/{event.pk}/plan/", {"time_limit": 5})
    run = PlanRun.objects.get()
    url = f"/events/runs/{run.pk}/move/"
    west = rooms["west"]
    fine = officer_client.post(
        url, {"meeting": "m-kaz", "start": "2030-12-01T15:00", "room": west.pk, "action": "check"}
    )
    assert "The move breaks nothing" in fine.text
    clash = officer_client.post(
        url, {"meeting": "m-kaz", "start": "2030-12-01T09:30", "room": west.pk, "action": "check"}
    )
    assert "The move would break" in clash.text  # the president is at the opening:
    assert "would still be at “Opening” when “Talks m-kaz” starts" in clash.text
    make_closure(room=west, start=timezone.make_aware(datetime(2030, 12, 1, 14)), hours=4)
    closed = officer_client.post(
        url, {"meeting": "m-kaz", "start": "2030-12-01T15:00", "room": west.pk, "action": "pin"}
    )
    assert (
        "West is not available then (Closed: Maintenance): “Talks m-kaz” cannot be held there" in closed.text
    )
    assert not MeetingRequest.objects.get(code="m-kaz").pinned_start
    bad = officer_client.post(url, {"meeting": "m-kaz", "start": "soon", "room": west.pk, "action": "check"})
    assert "Give the new start" in bad.text
    pinned = officer_client.post(
        url, {"meeting": "m-kaz", "start": "2030-12-02T10:00", "room": west.pk, "action": "pin"}
    )
    assert "is pinned there" in pinned.text
    request = MeetingRequest.objects.get(code="m-kaz")
    assert timezone.localtime(request.pinned_start).hour == 10 and request.pinned_room == west
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(f"/events/runs/{run.pk}/replan/", {"time_limit": 5})
    second = PlanRun.objects.exclude(pk=run.pk).get()
    assert response.url == f"/events/runs/{second.pk}/" and second.previous == run
    placed = {a["meeting"]: a for a in second.plan["assignments"]}
    assert placed["m-kaz"]["start"] == "2030-12-02T10:00" and placed["m-kaz"]["room"] == f"room-{west.pk}"
    assert "m-kaz" in second.moved
    page = officer_client.get(response.url)
    assert f"Moved since run {run.pk}" in page.text


def test_liaison_officers_hear_of_moved_meetings(client, summit, django_capture_on_commit_callbacks):
    from datetime import datetime

    from django.core import mail
    from django.utils import timezone

    from hostcity.events import moves, plan_runs

    event, rooms = summit
    liaison = make_user("protocol_officer", username="liaison.zhao", email="zhao@fao.example.cn")
    event.delegations.filter(country="KAZ").update(liaison_officer=liaison)
    with django_capture_on_commit_callbacks(execute=True):
        first = plan_runs.start_run(event, by=None, time_limit=5)
    first.refresh_from_db()
    plan_runs.accept_run(first, by=None)
    moves.pin(
        first, "m-kaz", start=timezone.make_aware(datetime(2030, 12, 2, 16)), room=rooms["west"], by=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        second = moves.replan(first, by=None, time_limit=5)
    second.refresh_from_db()
    assert "m-kaz" in second.moved
    with django_capture_on_commit_callbacks(execute=True):
        plan_runs.accept_run(second, by=None)
    (notice,) = liaison.notices.all()
    assert "Kazakhstan — Talks m-kaz: 2030-12-02 16:00–16:45" in notice.body
    (message,) = mail.outbox
    assert message.to == ["zhao@fao.example.cn"] and "2030-12-02 16:00" in message.body
    client.force_login(liaison)
    assert 'id="nav-notices">Notices <span class="badge' in client.get("/").text
    page = client.get("/accounts/notices/")
    assert "meetings moved" in page.text
    assert not liaison.notices.filter(read__isnull=True).exists()


def test_two_runs_compared(officer_client, summit, django_capture_on_commit_callbacks):
    from datetime import datetime

    from django.utils import timezone

    from hostcity.events import moves, plan_runs

    event, rooms = summit
    with django_capture_on_commit_callbacks(execute=True):
        first = plan_runs.start_run(event, by=None, time_limit=5)
    first.refresh_from_db()
    moves.pin(
        first, "m-kaz", start=timezone.make_aware(datetime(2030, 12, 2, 16)), room=rooms["west"], by=None
    )
    with django_capture_on_commit_callbacks(execute=True):
        second = moves.replan(first, by=None, time_limit=5)
    page = officer_client.get(f"/events/runs/{first.pk}/compare/{second.pk}/")
    assert "Talks m-kaz" in page.text and f"2030-12-02 16:00 room-{rooms['west'].pk}" in page.text
    assert "Talks m-egy" not in page.text.split('id="difference-table"')[1]  # not moved
    assert officer_client.get(f"/events/runs/{second.pk}/").text.count(f"/compare/{second.pk}/") == 1


def test_rosters_of_interpreters_and_vehicles(officer_client, summit, django_capture_on_commit_callbacks):
    from hostcity.events import plan_runs
    from hostcity.events.models import Vehicle

    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    Vehicle.objects.create(event=event, plate="京A·12345", kind="car", driver="Zhang", delegation=kaz)
    Vehicle.objects.create(event=event, plate="京A·99999", kind="van")
    with django_capture_on_commit_callbacks(execute=True):
        run = plan_runs.start_run(event, by=None, time_limit=5)
    run.refresh_from_db()
    plan_runs.accept_run(run, by=None)
    page = officer_client.get(f"/events/{event.pk}/rosters/").text
    interpreters = page.split('id="interpreter-rosters"')[1].split("</section>")[0]
    assert "Li (i-ru)" in interpreters and "Talks m-kaz" in interpreters
    assert "Talks m-egy" in interpreters.split("Wang (i-ar)")[1]
    vehicles = page.split('id="vehicle-rosters"')[1]
    assert "京A·12345" in vehicles and "hotel → Great Hall" in vehicles and "No drive." in vehicles


def test_room_blocks_on_the_event_page(officer_client, summit):
    from datetime import date

    from django.db import IntegrityError, transaction

    from hostcity.events.models import RoomBlock
    from tests.factories import make_venue

    event, _rooms = summit
    hotel = make_venue(code="beijing-hotel", name_en="Beijing Hotel", name_zh="北京饭店", category="hotel")
    kaz = event.delegations.get(country="KAZ")
    RoomBlock.objects.create(
        event=event,
        hotel=hotel,
        rooms=12,
        first_night=date(2030, 11, 30),
        last_night=date(2030, 12, 2),
        delegation=kaz,
    )
    RoomBlock.objects.create(
        event=event, hotel=hotel, rooms=30, first_night=date(2030, 11, 30), last_night=date(2030, 12, 2)
    )
    page = officer_client.get(f"/events/{event.pk}/").text.split('id="room-blocks"')[1].split("</ul>")[0]
    assert "Beijing Hotel: 12 rooms" in page and "Kazakhstan" in page and "not given out" in page
    with pytest.raises(IntegrityError), transaction.atomic():
        RoomBlock.objects.create(
            event=event, hotel=hotel, rooms=3, first_night=date(2030, 12, 2), last_night=date(2030, 12, 1)
        )
