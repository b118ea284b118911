"""The vetting pages of an event: where each delegate stands, the request list for the vetting
authority, its answers imported all or nothing, and a status set by hand — by the vetting role only."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.models import Delegate, Vetting
from hostcity.delegations.vetting.imports import REQUEST_COLUMNS, delegates_of, import_vetting, request_rows
from hostcity.delegations.vetting.rules import exempt, set_vetting
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.checked_uploads import import_page
from hostcity.shared.downloads import table_download
from hostcity.shared.forms import StyledForm
from hostcity.shared.paging import paged

VET = "delegations.vet_delegate"


class VettingForm(StyledForm):
    vetting = forms.ChoiceField(label=gettext_lazy("Security vetting"), choices=Vetting.choices)


@staff_page("delegations.view_delegate", VET)
def vetting_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    found = delegates_of(event)
    shown = request.GET.get("vetting", "")
    if shown in Vetting.values:
        found = found.filter(vetting=shown)
    page, query = paged(request, found, 100)
    counts = dict(
        Delegate.objects.filter(delegation__event=event).values_list("vetting").annotate(n=Count("pk"))
    )
    context = {
        "event": event,
        "page": page,
        "rows": [(d, exempt(d, event)) for d in page],
        "query": query,
        "shown": shown,
        "counts": [(value, label, counts.get(value, 0)) for value, label in Vetting.choices],
        "form": VettingForm(),
        "exempt_labels": [
            label for value, label in Delegate.Category.choices if value in (event.vetting_exempt or [])
        ],
    }
    return render(request, "delegations/vetting.html", context)


@require_POST
@staff_page("delegations.view_delegate", VET)
def set_status(request, pk: int):
    delegate = get_object_or_404(Delegate.objects.select_related("delegation"), pk=pk)
    form = VettingForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(m for errors in form.errors.values() for m in errors))
    else:
        try:
            _changed, revoked = set_vetting(
                [delegate], form.cleaned_data["vetting"], by=Actor(user=request.user)
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            message = _("%(name)s: %(status)s.") % {
                "name": delegate.name_en, "status": Vetting(form.cleaned_data["vetting"]).label
            }  # fmt: skip
            if revoked:
                message += " " + _("%(count)d live badges revoked.") % {"count": revoked}
            messages.success(request, message)
    return redirect("delegations:vetting", event=delegate.delegation.event_id)


@staff_page("delegations.view_delegate", VET)
def request_list(request, event: int, fmt: str):
    """The request list for the vetting authority, with passports: on the trail as a download."""
    event = get_object_or_404(Event, pk=event)
    rows = request_rows(event)
    response = table_download(f"vetting-{event.pk}", fmt, REQUEST_COLUMNS, rows)
    record(Actor(user=request.user), "vetting list", event, {"delegates": [None, len(rows)]})
    return response


@staff_page("delegations.view_delegate", VET)
def import_answers(request, event: int):
    event = get_object_or_404(Event, pk=event)
    return import_page(
        request,
        template="web/import_page.html",
        key=f"delegations.pending_vetting.{event.pk}",
        run=lambda upload, apply: import_vetting(
            upload, event=event, apply=apply, by=Actor(user=request.user)
        ),
        context={
            "columns": ", ".join(REQUEST_COLUMNS),
            "title": _("Import vetting answers"),
            "back_url": reverse("delegations:vetting", args=[event.pk]),
            "back_label": _("Security vetting"),
            "explanation": format_html(
                _(
                    "The request list with the vetting column filled in by the authority with one of "
                    "{values}; only the delegate and vetting columns are read."
                ),
                values=format_html_join(", ", "<code>{}</code>", ((v,) for v in Delegate.Vetting.values)),
            ),
        },
    )
