"""Moving a meeting of a plan by hand: what the move would break (checked at once by the independent
validator against the event as it is now, closures and other bookings included), pinning it there,
and re-planning around the pins with as few other meetings moved as possible."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.events import plan_runs
from hostcity.events.models import MeetingRequest, PlanRun
from hostcity.events.planning_problem import problem_for, room_id
from hostcity.planning.plan import Plan
from hostcity.planning.problem import ProblemError, parse_problem
from hostcity.planning.validate import check_plan
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT
from hostcity.venues.models import Room


def _moved_plan(run: PlanRun, problem: dict, meeting: str, start: datetime, room: Room) -> dict:
    minutes = {m["id"]: m["minutes"] for m in problem["meetings"]}
    if meeting not in minutes:
        raise ValidationError(_("%(meeting)s is not a request of this event.") % {"meeting": meeting})
    begin = timezone.localtime(start).replace(tzinfo=None)
    plan = Plan.model_validate(run.plan)
    return plan.moved(meeting, begin, minutes[meeting], room.venue.code, room_id(room)).document()


def check_move(run: PlanRun, meeting: str, *, start: datetime, room: Room) -> list[str]:
    """What moving `meeting` to `start` in `room` would break in the run's plan: the validator's
    faults, against the event as it is now (closures and bookings made since count). Empty: fine."""
    if not run.plan or run.plan.get("status") not in ("optimal", "feasible"):
        raise ValidationError(_("Run %(run)s has no plan to change.") % {"run": run.pk})
    problem = problem_for(run.event)
    try:
        loaded = parse_problem(problem)
    except ProblemError as error:
        raise ValidationError(list(error.errors)) from error
    plan = _moved_plan(run, problem, meeting, start, room)
    return check_plan(loaded, plan).errors


@transaction.atomic
def pin(run: PlanRun, meeting: str, *, start: datetime, room: Room, by) -> MeetingRequest:
    """Pin the meeting where the move puts it, when the move breaks nothing."""
    faults = check_move(run, meeting, start=start, room=room)
    if faults:
        raise ValidationError(faults)
    request = MeetingRequest.objects.select_for_update().get(event=run.event, code=meeting)
    request.pinned_start, request.pinned_room = start, room
    request.save(update_fields=["pinned_start", "pinned_room"])
    return request


@transaction.atomic
def unpin(request: MeetingRequest) -> MeetingRequest:
    request.pinned_start = request.pinned_room = None
    request.save(update_fields=["pinned_start", "pinned_room"])
    return request


def replan(run: PlanRun, *, by, time_limit: int = DEFAULT_TIME_LIMIT) -> PlanRun:
    """A new run that keeps `run`'s plan wherever it is still valid and moves as little as it can."""
    return plan_runs.start_run(run.event, by=by, time_limit=time_limit, previous=run)
