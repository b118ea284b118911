"""The event days' pages: the operations board and the rosters of interpreters and vehicles."""

from django.shortcuts import get_object_or_404, render

from hostcity.accounts.access import staff_page
from hostcity.delegations.checkin import zone_counts
from hostcity.events.board import board, moment
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import Event
from hostcity.events.rosters import interpreter_rosters, vehicle_rosters


@staff_page("events.view_event", "events.view_schedules")
def operations_board(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    at = moment(request.GET.get("at"))
    context = {
        "event": event,
        **board(event, at),
        "zones": zone_counts(event),
        "at_text": request.GET.get("at", ""),
    }
    template = "events/_board.html" if request.headers.get("HX-Request") else "events/board.html"
    return render(request, template, context)


@staff_page("events.view_event", "events.view_schedules")
def rosters(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    context = {
        "event": event,
        "interpreters": interpreter_rosters(event),
        "vehicles": vehicle_rosters(event),
        "run": accepted_run(event),
    }
    return render(request, "events/rosters.html", context)
