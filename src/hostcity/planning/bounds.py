"""Upper bounds on a plan's value (contract 3.1) that need no search of the whole problem.

The relaxation by resources: every request that can be held is counted by exactly one of the things
it uses — one of its parties (one meeting at a time), or the pool of interpreters able to take one of
its language pairs (as many at a time as the pool has interpreters, and their minutes a day) — the
one with the least room to spare. Each resource alone is then solved exactly, time-indexed (a start
per request, at most the resource's capacity at each moment), with its musts held whatever they are
worth. No plan can do better than the sum: a plan's held requests, split the same way, are a plan for
each resource alone. Travel, rooms and the other resources are left out, so the sum is a bound,
often a tight one: the demo summit, where every request is with the host's president, is bounded by
how many 45-minute meetings the president's free time holds.

Breaks and travel only take value away, so the bound holds when they are weighed too."""

from __future__ import annotations

import bisect
import math
import time
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning.explain import uninterpreted_need
from hostcity.planning.timeline import MeetingFrame, Timeline

RESOURCE_SECONDS = 2.0  # at most, for one resource's exact solve


@dataclass
class Resource:
    """A party (capacity 1) or a pool of interpreters, and the requests that use it."""

    name: str
    capacity: int
    minutes_per_day: int | None = None  # all of it together, a calendar day
    meetings_per_day: int | None = None
    uses: list[MeetingFrame] = field(default_factory=list)

    def load(self) -> float:
        """Minutes asked for over minutes on offer (each request at its earliest start)."""
        times = {t for f in self.uses for t in f.possible}
        if not times:
            return 0.0
        span = sum(f.duration for f in self.uses)
        step = min(f.duration for f in self.uses)
        return span / (self.capacity * step * len(times))


def resources(timeline: Timeline) -> list[Resource]:
    problem = timeline.problem
    found: dict[tuple[str, object], Resource] = {}
    for f in timeline.frames:
        if not f.possible or uninterpreted_need(timeline, f) is not None:
            continue  # never held: it counts nothing
        for p in f.parties:
            party = problem.parties[p]
            key: tuple[str, object] = ("party", p)
            if key not in found:
                found[key] = Resource(party.id, 1, meetings_per_day=party.max_meetings_per_day)
            found[key].uses.append(f)
        for candidates in f.interpreter_options:
            key = ("pool", tuple(sorted(candidates)))
            if key not in found:
                limits = [problem.interpreters[i].max_minutes_per_day for i in candidates]
                known = [x for x in limits if x is not None]
                minutes = sum(known) if len(known) == len(limits) else None
                names = ", ".join(problem.interpreters[i].id for i in sorted(candidates))
                found[key] = Resource(f"interpreters {names}", len(candidates), minutes_per_day=minutes)
            if f not in found[key].uses:
                found[key].uses.append(f)
    return list(found.values())


def _owners(timeline: Timeline, pool: list[Resource]) -> dict[int, Resource]:
    """Each request counted by the most loaded resource it uses."""
    loads = {id(r): r.load() for r in pool}
    owner: dict[int, Resource] = {}
    for r in pool:
        for f in r.uses:
            held = owner.get(f.index)
            if held is None or loads[id(r)] > loads[id(held)]:
                owner[f.index] = r
    return owner


def _alone(timeline: Timeline, resource: Resource, counted: list[MeetingFrame], seconds: float) -> int:
    """The most the requests `counted` are worth on `resource` alone, the resource's musts held too
    (a proven upper bound of that: CP-SAT's bound when the time runs out)."""
    wanted = sum(f.weight for f in counted)
    model = cp_model.CpModel()
    mine = {f.index for f in counted}
    busy = _busy(resource, counted)
    covering: dict[int, list] = defaultdict(list)  # moment -> (minutes, literal) of what holds it
    per_day: dict = defaultdict(list)
    value = []
    points = sorted({t for f in busy for t in f.possible})
    for f in busy:
        starts = [model.new_bool_var("") for _ in f.possible]
        held = sum(starts)
        if f.must:
            model.add(held == 1)
        else:
            model.add(held <= 1)
        if f.index in mine and f.weight:
            value.append(f.weight * held)
        for t, literal in zip(f.possible, starts, strict=True):
            lo = bisect.bisect_left(points, t)
            for g in points[lo:]:
                if g >= t + f.duration:
                    break
                covering[g].append(literal)
            per_day[timeline.day(t)].append((f.duration, literal))
    for literals in covering.values():
        if len(literals) > resource.capacity:
            model.add(sum(literals) <= resource.capacity)
    for items in per_day.values():
        if resource.minutes_per_day is not None:
            model.add(sum(m * x for m, x in items) <= resource.minutes_per_day)
        if resource.meetings_per_day is not None:
            model.add(sum(x for _, x in items) <= resource.meetings_per_day)
    if not value:
        return 0
    model.maximize(sum(value))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, seconds)
    solver.parameters.num_workers = 1
    if solver.solve(model) == cp_model.INFEASIBLE:
        return wanted  # its musts alone cannot all be held: the search proves and explains that
    bound = solver.best_objective_bound
    if abs(bound) >= 1e18:
        return wanted  # nothing proven in time: everything it counts
    return min(wanted, math.floor(bound + 1e-6))


def _busy(resource: Resource, counted: list[MeetingFrame]) -> list[MeetingFrame]:
    """What takes the resource's time in its relaxation: the requests it counts and all its musts."""
    mine = {f.index for f in counted}
    return [f for f in resource.uses if f.must and f.index not in mine] + counted


def most_held(timeline: Timeline, resource: Resource, frames: list[MeetingFrame]) -> int:
    """How many of `frames` the resource can hold at most: each takes at least the shortest one's
    minutes and starts where one of them may, so the earliest-ending choice, day by day, gives the
    most such intervals; times the capacity, within the meetings and minutes a day."""
    shortest = min(f.duration for f in frames)
    by_day: dict = defaultdict(set)
    for f in frames:
        for t in f.possible:
            by_day[timeline.day(t)].add(t)
    most = 0
    for starts in by_day.values():
        count, free_from = 0, -math.inf
        for t in sorted(starts):
            if t >= free_from:
                count, free_from = count + 1, t + shortest
        count *= resource.capacity
        if resource.meetings_per_day is not None:
            count = min(count, resource.meetings_per_day)
        if resource.minutes_per_day is not None:
            count = min(count, resource.minutes_per_day // shortest)
        most += count
    return most


def _by_count(timeline: Timeline, resource: Resource, counted: list[MeetingFrame]) -> int:
    """No more than `most_held` requests: the musts, then the heaviest counted ones."""
    busy = _busy(resource, counted)
    most = most_held(timeline, resource, busy)
    musts = [f for f in busy if f.must]
    if most < len(musts):
        return sum(f.weight for f in counted)  # its musts cannot all be held: feasibility.py says so
    optional = sorted((f.weight for f in counted if not f.must), reverse=True)
    return sum(f.weight for f in counted if f.must) + sum(optional[: most - len(musts)])


def _fits_greedily(resource: Resource, counted: list[MeetingFrame]) -> bool:
    """Every counted request and the resource's musts placed one after another at their earliest free
    start (by latest possible start first): then the resource alone takes them all."""
    if resource.capacity != 1 or resource.minutes_per_day or resource.meetings_per_day:
        return False
    busy = _busy(resource, counted)
    taken: list[tuple[int, int]] = []
    for f in sorted(busy, key=lambda f: (f.possible[-1], f.possible[0])):
        start = next(
            (t for t in f.possible if all(t + f.duration <= a or b <= t for a, b in taken)),
            None,
        )
        if start is None:
            return False
        taken.append((start, start + f.duration))
    return True


def resource_bound(timeline: Timeline, seconds: float) -> int:
    """The bound of the module's docstring, within about `seconds` (a resource left unsolved when the
    time is up counts every request it holds, which keeps the sum a bound)."""
    deadline = time.monotonic() + seconds
    pool = resources(timeline)
    owner = _owners(timeline, pool)
    counted: dict[int, list[MeetingFrame]] = defaultdict(list)
    for f in timeline.frames:
        if f.index in owner:
            counted[id(owner[f.index])].append(f)
    total = 0
    ordered = sorted(pool, key=lambda r: -r.load())  # the tightest first, while there is time
    for r in ordered:
        mine = counted.get(id(r), [])
        if not mine:
            continue
        everything = sum(f.weight for f in mine)
        left = deadline - time.monotonic()
        if left <= 0.05 or _fits_greedily(r, mine):
            total += everything
            continue
        counting = _by_count(timeline, r, mine)
        if counting < everything:
            total += counting  # the time-indexed solve below has been seen to prove no more than this
            continue
        total += _alone(timeline, r, mine, min(RESOURCE_SECONDS, left))
    return total
