"""The summit home page (summit/home.py holds what it shows)."""

from django.shortcuts import get_object_or_404, render

from hostcity.accounts.access import staff_page
from hostcity.delegations.summit.home import summit_home
from hostcity.events.models import Event


@staff_page("delegations.view_all_delegations", "events.view_schedules")
def home(request, pk: int):
    event = get_object_or_404(Event, pk=pk)
    return render(request, "delegations/summit/home.html", {"event": event, "home": summit_home(event)})
