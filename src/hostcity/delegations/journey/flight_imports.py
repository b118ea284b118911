"""Flights from an Excel or CSV list (the ministry's or the airline's): a row a flight, its delegation
by country code or acronym; a dry run names every bad row (an unknown delegation, direction or
airport, a time that cannot be read); applying is all or nothing, each flight saved through the
board's rule (the stay follows, a re-plan may start)."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.journey.arrivals import checked_airport, save_movement
from hostcity.delegations.models import Delegation, Movement
from hostcity.shared.audit.trail import Actor
from hostcity.shared.spreadsheets import ImportReport, RowError, all_or_nothing, rows_for_report

COLUMNS = ("delegation", "direction", "flight", "airport", "terminal", "at", "vip_lane", "greeter")
REQUIRED = ("delegation", "direction", "flight", "at")
YES = {"yes", "y", "1", "true", "x", "✓", "是"}


def _moment(text: str):
    for form in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return timezone.make_aware(datetime.strptime(text, form))
        except ValueError:
            continue
    return None


def import_flights(upload, *, event, apply: bool, by: Actor) -> ImportReport:
    report = ImportReport("flights")
    rows = rows_for_report(upload, report, required=REQUIRED, known=COLUMNS)
    if not rows:
        return report
    delegations = {
        (d.country or d.organization.acronym).upper(): d
        for d in Delegation.objects.filter(event=event).select_related("organization")
    }
    planned = []
    for row in rows:
        v = row.values
        delegation = delegations.get(v.get("delegation", "").strip().upper())
        direction = v.get("direction", "").strip().lower()
        airport = (v.get("airport") or "PEK").strip().upper()
        at = _moment(v.get("at", "").strip())
        problems = []
        if delegation is None:
            problems.append(
                (
                    "delegation",
                    _("No delegation “%(code)s” at this event.") % {"code": v.get("delegation", "")},
                )
            )
        if direction not in Movement.Direction.values:
            problems.append(("direction", _("arrival or departure, not “%(value)s”.") % {"value": direction}))
        try:
            airport = checked_airport(airport)
        except ValidationError as error:
            problems.append(("airport", error.messages[0]))
        if at is None:
            problems.append(("at", _("Write the time as YYYY-MM-DD HH:MM.")))
        flight = v.get("flight", "").strip().upper()
        if not (2 <= len(flight) <= 20):
            problems.append(("flight", _("A flight number has 2 to 20 characters.")))
        if problems:
            report.errors += [RowError(row.number, column, message) for column, message in problems]
            continue
        planned.append(Movement(
            delegation=delegation, direction=direction, flight=flight, airport=airport,
            terminal=v.get("terminal", "").strip()[:10], at=at,
            vip_lane=v.get("vip_lane", "").strip().lower() in YES, greeter=v.get("greeter", "").strip()[:160],
        ))  # fmt: skip
    report.created = len(planned)
    if not report.ok:
        return report
    with all_or_nothing(report, apply=apply):
        for movement in planned:
            save_movement(movement, [], by=by)
    return report
