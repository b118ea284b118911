"""The circulars page of an event: circulars written with what became of each, a new one written to
chosen delegations (sent by the worker), reminders of what is owed sent at once; a circular's page
lists its recipients, sent or failed."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.circulars.messages import PLACEHOLDERS
from hostcity.delegations.circulars.sending import remind, write
from hostcity.delegations.models import Circular, Delegation
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.shared.forms import StyledModelForm

SEE = ("delegations.view_circular", "delegations.view_all_delegations")
SEND = "delegations.add_circular"


class CircularForm(StyledModelForm):
    delegations = forms.ModelMultipleChoiceField(
        label=gettext_lazy("To the delegations"), queryset=Delegation.objects.none(), required=False,
        help_text=gettext_lazy("None chosen: every delegation of the event."),
    )  # fmt: skip

    class Meta:
        model = Circular
        fields = ["audience", "subject_en", "subject_zh", "body_en", "body_zh"]
        widgets = {"body_en": forms.Textarea(attrs={"rows": 4}), "body_zh": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["delegations"].queryset = event.delegations.select_related("organization")


@staff_page(*SEE)
def circular_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    form = CircularForm(request.POST or None, event=event)
    if request.method == "POST":
        if not request.user.has_perm(SEND):
            messages.error(request, _("You may read the circulars but not send one."))
        elif form.is_valid():
            chosen = form.cleaned_data["delegations"] or event.delegations.select_related("organization")
            try:
                circular = write(form.instance, chosen, by=Actor(user=request.user),
                                 base_url=request.build_absolute_uri("/"))  # fmt: skip
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The circular is being sent."))
                return redirect("delegations:circular", pk=circular.pk)
    sent = Count("dispatches", filter=Q(dispatches__status="sent"))
    failed = Count("dispatches", filter=Q(dispatches__status="failed"))
    circulars = Circular.objects.filter(event=event).annotate(
        n=Count("dispatches"), sent_n=sent, failed_n=failed
    )
    context = {"event": event, "circulars": circulars, "form": form, "placeholders": PLACEHOLDERS}
    return render(request, "delegations/circulars.html", context)


@require_POST
@staff_page(*SEE, SEND)
def send_reminders(request, event: int):
    event = get_object_or_404(Event, pk=event)
    circular = remind(event, by=Actor(user=request.user), base_url=request.build_absolute_uri("/"))
    if circular is None:
        messages.success(request, _("Every delegation has sent all it owes: no reminder."))
        return redirect("delegations:circulars", event=event.pk)
    messages.success(request, _("Reminders are being sent."))
    return redirect("delegations:circular", pk=circular.pk)


@staff_page(*SEE)
def circular_detail(request, pk: int):
    circular = get_object_or_404(Circular.objects.select_related("event"), pk=pk)
    dispatches = circular.dispatches.select_related("delegation__organization")
    return render(
        request,
        "delegations/circular.html",
        {"circular": circular, "event": circular.event, "dispatches": dispatches},
    )
