"""Seating plan pages: an event's plans, one plan drawn (adjusted by dragging), SVG and PDF."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hostcity.accounts.access import staff_page
from hostcity.delegations.models import SeatingPlan
from hostcity.delegations.seating import layout as seating
from hostcity.delegations.seating import pdf as seating_pdf
from hostcity.delegations.seating.drawing import drawing
from hostcity.delegations.seating.precedence import RULES
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor

EDIT = "delegations.change_delegation"


class SeatingPlanForm(forms.ModelForm):
    class Meta:
        model = SeatingPlan
        fields = [
            "title_en",
            "title_zh",
            "kind",
            "head_table_seats",
            "round_tables",
            "seats_per_table",
            "host_en",
            "host_zh",
            "host_language",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = (
                "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            )
        self.fields["head_table_seats"].widget.attrs["max"] = 41
        self.fields["seats_per_table"].widget.attrs["max"] = 24

    def clean_head_table_seats(self):
        value = self.cleaned_data["head_table_seats"]
        if not 1 <= value <= 41:
            raise ValidationError("1–41")
        return value

    def clean_seats_per_table(self):
        value = self.cleaned_data["seats_per_table"]
        if not 2 <= value <= 24:
            raise ValidationError("2–24")
        return value


@staff_page("delegations.view_delegation", "delegations.view_all_delegations")
def plan_list(request, event: int):
    event = get_object_or_404(Event, pk=event)
    form = SeatingPlanForm(request.POST or None) if request.user.has_perm(EDIT) else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            plan = form.save(commit=False)
            plan.event = event
            plan.save()
            seating.generate(plan, by=Actor(user=request.user))
            return redirect("delegations:seating-plan", pk=plan.pk)
    plans = SeatingPlan.objects.filter(event=event)
    return render(request, "delegations/seating_list.html", {"event": event, "plans": plans, "form": form})


def _context(plan: SeatingPlan) -> dict:
    seats = list(plan.seats.select_related("delegate__delegation__organization", "plan"))
    note = []
    for language in ("zh-hans", "en"):
        with translation.override(language):
            note.append(_("Seen from the floor: the host's right is on the left."))
    return {"plan": plan, "drawing": drawing(plan, seats, (note[0], note[1]))}


@staff_page("delegations.view_delegation", "delegations.view_all_delegations")
def plan_detail(request, pk: int):
    plan = get_object_or_404(SeatingPlan.objects.select_related("event"), pk=pk)
    context = {
        **_context(plan),
        "can_edit": request.user.has_perm(EDIT),
        "rule": RULES[plan.event.precedence_rule or "rank"].label,
    }
    return render(request, "delegations/seating_plan.html", context)


@require_POST
@staff_page(EDIT)
def generate(request, pk: int):
    plan = get_object_or_404(SeatingPlan, pk=pk)
    seating.generate(plan, by=Actor(user=request.user))
    return redirect("delegations:seating-plan", pk=pk)


@require_POST
@staff_page(EDIT)
def swap(request, pk: int):
    """Exchange two seats. The drawing's script gets the new drawing, or the reason with status 400;
    a plain form post goes back to the plan with a message."""
    plan = get_object_or_404(SeatingPlan, pk=pk)
    from_script = bool(request.headers.get("HX-Request"))
    try:
        first, second = int(request.POST.get("first", "")), int(request.POST.get("second", ""))
        seating.swap(plan, first, second, by=Actor(user=request.user))
    except (ValueError, ValidationError) as error:
        reason = " ".join(error.messages) if isinstance(error, ValidationError) else _("Choose two seats.")
        if from_script:
            return HttpResponse(reason, status=400, content_type="text/plain")
        messages.error(request, reason)
        return redirect("delegations:seating-plan", pk=pk)
    if from_script:
        return HttpResponse(render_to_string("delegations/_seating_svg.html", _context(plan), request))
    messages.success(request, _("The two seats are exchanged."))
    return redirect("delegations:seating-plan", pk=pk)


@staff_page("delegations.view_delegation", "delegations.view_all_delegations")
def plan_svg(request, pk: int):
    plan = get_object_or_404(SeatingPlan, pk=pk)
    svg = render_to_string("delegations/_seating_svg.html", _context(plan), request)
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="seating-{plan.pk}.svg"'
    return response


@staff_page("delegations.view_delegation", "delegations.view_all_delegations")
def plan_pdf(request, pk: int):
    plan = get_object_or_404(SeatingPlan, pk=pk)
    context = _context(plan)
    response = HttpResponse(seating_pdf.render(plan, context["drawing"]), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="seating-{plan.pk}.pdf"'
    return response
