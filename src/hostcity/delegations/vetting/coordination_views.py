"""The security coordination log's pages: an event's items by status, an item with its follow-ups."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hostcity.accounts.access import staff_page
from hostcity.delegations.models import SecurityItem
from hostcity.delegations.vetting.coordination import follow_up, open_item
from hostcity.events.models import Event
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from hostcity.shared.forms import StyledForm, StyledModelForm

SEE, KEEP = "delegations.view_securityitem", "delegations.add_securityitem"


class SecurityItemForm(StyledModelForm):
    class Meta:
        model = SecurityItem
        fields = ["kind", "title", "agency", "delegation", "due", "details"]
        widgets = {"due": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")}

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["delegation"].queryset = event.delegations.select_related("organization")
        self.fields["details"].widget.attrs["rows"] = 3


class FollowUpForm(StyledForm):
    note = forms.CharField(label=gettext_lazy("Follow-up"), widget=forms.Textarea(attrs={"rows": 2}))
    status = forms.ChoiceField(label=gettext_lazy("Status after"), choices=SecurityItem.Status.choices)


@staff_page(SEE)
def item_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    form = SecurityItemForm(request.POST or None, event=event)
    if request.method == "POST":
        if not request.user.has_perm(KEEP):
            messages.error(request, _("You may read this log but not add to it."))
        elif form.is_valid():
            try:
                item = open_item(form.instance, by=Actor(user=request.user))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Item opened."))
                return redirect("delegations:security-item", pk=item.pk)
    items = SecurityItem.objects.filter(event=event).select_related("delegation__organization", "opened_by")
    context = {"event": event, "items": items, "form": form}
    return render(request, "delegations/security_log.html", context)


@staff_page(SEE)
def item_detail(request, pk: int):
    item = get_object_or_404(SecurityItem.objects.select_related("event", "delegation__organization"), pk=pk)
    form = FollowUpForm(request.POST or None, initial={"status": item.status})
    if request.method == "POST" and not request.user.has_perm("delegations.change_securityitem"):
        messages.error(request, _("You may read this log but not add to it."))
    elif request.method == "POST" and form.is_valid():
        try:
            follow_up(item, by=Actor(user=request.user), **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Follow-up saved."))
            return redirect("delegations:security-item", pk=item.pk)
    context = {
        "item": item,
        "event": item.event,
        "follow_ups": item.follow_ups.select_related("by"),
        "form": form,
        "trail": AuditEntry.objects.filter(record="securityitem", record_id=item.pk)[:30],
    }
    return render(request, "delegations/security_item.html", context)
