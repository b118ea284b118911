"""The event days' rosters of interpreters and vehicles."""

from django.shortcuts import get_object_or_404, render

from hostcity.accounts.access import staff_page
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import Event
from hostcity.events.rosters import interpreter_rosters, vehicle_rosters


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
