"""The delegates import page of an event: check a list, then apply it all or nothing."""

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from hostcity.accounts.access import staff_page
from hostcity.delegations.imports import COLUMNS, import_delegates
from hostcity.delegations.trail import Actor
from hostcity.events.models import Event
from hostcity.web.checked_uploads import check_then_apply


class DelegatesFileForm(forms.Form):
    file = forms.FileField(
        label=_("Excel or CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv", "class": "form-control"}),
    )


@staff_page("delegations.add_delegate")
def import_page(request, event: int):
    event = get_object_or_404(Event, pk=event)
    form = DelegatesFileForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST":
        report = check_then_apply(
            request,
            form,
            key=f"delegations.pending_import.{event.pk}",
            run=lambda upload, apply: import_delegates(
                upload, event=event, apply=apply, by=Actor(user=request.user)
            ),
        )
    if request.method != "POST" or (report is not None and report.applied):
        form = DelegatesFileForm()
    context = {"event": event, "form": form, "report": report, "columns": ", ".join(COLUMNS)}
    return render(request, "delegations/import.html", context)
