"""An independent check of a plan against its problem (contract sections 2 and 3).

It shares no code with the model: its own time arithmetic, travel, breaks and objective, read
straight from the problem's records. `check_plan(problem, plan)` returns the faults found and the
objective as this checker computes it."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hostcity.planning.problem import Problem, parse_time


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    objective: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _km(a, b) -> float:
    la, lb = math.radians(a.lat), math.radians(b.lat)
    h = (
        math.sin((lb - la) / 2) ** 2
        + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _travel(problem: Problem):
    given = {}
    for entry in problem.travel.matrix:
        given[entry.from_, entry.to] = given[entry.to, entry.from_] = entry.minutes
    where = {v.id: v.location for v in problem.venues}
    settings = problem.travel

    def minutes(a: str, b: str) -> int:
        if a == b:
            return 0
        if (a, b) in given:
            return given[a, b]
        km = _km(where[a], where[b])
        return max(settings.minimum_minutes, math.ceil(60 * km * settings.detour / settings.speed_kmh))

    return minutes


def _within(start: datetime, end: datetime, periods) -> bool:
    return any(p.start <= start and end <= p.end for p in periods)


def check_plan(problem: Problem, plan: dict) -> CheckReport:
    report = CheckReport()
    err = report.errors.append
    travel = _travel(problem)
    meetings = {m.id: m for m in problem.meetings}
    parties = {p.id: p for p in problem.parties}
    rooms = {r.id: (v, r) for v in problem.venues for r in v.rooms}
    interpreters = {i.id: i for i in problem.interpreters}
    sessions = sorted(problem.sessions, key=lambda s: s.start)
    origin, step = sessions[0].start, timedelta(minutes=problem.slot_minutes)

    # Slot numbers across sessions (3.4).
    slot_number: dict[datetime, int] = {}
    for s in sessions:
        t = s.start
        while t < s.end:
            slot_number[t] = len(slot_number)
            t += step

    placed: dict[str, dict] = {}
    for k, a in enumerate(plan.get("assignments", [])):
        where = f"assignments[{k}]"
        mid = a.get("meeting")
        if mid not in meetings:
            err(f"{where}: unknown meeting {mid!r}")
            continue
        if mid in placed:
            err(f"{where}: meeting {mid} is assigned twice")
            continue
        m = meetings[mid]
        try:
            start, end = parse_time(a.get("start")), parse_time(a.get("end"))
        except ValueError as exc:
            err(f"{where}: {exc}")
            continue
        if end != start + timedelta(minutes=m.minutes):
            err(f"{where}: {mid} ends at {end:%H:%M}, but lasts {m.minutes} minutes from {start:%H:%M}")
            end = start + timedelta(minutes=m.minutes)
        if (start - origin) % step:
            err(f"{where}: {mid} starts off the {problem.slot_minutes}-minute grid")
        if not any(s.start <= start and end <= s.end for s in sessions):
            err(f"{where}: {mid} does not lie inside one session")
        room_id = a.get("room")
        if room_id not in rooms:
            err(f"{where}: unknown room {room_id!r}")
            continue
        venue, room = rooms[room_id]
        if a.get("venue") != venue.id:
            err(f"{where}: room {room_id} is in venue {venue.id}, not {a.get('venue')}")
        if m.venues and venue.id not in m.venues:
            err(f"{where}: {mid} may not be held at {venue.id}")
        if m.room_kinds and room.kind not in m.room_kinds:
            err(f"{where}: {mid} may not be held in a {room.kind} room")
        size = sum(parties[p].size for p in m.parties)
        if room.capacity is not None and room.capacity < size:
            err(f"{where}: {room_id} holds {room.capacity}, {mid} brings {size}")
        if venue.open and not _within(start, end, venue.open):
            err(f"{where}: {venue.id} is not open for all of {mid}")
        if m.windows and not _within(start, end, m.windows):
            err(f"{where}: {mid} is outside its windows")
        for p in m.parties:
            if parties[p].available and not _within(start, end, parties[p].available):
                err(f"{where}: {p} is not available for all of {mid}")
        if m.pinned is not None:
            if m.pinned.start != start:
                err(f"{where}: {mid} is pinned at {m.pinned.start:%Y-%m-%dT%H:%M}")
            if m.pinned.room is not None and m.pinned.room != room_id:
                err(f"{where}: {mid} is pinned to room {m.pinned.room}")
        placed[mid] = {
            "start": start,
            "end": end,
            "venue": venue.id,
            "room": room_id,
            "interpreters": list(a.get("interpreters") or []),
        }

    # after, musts, the unscheduled list
    for mid, spot in placed.items():
        for ref in meetings[mid].after:
            if ref not in placed:
                err(f"{mid} is scheduled but {ref}, which it must follow, is not")
            elif placed[ref]["end"] > spot["start"]:
                err(f"{mid} starts before {ref} ends")
    status = plan.get("status")
    for m in problem.meetings:
        if (
            m.id not in placed
            and (m.priority == "must" or m.pinned is not None)
            and status in ("optimal", "feasible")
        ):
            err(f"must meeting {m.id} is not scheduled")
    listed = [u.get("meeting") for u in plan.get("unscheduled", [])]
    if status in ("optimal", "feasible"):
        missing = sorted(set(meetings) - set(placed) - set(listed))
        if missing:
            err(f"unscheduled meetings not listed with a reason: {', '.join(missing)}")
        both = sorted(set(placed) & set(listed))
        if both:
            err(f"listed as unscheduled but assigned: {', '.join(both)}")

    # Rooms hold one thing at a time.
    room_use: dict[str, list[tuple[datetime, datetime, str]]] = defaultdict(list)
    for mid, spot in placed.items():
        room_use[spot["room"]].append((spot["start"], spot["end"], mid))
    for item in problem.fixed:
        if item.room:
            room_use[item.room].append((item.start, item.end, item.id))
    for room_id, uses in room_use.items():
        uses.sort()
        # A meeting may share its room with nothing; fixed items clashing with each other are facts of
        # the problem (2.2), not faults of the plan.
        for k, (_s1, e1, x) in enumerate(uses):
            for s2, _e2, y in uses[k + 1 :]:
                if s2 >= e1:
                    break
                if x in placed or y in placed:
                    err(f"room {room_id}: {x} and {y} overlap")

    # Parties: one place at a time, travel, arrival, departure, daily limits; travel minutes.
    fixed_venue = {f.id: f.venue or rooms[str(f.room)][0].id for f in problem.fixed}  # one of the two (2.2)
    total_travel = 0
    for pid, party in parties.items():
        commitments = [
            (spot["start"], spot["end"], spot["venue"], mid)
            for mid, spot in placed.items()
            if pid in meetings[mid].parties
        ]
        commitments += [(f.start, f.end, fixed_venue[f.id], f.id) for f in problem.fixed if pid in f.parties]
        commitments.sort()
        for (_s1, e1, v1, x), (s2, _e2, v2, y) in itertools.pairwise(commitments):
            gap = travel(v1, v2)
            if s2 < e1 + timedelta(minutes=gap) and (x in placed or y in placed):
                err(f"{pid}: {y} starts before {x} ends plus {gap} minutes of travel")
            total_travel += gap
        ours = [c for c in commitments if c[3] in placed]
        if ours and party.arrival is not None:
            first = min(commitments)
            if first[3] in placed and first[0] < party.arrival.time + timedelta(
                minutes=travel(party.arrival.venue, first[2])
            ):
                err(f"{pid}: {first[3]} starts before the party can arrive")
        if ours and party.departure is not None:
            last = max(commitments, key=lambda c: c[1])
            if last[3] in placed and last[1] > party.departure.time - timedelta(
                minutes=travel(last[2], party.departure.venue)
            ):
                err(f"{pid}: {last[3]} ends too late to reach the departure")
        if party.max_meetings_per_day is not None:
            per_day: dict[date, int] = defaultdict(int)
            for begin, _, _, _mid in ours:
                per_day[begin.date()] += 1
            for day, count in per_day.items():
                if count > party.max_meetings_per_day:
                    err(f"{pid}: {count} meetings on {day}, at most {party.max_meetings_per_day}")

    # Interpretation.
    duty = defaultdict(list)
    for mid, spot in placed.items():
        m = meetings[mid]
        names = spot["interpreters"]
        for name in names:
            if name not in interpreters:
                err(f"{mid}: unknown interpreter {name!r}")
        names = [n for n in names if n in interpreters]
        if len(set(names)) != len(names):
            err(f"{mid}: an interpreter is named twice")
        if isinstance(m.interpretation, list):
            pairs = [([a], [b]) for a, b in m.interpretation]
        elif m.interpretation == "auto" and len(m.parties) == 2:
            la, lb = (parties[x].languages for x in m.parties)
            pairs = [(la, lb)] if la and lb and not set(la) & set(lb) else []
        else:
            pairs = []
        if len(names) != len(pairs):
            err(f"{mid}: needs {len(pairs)} interpreter(s), has {len(names)}")
        else:
            # Each pair needs its own interpreter: try every matching of names to pairs.
            from itertools import permutations

            if pairs and not any(
                all(
                    set(pairs[k][0]) & set(interpreters[n].languages)
                    and set(pairs[k][1]) & set(interpreters[n].languages)
                    for k, n in enumerate(order)
                )
                for order in permutations(names)
            ):
                err(f"{mid}: the interpreters do not cover the language pairs")
        for name in names:
            duty[name].append((spot["start"], spot["end"], spot["venue"], mid))
    for name, jobs in duty.items():
        person = interpreters[name]
        jobs.sort()
        for begin, end_, _, mid in jobs:
            if person.available and not _within(begin, end_, person.available):
                err(f"interpreter {name} is not available for {mid}")
        for (_s1, e1, v1, x), (s2, _e2, v2, y) in itertools.pairwise(jobs):
            if s2 < e1 + timedelta(minutes=travel(v1, v2)):
                err(f"interpreter {name}: {y} starts before {x} ends plus travel")
        if person.max_minutes_per_day is not None:
            minutes_on: dict[date, int] = defaultdict(int)
            for begin, end_, _, _ in jobs:
                minutes_on[begin.date()] += int((end_ - begin).total_seconds() // 60)
            for day, minutes in minutes_on.items():
                if minutes > person.max_minutes_per_day:
                    err(
                        f"interpreter {name}: {minutes} minutes on {day}, "
                        f"at most {person.max_minutes_per_day}"
                    )

    # Breaks (3.4) over parties named in at least one request.
    requested = {p for m in problem.meetings for p in m.parties}
    breaks = {}
    for pid in requested:
        attended = sorted(
            (spot["start"], spot["end"]) for mid, spot in placed.items() if pid in meetings[mid].parties
        )
        count = 0
        for (s1, e1), (s2, _) in itertools.pairwise(attended):
            last_slot = (
                slot_number.get(s1, 0) + (int((e1 - s1).total_seconds() // 60) - 1) // problem.slot_minutes
            )
            if slot_number.get(s2) != last_slot + 1:
                count += 1
        breaks[pid] = count
    total_breaks = sum(breaks.values())
    spread = problem.objective.max_break_spread
    if spread is not None and breaks and max(breaks.values()) - min(breaks.values()) > spread:
        err(f"break spread {max(breaks.values()) - min(breaks.values())} exceeds {spread}")

    weights = problem.objective.weights

    def weight(m):
        if m.priority == "must":
            return 0
        return m.weight if m.weight is not None else getattr(weights, m.priority)

    scheduled_weight = sum(weight(meetings[mid]) for mid in placed)
    value = (
        scheduled_weight - problem.objective.breaks * total_breaks - problem.objective.travel * total_travel
    )
    musts = [m for m in problem.meetings if m.priority == "must" or m.pinned is not None]
    report.objective = {
        "value": value,
        "scheduled_weight": scheduled_weight,
        "must_scheduled": sum(1 for m in musts if m.id in placed),
        "must_total": len(musts),
        "total_breaks": total_breaks,
        "total_travel_minutes": total_travel,
    }
    return report
