"""The motorcade page of an event's day (its cars in order of precedence, each with its drives), the
pool's cars added and assigned, and the drivers' rosters as PDF, a page a car."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.accounts.access import staff_page
from hostcity.delegations.journey.arrivals import day_of
from hostcity.delegations.journey.motorcade import motorcade
from hostcity.events.models import Event, Vehicle
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.documents.fonts import FONT, document
from hostcity.shared.forms import StyledModelForm

SEE = ("events.view_event", "events.view_schedules")
KEEP = "events.change_event"


class VehicleForm(StyledModelForm):
    class Meta:
        model = Vehicle
        fields = ["plate", "kind", "seats", "driver", "delegation"]

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.event = event
        self.fields["delegation"].queryset = event.delegations.select_related("organization")

    def clean_plate(self):
        plate = self.cleaned_data["plate"].strip().upper()
        if (
            Vehicle.objects.filter(event=self.instance.event, plate=plate)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            from django.core.exceptions import ValidationError

            raise ValidationError(
                _("A car of this event has the plate %(plate)s already.") % {"plate": plate}
            )
        return plate


@staff_page(*SEE)
def motorcade_page(request, event: int):
    event = get_object_or_404(Event, pk=event)
    day = day_of(request.GET.get("day"), event)
    form = VehicleForm(request.POST or None, event=event)
    if request.method == "POST":
        if not request.user.has_perm(KEEP):
            messages.error(request, _("You may read this page but not change it."))
        elif form.is_valid():
            vehicle = form.save()
            record(Actor(user=request.user), "add vehicle", vehicle, {"plate": [None, vehicle.plate]})
            messages.success(request, _("Car saved."))
            return redirect(f"{request.path}?day={day}")
    context = {"event": event, "day": day, "cars": motorcade(event, day), "form": form}
    return render(request, "delegations/motorcade.html", context)


@staff_page(*SEE)
def rosters_pdf(request, event: int):
    event = get_object_or_404(Event, pk=event)
    day = day_of(request.GET.get("day"), event)
    pdf = document()
    for vehicle, drives in motorcade(event, day):
        pdf.add_page()
        pdf.set_font(FONT, size=14)
        pdf.cell(0, 8, f"{vehicle.plate} · {vehicle.driver or '—'}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=10)
        carried = (
            vehicle.delegation.name_zh + " · " + vehicle.delegation.name_en if vehicle.delegation_id else "—"
        )
        pdf.cell(0, 6, f"{day} · {carried}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for d in drives:
            leave, arrive = timezone.localtime(d.leave), timezone.localtime(d.arrive)
            pdf.multi_cell(0, 5.5, f"{leave:%H:%M}–{arrive:%H:%M}  {d.origin} → {d.destination}  ({d.why})",
                           new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        if not drives:
            pdf.cell(0, 6, "无行程 · No drive this day.", new_x="LMARGIN", new_y="NEXT")
    if pdf.page == 0:
        pdf.add_page()
    response = HttpResponse(bytes(pdf.output()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="drivers-{event.pk}-{day}.pdf"'
    return response
