"""Rosters from the accepted plan: each interpreter's meetings, and each vehicle's day — the
delegation it carries from one place to the next between commitments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hostcity.events.itineraries import accepted_plan, accepted_run, itinerary_for
from hostcity.events.planning_problem import meeting_titles
from hostcity.shared.plan_times import aware


@dataclass(frozen=True)
class Duty:
    start: datetime
    end: datetime
    what: str
    where: str


def interpreter_rosters(event) -> list[tuple[str, list[Duty]]]:
    run = accepted_run(event)
    if run is None:
        return []
    titles = meeting_titles(run.problem)
    places = {r["id"]: v.get("name") or v["id"] for v in run.problem["venues"] for r in v["rooms"]}
    duties: dict[str, list[Duty]] = {i.code: [] for i in event.interpreters.all()}
    for a in run.plan.get("assignments", []):
        for code in a.get("interpreters", []):
            duties.setdefault(code, []).append(
                Duty(
                    aware(a["start"]),
                    aware(a["end"]),
                    titles[a["meeting"]],
                    places.get(a["room"], a["room"]),
                )
            )
    names = dict(event.interpreters.values_list("code", "name"))
    return [
        (f"{names.get(code, code)} ({code})", sorted(items, key=lambda d: d.start))
        for code, items in duties.items()
    ]


def vehicle_rosters(event) -> list[tuple[object, list[Duty]]]:
    """For each vehicle with a delegation: a drive before each commitment at another place."""
    out = []
    plan = accepted_plan(event)  # read once for every vehicle
    for vehicle in event.vehicles.select_related("delegation__organization"):
        legs = []
        if vehicle.delegation_id:
            entries = itinerary_for(event, vehicle.delegation, plan)
            previous = None
            for entry in entries:
                if previous is None or previous.place_en != entry.place_en:
                    origin = previous.place_en if previous else "hotel"
                    legs.append(
                        Duty(
                            previous.end if previous else entry.start,
                            entry.start,
                            f"{origin} → {entry.place_en}",
                            entry.title_en,
                        )
                    )
                previous = entry
        out.append((vehicle, legs))
    return out
