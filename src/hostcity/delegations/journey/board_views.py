"""The operations board of the event days: where each delegation is (arrived, in a meeting, on its
way), the meetings running, and the people inside each zone."""

from django.shortcuts import get_object_or_404, render

from hostcity.accounts.access import staff_page
from hostcity.delegations.accreditation.checkin import zone_counts
from hostcity.delegations.journey.board import board, moment
from hostcity.events.models import Event


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
    template = "delegations/_board.html" if request.headers.get("HX-Request") else "delegations/board.html"
    return render(request, template, context)
