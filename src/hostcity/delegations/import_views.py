"""The delegates import page of an event: check a list, then apply it all or nothing."""

from django.shortcuts import get_object_or_404

from hostcity.accounts.access import staff_page
from hostcity.delegations.imports import COLUMNS, import_delegates
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.shared.checked_uploads import import_page as checked_import_page


@staff_page("delegations.add_delegate")
def import_page(request, event: int):
    event = get_object_or_404(Event, pk=event)
    return checked_import_page(
        request,
        template="delegations/import.html",
        key=f"delegations.pending_import.{event.pk}",
        run=lambda upload, apply: import_delegates(
            upload, event=event, apply=apply, by=Actor(user=request.user)
        ),
        context={"event": event, "columns": ", ".join(COLUMNS)},
    )
