"""An event planned in the platform: the database as a hostcity/1 problem, a run by the background
task, the plan accepted as room bookings (refused whole on a clash, refused when stale)."""

from datetime import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hostcity.events import plan_runs
from hostcity.events.models import MeetingRequest, PlanRun
from hostcity.events.planning_problem import problem_for
from hostcity.planning.problem import parse_problem
from hostcity.venues.models import Booking
from tests.factories import (
    at,
    make_booking,
    make_closure,
    make_user,
)


def test_the_event_is_a_valid_problem(summit):
    event, rooms = summit
    make_booking(rooms["east"], start=at(1, 14), hours=3, purpose="Another event's talks")
    make_closure(room=rooms["west"], start=at(2, 0), hours=24)
    problem = problem_for(event)
    parsed = parse_problem(problem)
    assert {p.id for p in parsed.parties} == {"president", "kaz", "egy"}
    assert [m.id for m in parsed.meetings] == ["m-egy", "m-kaz"]
    fixed = {f["id"]: f for f in problem["fixed"]}
    assert set(fixed["opening"]["parties"]) == {"president", "kaz", "egy"}
    assert any(k.startswith("booking-") for k in fixed) and any(k.startswith("closure-") for k in fixed)
    assert len(problem["sessions"]) == 4  # two days, morning and afternoon by default


def test_a_request_with_one_party_is_refused_by_name(summit):
    event, _rooms = summit
    lonely = MeetingRequest.objects.create(event=event, code="m-alone", minutes=30)
    lonely.delegations.add(event.delegations.first())
    with pytest.raises(ValidationError, match="Request m-alone: a meeting needs two parties"):
        problem_for(event)


def test_run_then_accept_writes_bookings(summit, django_capture_on_commit_callbacks):
    event, _rooms = summit
    officer = make_user("protocol_officer")
    with django_capture_on_commit_callbacks(execute=True):
        run = plan_runs.start_run(event, by=officer, time_limit=5)
    run.refresh_from_db()
    assert run.status == "done" and run.plan["status"] == "optimal", run.error
    assert {a["meeting"] for a in run.plan["assignments"]} == {"m-kaz", "m-egy"}
    assert "optimal" in run.log
    made = plan_runs.accept_run(run, by=officer)
    assert len(made) == 2 and all(b.event == event and b.status == "confirmed" for b in made)
    with pytest.raises(ValidationError, match="accepted already"):
        plan_runs.accept_run(run, by=officer)
    # Planning again ignores the bookings of the accepted plan, and accepting replaces them.
    with django_capture_on_commit_callbacks(execute=True):
        second = plan_runs.start_run(event, by=officer, time_limit=5)
    second.refresh_from_db()
    plan_runs.accept_run(second, by=officer)
    assert Booking.objects.filter(event=event).count() == 2
    run.refresh_from_db()
    assert run.accepted is None


def test_a_stale_run_or_a_clash_is_refused_whole(summit, django_capture_on_commit_callbacks):
    event, rooms = summit
    officer = make_user("protocol_officer")
    with django_capture_on_commit_callbacks(execute=True):
        run = plan_runs.start_run(event, by=officer, time_limit=5)
    run.refresh_from_db()
    MeetingRequest.objects.filter(code="m-egy").update(minutes=60)
    with pytest.raises(ValidationError, match="changed since run"):
        plan_runs.accept_run(run, by=officer)
    MeetingRequest.objects.filter(code="m-egy").update(minutes=45)
    first = run.plan["assignments"][0]
    room = next(r for r in rooms.values() if first["room"] == f"room-{r.pk}")
    start = timezone.make_aware(datetime.strptime(first["start"], "%Y-%m-%dT%H:%M"))
    # A booking made behind the run's back, for no event: the data changed, and it would clash.
    make_booking(room, start=start, hours=0.5, purpose="Walk-in")
    with pytest.raises(ValidationError):
        plan_runs.accept_run(run, by=officer)
    assert Booking.objects.filter(event=event).count() == 0


def test_one_run_at_a_time_and_cancel(summit):
    event, _rooms = summit
    officer = make_user("protocol_officer")
    run = plan_runs.start_run(event, by=officer, time_limit=5)  # not committed: the task has not run
    with pytest.raises(ValidationError, match="under way"):
        plan_runs.start_run(event, by=officer, time_limit=5)
    plan_runs.cancel_run(run)
    assert PlanRun.objects.get(pk=run.pk).status == "cancelled"
    with pytest.raises(ValidationError, match="from 5 to 600"):
        plan_runs.start_run(event, by=officer, time_limit=1)
