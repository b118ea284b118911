"""A delegation's journey around its programme: its flights as itinerary entries, and what it needs
to know of its stay — its hotels (from its members' stays, or the hotel set on the delegation) and
the cars of the event's pool assigned to it."""

from __future__ import annotations

from datetime import timedelta

from django.utils import translation
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegation, HotelBlock, Movement
from hostcity.events.itineraries import Entry
from hostcity.shared.bilingual import reader_form, third_language

AIRPORTS = {"PEK": ("Beijing Capital International Airport", "北京首都国际机场"),
            "PKX": ("Beijing Daxing International Airport", "北京大兴国际机场")}  # fmt: skip


def flight_entries(delegation: Delegation) -> list[Entry]:
    out, third = [], bool(third_language())
    for m in delegation.movements.prefetch_related("delegates"):
        airport_en, airport_zh = AIRPORTS.get(m.airport, (m.airport, m.airport))
        terminal = f" {m.terminal}" if m.terminal else ""
        who = [d.name_en for d in m.delegates.all()]
        arriving = m.direction == Movement.Direction.ARRIVAL
        if arriving:
            title_en, title_zh = f"Arrival, flight {m.flight}", f"抵达，航班 {m.flight}"
        else:
            title_en, title_zh = f"Departure, flight {m.flight}", f"离开，航班 {m.flight}"
        # The reader's own words on a page in French, Spanish, Russian or Arabic.
        here = ""
        if third:
            here = (_("Arrival, flight %(flight)s") if arriving else _("Departure, flight %(flight)s")) % {
                "flight": m.flight
            }
        if m.greeter:  # "Mayor of Beijing / 北京市市长": each title its own form (a typed one is kept whole)
            greeter_en, _slash, greeter_zh = m.greeter.partition(" / ")
            title_en += f" — {greeter_en}"
            title_zh += f" — {greeter_zh or greeter_en}"
            here += f" — {greeter_en}" if here else ""
        out.append(
            Entry(
                m.at,
                m.at + timedelta(minutes=30),
                title_en,
                title_zh,
                airport_en + terminal,
                airport_zh + terminal,
                who,
                who,
                [],
                f"movement-{m.pk}",
                here,
            )
        )
    return out


def stay_lines(delegation: Delegation) -> list[tuple[str, str, str]]:
    """(English, Chinese, the reader's) lines on the hotels and cars of the delegation; the third is
    "" unless the page is in French, Spanish, Russian or Arabic."""
    lines = []
    blocks = (
        HotelBlock.objects.filter(stays__delegate__delegation=delegation).select_related("hotel").distinct()
    )
    hotels = [b.hotel for b in blocks] or ([delegation.hotel] if delegation.hotel_id else [])
    third = bool(third_language())
    for hotel in hotels:
        here = _("Hotel: %(name)s") % {"name": reader_form(hotel.name_en, hotel.name_zh)} if third else ""
        lines.append((f"Hotel: {hotel.name_en}", f"酒店：{hotel.name_zh}", here))
    for car in delegation.vehicles.all():
        driver = f", {car.driver}" if car.driver else ""
        here = ""
        if third:
            kind = car.get_kind_display()
            here = _("Car: %(plate)s (%(kind)s%(driver)s)") % {
                "plate": car.plate,
                "kind": kind,
                "driver": driver,
            }
        with translation.override("en"):
            english = f"Car: {car.plate} ({car.get_kind_display()}{driver})"
        lines.append((english, f"车辆：{car.plate}{driver}", here))
    return lines
