"""The motorcade of an event's day: each car of the pool, in the order of precedence of the delegation
it carries, with its drives — from the hotel (or the airport, the day the delegation lands) to each of
the delegation's meetings and programme items in the accepted plan, from one to the next, and to the
airport for its departure — each leaving as long before the next commitment as the engine's travel
time between the two venues (the accepted problem's own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

from hostcity.delegations.models import Delegation, Movement
from hostcity.delegations.seating import precedence
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import Vehicle
from hostcity.events.planning_problem import party_id
from hostcity.planning.problem import parse_problem
from hostcity.planning.travel import TravelTimes
from hostcity.shared.plan_times import aware

AIRPORT_MINUTES = 60  # hotel to Beijing's airports, either way, for the drive before a flight
CHECK_IN_MINUTES = 120  # at the airport before a departure


@dataclass(frozen=True)
class Drive:
    leave: datetime
    arrive: datetime
    origin: str
    destination: str
    why: str


@dataclass(frozen=True)
class Stop:
    start: datetime
    end: datetime
    venue: str  # the problem's venue id; "" for the hotel or the airport
    place: str
    what: str


def _stops(delegation: Delegation, run, day: date, names: dict, rooms: dict) -> list[Stop]:
    me = party_id(delegation)
    titles = {m["id"]: (m.get("title") or m["id"], m["parties"]) for m in run.problem.get("meetings", [])}
    out = []
    for a in (run.plan or {}).get("assignments", []):
        title, parties = titles.get(a["meeting"], (a["meeting"], []))
        if me in parties and aware(a["start"]).date() == day:
            venue = rooms.get(a["room"], "")
            out.append(Stop(aware(a["start"]), aware(a["end"]), venue, names.get(venue, venue), title))
    for f in run.problem.get("fixed", []):
        if me in f.get("parties", []) and aware(f["start"]).date() == day:
            venue = rooms.get(f.get("room"), f.get("venue") or "")
            out.append(
                Stop(
                    aware(f["start"]),
                    aware(f["end"]),
                    venue,
                    names.get(venue, venue),
                    f.get("title") or f["id"],
                )
            )
    return sorted(out, key=lambda s: s.start)


def _drives(delegation: Delegation, stops: list[Stop], travel: TravelTimes | None, day: date) -> list[Drive]:
    hotel = delegation.hotel.name_en if delegation.hotel_id else "hotel"
    flights = [
        m for m in delegation.movements.all() if timezone.localtime(m.at).date() == day and m.with_head
    ]
    drives, here, free_at = [], ("", hotel), None
    for m in flights:
        if m.direction == Movement.Direction.ARRIVAL:
            here, free_at = ("", f"{m.airport} {m.terminal}".strip()), m.at + timedelta(minutes=45)
    for stop in stops:
        if stop.venue and here[0] == stop.venue:
            continue
        minutes = (
            travel.minutes(here[0], stop.venue) if travel and here[0] and stop.venue else AIRPORT_MINUTES // 2
        )
        leave = stop.start - timedelta(minutes=minutes)
        if free_at and leave < free_at:
            leave = free_at
        drives.append(Drive(leave, leave + timedelta(minutes=minutes), here[1], stop.place, stop.what))
        here, free_at = (stop.venue, stop.place), stop.end
    for m in flights:
        if m.direction == Movement.Direction.DEPARTURE:
            arrive = m.at - timedelta(minutes=CHECK_IN_MINUTES)
            leave = arrive - timedelta(minutes=AIRPORT_MINUTES)
            drives.append(
                Drive(leave, arrive, here[1], f"{m.airport} {m.terminal}".strip(), f"flight {m.flight}")
            )
    return drives


def motorcade(event, day: date) -> list[tuple[Vehicle, list[Drive]]]:
    """The day's cars in the order of precedence of their delegations (cars of none last), each with
    its drives; drives from the accepted plan only (none without one)."""
    run = accepted_run(event)
    travel, names, rooms = None, {}, {}
    if run is not None:
        problem = run.problem
        names = {v["id"]: v.get("name") or v["id"] for v in problem.get("venues", [])}
        rooms = {r["id"]: v["id"] for v in problem.get("venues", []) for r in v.get("rooms", [])}
        try:
            travel = TravelTimes(parse_problem(problem))
        except ValueError:  # a venue without a place: drives get the default time
            travel = None
    vehicles = list(event.vehicles.select_related("delegation__organization", "delegation__hotel"))
    carried = [v.delegation for v in vehicles if v.delegation_id]
    order = {
        d.pk: k for k, d in enumerate(precedence.for_event(event, list({d.pk: d for d in carried}.values())))
    }
    vehicles.sort(key=lambda v: (order.get(v.delegation_id, len(order)), v.plate))
    out = []
    for vehicle in vehicles:
        drives = []
        if vehicle.delegation_id and run is not None:
            stops = _stops(vehicle.delegation, run, day, names, rooms)
            drives = _drives(vehicle.delegation, stops, travel, day)
        out.append((vehicle, drives))
    return out
