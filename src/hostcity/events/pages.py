"""Event pages: the list, an event with its programme, requests and runs, a run with its progress,
timelines and unscheduled requests; starting, cancelling and accepting runs."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.events import compare, moves, plan_runs, run_reading
from hostcity.events.forms import EventForm, MeetingRequestForm, RunForm
from hostcity.events.models import Event, MeetingRequest, PlanRun
from hostcity.shared.plan_times import aware
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT
from hostcity.venues.models import Room

EDIT = "events.change_event"
VIEWS = {
    "room": gettext_lazy("Rooms"),
    "party": gettext_lazy("Delegations and principals"),
    "interpreter": gettext_lazy("Interpreters"),
}


@staff_page("events.view_event")
def event_list(request):
    return render(request, "events/event_list.html", {"events": Event.objects.all()})


@staff_page("events.add_event")
def event_new(request):
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = form.save()
        messages.success(request, _("%(event)s created.") % {"event": event.name_en})
        return redirect("events:detail", pk=event.pk)
    return render(request, "events/event_form.html", {"form": form})


@staff_page("events.view_event")
def event_detail(request, pk: int, request_form=None):
    event = get_object_or_404(Event, pk=pk)
    context = {
        "event": event,
        "principals": event.host_principals.all(),
        "items": event.programme_items.select_related("room__venue"),
        "requests": event.meeting_requests.prefetch_related(
            "host_principals", "delegations__organization", "venues"
        ),
        "interpreters": event.interpreters.all(),
        "room_blocks": event.room_blocks.select_related("hotel", "delegation__organization"),
        "runs": event.plan_runs.select_related("started_by")[:20],
        "request_form": request_form or MeetingRequestForm(event=event),
        "run_form": RunForm(),
        "can_edit": request.user.has_perm(EDIT),
    }
    return render(request, "events/event_detail.html", context)


@require_POST
@staff_page(EDIT)
def add_request(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    form = MeetingRequestForm(request.POST, event=event)
    if not form.is_valid():
        return event_detail(request, pk, request_form=form)
    made = form.save(commit=False)
    made.requested_by = request.user
    made.save()
    form.save_m2m()
    messages.success(request, _("Request %(code)s added.") % {"code": made.code})
    return redirect("events:detail", pk=pk)


@require_POST
@staff_page(EDIT)
def remove_request(request, pk: int):
    meeting = get_object_or_404(MeetingRequest, pk=pk)
    meeting.delete()
    messages.success(request, _("Request %(code)s removed.") % {"code": meeting.code})
    return redirect("events:detail", pk=meeting.event_id)


@require_POST
@staff_page(EDIT)
def start(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    form = RunForm(request.POST)
    seconds = form.cleaned_data["time_limit"] if form.is_valid() else DEFAULT_TIME_LIMIT
    try:
        run = plan_runs.start_run(event, by=request.user, time_limit=seconds)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("events:detail", pk=pk)
    return redirect("events:run", pk=run.pk)


@staff_page("events.view_event", "events.view_schedules")
def run_detail(request, pk: int):
    run = get_object_or_404(PlanRun.objects.select_related("event", "started_by", "accepted_by"), pk=pk)
    under_way = run.status in (PlanRun.Status.QUEUED, PlanRun.Status.RUNNING)
    if request.headers.get("HX-Request") and request.GET.get("part") == "progress":  # polled each second
        if not under_way:  # finished: the whole page, with the plan, replaces the progress
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        context = {"run": run, "under_way": under_way, "summary": run_reading.summary(run)}
        return render(request, "events/_run_progress.html", context)
    by = request.GET.get("by", "room") if request.GET.get("by") in VIEWS else "room"
    plan_days = run_reading.plan_days(run)
    day = request.GET.get("day", "") if request.GET.get("day") in plan_days else ""
    context = {
        "run": run,
        "days": run_reading.days(run, by, day),
        "by": by,
        "day": day,
        "plan_days": plan_days,
        "views": VIEWS,
        "summary": run_reading.summary(run),
        "unscheduled": (unscheduled := run_reading.unscheduled(run)),
        "unscheduled_groups": run_reading.grouped(unscheduled),
        "can_edit": request.user.has_perm(EDIT),
        "under_way": under_way,
        "move_rooms": run_reading.room_choices(run),
        "move_meetings": run_reading.meeting_choices(run),
        "moved": run_reading.moved(run),
    }
    return render(request, "events/run_detail.html", context)


@require_POST
@staff_page(EDIT)
def cancel(request, pk: int):
    run = get_object_or_404(PlanRun, pk=pk)
    try:
        plan_runs.cancel_run(run)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("events:run", pk=pk)


@require_POST
@staff_page(EDIT)
def accept(request, pk: int):
    run = get_object_or_404(PlanRun, pk=pk)
    try:
        made = plan_runs.accept_run(run, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Plan accepted: %(n)d rooms booked.") % {"n": len(made)})
    return redirect("events:run", pk=pk)


def _move_input(request, run):
    """The meeting, start and room a move form names; ValidationError names what is missing."""
    meeting = request.POST.get("meeting", "")
    try:
        start = aware(request.POST.get("start", ""))
    except ValueError as error:
        raise ValidationError(_("Give the new start as a date and time.")) from error
    room = Room.objects.select_related("venue").filter(pk=request.POST.get("room") or 0).first()
    if room is None:
        raise ValidationError(_("Choose the room."))
    return meeting, start, room


@require_POST
@staff_page(EDIT)
def move(request, pk: int):
    """Check a move (the validator says what it breaks), or pin the meeting there."""
    run = get_object_or_404(PlanRun.objects.select_related("event"), pk=pk)
    try:
        meeting, start, room = _move_input(request, run)
        if request.POST.get("action") == "pin":
            moves.pin(run, meeting, start=start, room=room, by=request.user)
            faults, pinned = [], True
        else:
            faults, pinned = (
                run_reading.faults(run, moves.check_move(run, meeting, start=start, room=room)),
                False,
            )
    except ValidationError as error:
        faults, pinned = run_reading.faults(run, error.messages), False
    titles = dict(run_reading.meeting_choices(run))
    code = request.POST.get("meeting", "")
    context = {"faults": faults, "pinned": pinned, "meeting": titles.get(code, code), "run": run}
    return render(request, "events/_move_result.html", context, status=200)


@require_POST
@staff_page(EDIT)
def replan(request, pk: int):
    run = get_object_or_404(PlanRun.objects.select_related("event"), pk=pk)
    try:
        new = moves.replan(
            run, by=request.user, time_limit=request.POST.get("time_limit") or DEFAULT_TIME_LIMIT
        )
    except (ValidationError, ValueError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect("events:run", pk=pk)
    return redirect("events:run", pk=new.pk)


@require_POST
@staff_page(EDIT)
def unpin(request, pk: int):
    meeting = get_object_or_404(MeetingRequest, pk=pk)
    moves.unpin(meeting)
    messages.success(request, _("%(code)s is no longer pinned.") % {"code": meeting.code})
    return redirect("events:detail", pk=meeting.event_id)


@staff_page("events.view_event", "events.view_schedules")
def compare_runs(request, pk: int, other: int):
    first = get_object_or_404(PlanRun.objects.select_related("event"), pk=pk)
    second = get_object_or_404(PlanRun, pk=other, event=first.event)
    context = {"first": first, "second": second, "differences": compare.differences(first, second)}
    return render(request, "events/compare.html", context)
