"""The arrivals and departures board of an event's day: each flight with its delegation, members,
airport and terminal, VIP lane and greeter; a flight added or changed (which may re-plan the event);
the day as Excel and PDF for the airport teams."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.delegations.journey.arrivals import checked_airport, day_of, movements_on, save_movement
from hostcity.delegations.journey.flight_imports import COLUMNS as FLIGHT_COLUMNS
from hostcity.delegations.journey.flight_imports import import_flights
from hostcity.delegations.models import Delegate, Movement
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor
from hostcity.shared.checked_uploads import import_page
from hostcity.shared.documents.fonts import FONT, document
from hostcity.shared.downloads import table_download
from hostcity.shared.forms import StyledModelForm

SEE = ("delegations.view_movement", "delegations.view_all_delegations")
HEADER = (
    "time",
    "direction",
    "delegation",
    "flight",
    "airport",
    "terminal",
    "members",
    "vip_lane",
    "greeter",
)


class MovementForm(StyledModelForm):
    class Meta:
        model = Movement
        fields = ["delegation", "direction", "flight", "airport", "terminal", "at", "with_head", "delegates",
                  "vip_lane", "greeter", "notes"]  # fmt: skip
        widgets = {
            "at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["delegation"].queryset = event.delegations.select_related("organization")
        self.fields["delegates"].queryset = Delegate.objects.filter(delegation__event=event)
        self.fields["delegates"].required = False
        self.fields["greeter"].help_text = _("Empty: as the rank of the head of delegation calls for.")

    def clean_airport(self):
        return checked_airport(self.cleaned_data["airport"])

    def clean_flight(self):
        return self.cleaned_data["flight"].strip().upper()


def _rows(found):
    return [
        [
            timezone.localtime(m.at).strftime("%H:%M"),
            m.get_direction_display(),
            m.delegation.name_en,
            m.flight,
            m.airport,
            m.terminal,
            ", ".join(d.name_en for d in m.delegates.all()) or _("the whole delegation"),
            "✓" if m.vip_lane else "",
            m.greeter,
        ]
        for m in found
    ]


@staff_page(*SEE)
def board(request, event: int):
    event = get_object_or_404(Event, pk=event)
    day = day_of(request.GET.get("day"), event)
    form = MovementForm(request.POST or None, event=event, initial={"at": f"{day}T12:00"})
    if request.method == "POST":
        if not request.user.has_perm("delegations.add_movement"):
            messages.error(request, _("You may read this board but not add to it."))
        elif form.is_valid():
            try:
                run = save_movement(
                    form.save(commit=False), form.cleaned_data["delegates"], by=Actor(user=request.user)
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Flight saved."))
                if run is not None:
                    moved = _("Meetings fell outside the delegation's stay: re-planning (run %(run)s).")
                    messages.warning(request, moved % {"run": run.pk})
                return redirect(f"{request.path}?day={timezone.localtime(form.instance.at).date()}")
    found = list(movements_on(event, day))
    context = {
        "event": event,
        "day": day,
        "arrivals": [m for m in found if m.direction == Movement.Direction.ARRIVAL],
        "departures": [m for m in found if m.direction == Movement.Direction.DEPARTURE],
        "form": form,
    }
    return render(request, "delegations/arrivals.html", context)


@staff_page(*SEE)
def board_file(request, event: int, fmt: str):
    event = get_object_or_404(Event, pk=event)
    day = day_of(request.GET.get("day"), event)
    rows = _rows(movements_on(event, day))
    if fmt != "pdf":
        return table_download(f"arrivals-{event.pk}-{day}", fmt, HEADER, rows)
    pdf = document("landscape")
    pdf.add_page()
    pdf.set_font(FONT, size=13)
    pdf.cell(
        0,
        8,
        f"{event.name_zh} · {event.name_en} — 抵离 Arrivals and departures {day}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    widths = (16, 24, 44, 22, 16, 16, 70, 12, 57)
    pdf.set_font(FONT, size=8)
    for row in [[_(h) for h in HEADER], *rows]:
        for width, cell in zip(widths, row, strict=True):
            pdf.cell(width, 6, str(cell)[: int(width * 0.9)], border=1)
        pdf.ln()
    response = HttpResponse(bytes(pdf.output()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="arrivals-{event.pk}-{day}.pdf"'
    return response


@staff_page(*SEE, "delegations.add_movement")
def import_flights_page(request, event: int):
    event = get_object_or_404(Event, pk=event)
    return import_page(
        request,
        template="web/import_page.html",
        key=f"delegations.pending_flights.{event.pk}",
        run=lambda upload, apply: import_flights(
            upload, event=event, apply=apply, by=Actor(user=request.user)
        ),
        context={
            "columns": ", ".join(FLIGHT_COLUMNS),
            "title": _("Import flights"),
            "back_url": reverse("delegations:arrivals", args=[event.pk]),
            "back_label": _("Arrivals and departures"),
            "explanation": _(
                "A row a flight: the delegation by country code or acronym, arrival or departure, the time "
                "as YYYY-MM-DD HH:MM, the VIP lane as yes or no, the greeter empty for the one the rank "
                "calls for."
            ),
        },
    )
