"""Planning an event from the platform: start a run (the event as a problem, solved by a background
task), cancel it, and accept its plan (its room bookings written in one transaction, refused whole
on any clash, refused when the event's data changed since the run)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.events.models import PlanRun
from hostcity.events.planning_problem import fingerprint, meeting_titles, problem_for, room_id, room_pk
from hostcity.planning.problem import ProblemError, parse_problem
from hostcity.shared.plan_times import aware
from hostcity.shared.runs.claims import enqueue_on_commit
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT
from hostcity.shared.runs.time_limits import checked_time_limit
from hostcity.venues.booking import BookingError, book_room
from hostcity.venues.models import Room


def checked_problem(event) -> dict:
    """The event's problem, refused with the engine's own messages when it is not a valid one."""
    problem = problem_for(event)
    try:
        parse_problem(problem)
    except ProblemError as error:
        raise ValidationError(
            [str(e) for e in error.errors] if hasattr(error, "errors") else [str(error)]
        ) from error
    return problem


@transaction.atomic
def start_run(
    event, *, by, time_limit: int = DEFAULT_TIME_LIMIT, enqueue: bool = True, previous: PlanRun | None = None
) -> PlanRun:
    """A new run of the event, queued for the worker once this transaction commits (or, without
    `enqueue`, for the caller to run)."""
    time_limit = checked_time_limit(time_limit)
    if PlanRun.objects.filter(
        event=event, status__in=[PlanRun.Status.QUEUED, PlanRun.Status.RUNNING]
    ).exists():
        raise ValidationError(_("A run of this event is under way: wait for it or cancel it."))
    problem = checked_problem(event)
    if previous is not None and (previous.event_id != event.pk or not previous.plan):
        raise ValidationError(_("Re-plan from a run of this event that has a plan."))
    run = PlanRun.objects.create(
        event=event,
        started_by=by,
        time_limit=time_limit,
        problem=problem,
        fingerprint=fingerprint(problem),
        previous=previous,
    )
    if enqueue:
        enqueue_on_commit(run)
    return run


def cancel_run(run: PlanRun) -> PlanRun:
    updated = PlanRun.objects.filter(
        pk=run.pk, status__in=[PlanRun.Status.QUEUED, PlanRun.Status.RUNNING]
    ).update(status=PlanRun.Status.CANCELLED, finished=timezone.now())
    if not updated:
        raise ValidationError(_("Run %(run)s is not under way.") % {"run": run.pk})
    run.refresh_from_db()
    return run


@transaction.atomic
def accept_run(run: PlanRun, *, by) -> list:
    """Write the run's plan as room bookings of the event, replacing those of the run accepted before."""
    run = PlanRun.objects.select_for_update().select_related("event").get(pk=run.pk)
    if (
        run.status != PlanRun.Status.DONE
        or not run.plan
        or run.plan.get("status") not in ("optimal", "feasible")
    ):
        raise ValidationError(_("Run %(run)s has no plan to accept.") % {"run": run.pk})
    if run.accepted:
        raise ValidationError(_("Run %(run)s is accepted already.") % {"run": run.pk})
    if fingerprint(problem_for(run.event)) != run.fingerprint:
        raise ValidationError(
            _("The event changed since run %(run)s (requests, rooms or bookings): plan it again.")
            % {"run": run.pk}
        )
    for earlier in PlanRun.objects.filter(event=run.event, accepted__isnull=False).exclude(pk=run.pk):
        earlier.bookings.all().delete()
        earlier.accepted = None
        earlier.save(update_fields=["accepted"])
    names = meeting_titles(run.problem)
    rooms = {room_id(r): r for r in Room.objects.filter(pk__in=_room_pks(run.plan))}
    made = []
    for assignment in run.plan["assignments"]:
        room = rooms[assignment["room"]]
        try:
            made += book_room(
                room,
                start=aware(assignment["start"]),
                end=aware(assignment["end"]),
                purpose=f"{run.event.name_en}: {names[assignment['meeting']]}",
                by=by,
                status="confirmed",
                event=run.event,
            )
        except BookingError as error:
            raise ValidationError(
                _("%(meeting)s in %(room)s at %(start)s clashes: %(why)s")
                % {"meeting": assignment["meeting"], "room": room, "start": assignment["start"], "why": error}
            ) from error
    run.bookings.set(made)
    run.accepted, run.accepted_by = timezone.now(), by
    run.save(update_fields=["accepted", "accepted_by"])
    if run.moved:
        from hostcity.events.change_notices import send_change_notices

        transaction.on_commit(lambda: send_change_notices.enqueue(run.pk))
    return made


def _room_pks(plan: dict) -> list[int]:
    return [pk for a in plan["assignments"] if (pk := room_pk(a["room"])) is not None]


@transaction.atomic
def request_by_delegation(delegation, *, principals, minutes: int, priority: str, note: str = ""):
    """A meeting asked for by a delegation's focal point; staff see it among the event's requests."""
    from hostcity.events.models import MeetingRequest
    from hostcity.events.planning_problem import party_id

    principals = list(principals)
    if not principals:
        raise ValidationError({"host_principals": _("Choose whom to meet.")})
    if priority not in (MeetingRequest.Priority.HIGH, MeetingRequest.Priority.NORMAL):
        raise ValidationError({"priority": _("High or normal.")})
    event = delegation.event
    stem = f"{party_id(delegation)}-request"
    taken = set(
        MeetingRequest.objects.filter(event=event, code__startswith=stem).values_list("code", flat=True)
    )
    code = next(f"{stem}-{k}" for k in range(1, 1000) if f"{stem}-{k}" not in taken)
    request = MeetingRequest.objects.create(
        event=event,
        code=code,
        title_en=f"{delegation.name_en} with " + ", ".join(p.name_en for p in principals),
        title_zh=f"{delegation.name_zh}会见" + "、".join(p.name_zh for p in principals),
        minutes=minutes,
        priority=priority,
        from_delegation=delegation,
        note=note,
    )
    request.host_principals.set(principals)
    request.delegations.add(delegation)
    return request
