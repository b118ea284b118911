"""An event as a hostcity/1 planning problem: its sessions, venues and rooms (with the bookings and
closures that other events hold there), its host principals and delegations, its programme items,
meeting requests and interpreters. Ids in the problem are the records' codes, so a plan speaks of
them again."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.shared.plan_times import local
from hostcity.venues.models import Booking, Closure, Room, Venue

ROOM_PREFIX = "room-"  # a room's id in a problem and its plans: the prefix and its primary key
DEFAULT_SESSIONS = ((time(8, 0), time(12, 30)), (time(14, 0), time(21, 0)))
SEATED = ("head", "official")


def meeting_titles(problem: dict) -> dict[str, str]:
    """Each meeting's title in a problem, its id where it has none."""
    return {m["id"]: m.get("title") or m["id"] for m in problem["meetings"]}


def room_id(room: Room) -> str:
    return f"{ROOM_PREFIX}{room.pk}"


def room_pk(text: str) -> int | None:
    """The primary key in a problem's or plan's room id (the inverse of room_id); None if it is none."""
    digits = text.removeprefix(ROOM_PREFIX)
    return int(digits) if text.startswith(ROOM_PREFIX) and digits.isdigit() else None


def party_id(delegation) -> str:
    return (delegation.country or delegation.organization.acronym).lower()


def _sessions(event) -> list[tuple[datetime, datetime]]:
    given = [(s.start, s.end) for s in event.sessions.all()]
    if given:
        return given
    tz = timezone.get_current_timezone()
    out = []
    day = event.start_date
    while day <= event.end_date:
        out += [(datetime.combine(day, a, tz), datetime.combine(day, b, tz)) for a, b in DEFAULT_SESSIONS]
        day += timedelta(days=1)
    return out


def _venues(event, requests, items) -> list[Venue]:
    chosen = set(event.venues.all())
    if not chosen:
        for request in requests:
            chosen |= set(request.venues.all())
        chosen |= {item.room.venue for item in items}
        chosen |= {r.pinned_room.venue for r in requests if r.pinned_room_id}
        if not chosen or any(not r.venues.exists() for r in requests):
            chosen |= set(Venue.objects.filter(rooms__isnull=False).distinct())
    return sorted(chosen, key=lambda v: v.code)


def problem_for(event) -> dict:
    """The event's planning problem. ValidationError names each request or item that cannot be one."""
    requests = list(
        event.meeting_requests.prefetch_related(
            "host_principals", "delegations__organization", "venues"
        ).select_related("pinned_room__venue")
    )
    items = list(
        event.programme_items.select_related("room__venue").prefetch_related("host_principals", "delegations")
    )
    delegations = list(event.delegations.select_related("organization").prefetch_related("delegates"))
    hosts = list(event.host_principals.all())
    problems = []
    for request in requests:
        if request.host_principals.count() + request.delegations.count() < 2:
            problems.append(
                _("Request %(code)s: a meeting needs two parties at least.") % {"code": request.code}
            )
    if problems:
        raise ValidationError(problems)
    sessions = _sessions(event)
    first, last = sessions[0][0], sessions[-1][1]
    venues = _venues(event, requests, items)
    rooms = {v.pk: list(v.rooms.all()) for v in venues}
    fixed = []
    for item in items:
        parties = [h.code for h in item.host_principals.all()]
        attending = delegations if item.all_delegations else list(item.delegations.all())
        parties += [party_id(d) for d in attending]
        fixed.append(
            {
                "id": item.code,
                "title": item.title_en,
                "title_zh": item.title_zh,
                "room": room_id(item.room),
                "start": local(item.start),
                "end": local(item.end),
                "parties": parties,
            }
        )
    room_ids = {room.pk for listed in rooms.values() for room in listed}
    taken = Booking.objects.filter(room_id__in=room_ids, start__lt=last, end__gt=first).exclude(
        status="cancelled"
    )
    ours = Booking.objects.filter(pk__in=event.plan_runs.values("bookings"))  # an accepted plan's: replaced
    for booking in taken.exclude(pk__in=ours):
        fixed.append(
            _blocked(f"booking-{booking.pk}", booking.purpose[:80], booking.room, booking, first, last)
        )
    for closure in Closure.objects.filter(start__lt=last, end__gt=first).select_related("room"):
        if closure.room_id:
            closed = [closure.room]
        else:
            closed = [r for v in venues if v.pk == closure.venue_id for r in rooms[v.pk]]
        title = f"closed: {closure.get_reason_display()}"
        for room in closed:
            if room.pk in room_ids:
                fixed.append(_blocked(f"closure-{closure.pk}-{room.pk}", title, room, closure, first, last))
    parties = [
        {"id": h.code, "name": h.name_en, "name_zh": h.name_zh, "kind": "host", "languages": h.languages}
        for h in hosts
    ]
    for d in delegations:
        party = {
            "id": party_id(d),
            "name": d.name_en,
            "name_zh": d.name_zh,
            "kind": "organization" if d.organization_id else "delegation",
            "rank": d.rank_code,
            "languages": d.languages,
            "size": max(1, sum(1 for m in d.delegates.all() if m.category in SEATED)),
        }
        if d.head_took_office:
            party["took_office"] = d.head_took_office.isoformat()
        if d.arrival_at or d.departure_at:
            party["available"] = [
                [local(max(d.arrival_at or first, first)), local(min(d.departure_at or last, last))]
            ]
        parties.append(party)
    meetings = []
    for request in requests:
        meeting = {
            "id": request.code,
            "parties": [h.code for h in request.host_principals.all()]
            + [party_id(d) for d in request.delegations.all()],
            "minutes": request.minutes,
            "priority": request.priority,
        }
        if request.title_en:
            meeting["title"] = request.title_en
        if request.title_zh:
            meeting["title_zh"] = request.title_zh
        if request.venues.exists():
            meeting["venues"] = [v.code for v in request.venues.all()]
        if request.room_kinds:
            meeting["room_kinds"] = request.room_kinds
        if request.windows:
            meeting["windows"] = request.windows
        if request.pinned_start:
            meeting["pinned"] = {"start": local(request.pinned_start)}
            if request.pinned_room_id:
                meeting["pinned"]["room"] = room_id(request.pinned_room)
        meetings.append(meeting)
    return {
        "format": "hostcity/1",
        "name": event.name_en,
        "timezone": str(timezone.get_current_timezone()),
        "slot_minutes": event.slot_minutes,
        "sessions": [
            {"id": f"s{k}", "start": local(a), "end": local(b)} for k, (a, b) in enumerate(sessions)
        ],
        "venues": [
            {
                "id": v.code,
                "name": v.name_en,
                "name_zh": v.name_zh,
                "location": {"lat": v.latitude, "lon": v.longitude},
                "rooms": [
                    {
                        "id": room_id(r),
                        "name": r.name_en,
                        "name_zh": r.name_zh,
                        "kind": r.kind,
                        "capacity": r.capacity,
                    }
                    for r in rooms[v.pk]
                ],
            }
            for v in venues
        ],
        "parties": parties,
        "fixed": fixed,
        "meetings": meetings,
        "interpreters": [_interpreter(i) for i in event.interpreters.all()],
    }


def _blocked(ident: str, title: str, room, span, first: datetime, last: datetime) -> dict:
    """A room held by something else during the event (another event's booking, a closure)."""
    return {
        "id": ident,
        "title": title,
        "room": room_id(room),
        "start": local(max(span.start, first)),
        "end": local(min(span.end, last)),
    }


def _interpreter(interpreter) -> dict:
    out = {"id": interpreter.code, "name": interpreter.name, "languages": interpreter.languages}
    if interpreter.available:
        out["available"] = interpreter.available
    if interpreter.max_minutes_per_day is not None:
        out["max_minutes_per_day"] = interpreter.max_minutes_per_day
    return out


def fingerprint(problem: dict) -> str:
    return hashlib.sha256(json.dumps(problem, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
