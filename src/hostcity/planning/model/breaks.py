"""Breaks (contract 3.4) and travel minutes (3.2) in the general model: each party's day is a path
(CP-SAT circuit through a depot); an arc i -> j says j is the party's next commitment after i.
Breaks: a path through its meetings only (fixed items do not count); an arc is a break unless j
starts at the slot right after the last slot i occupies. Travel: a path through its meetings and its
fixed items (the opening, the banquet), each arc costing the travel between their venues; a party
without fixed items has one path for both. Only built when the objective weighs breaks or travel, or
bounds the spread."""

from __future__ import annotations

import bisect
import itertools

from ortools.sat.python import cp_model

from hostcity.planning.model.build import Build, MeetingVars
from hostcity.planning.model.parties import meetings_of_parties
from hostcity.planning.model.sequencing import travel_between, venues_of


def _slot_var(build: Build, mv: MeetingVars):
    cache = build.slot_vars
    if mv.frame.index not in cache:
        model, slot_of = build.model, build.timeline.slot_of
        values = sorted({slot_of[t] for t in mv.frame.possible})
        slot = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"m{mv.frame.index}_slot")
        model.add_allowed_assignments([mv.start, slot], [(t, slot_of[t]) for t in mv.frame.possible])
        cache[mv.frame.index] = slot
    return cache[mv.frame.index]


def add_to(build: Build) -> None:
    objective = build.timeline.problem.objective
    need_breaks = objective.breaks > 0 or objective.max_break_spread is not None
    need_travel = objective.travel > 0 and build.timeline.travel.largest > 0
    if not (need_breaks or need_travel):
        return
    model, timeline = build.model, build.timeline
    party_breaks: list = []
    travel_terms: list = []
    by_party = meetings_of_parties(build)
    for p, meetings in sorted(by_party.items()):
        fixed = timeline.party_busy[p]
        # Breaks count meetings only (3.4); travel counts every commitment, fixed items too (3.2). One
        # path serves both when the party has no fixed item.
        if need_breaks:
            together = need_travel and not fixed
            party_breaks.append(_path(build, p, meetings, [], True, travel_terms if together else None))
        if need_travel and (fixed or not need_breaks):
            _path(build, p, meetings, fixed, False, travel_terms)
    if need_travel:
        table = timeline.travel.table
        for p, fixed in enumerate(timeline.party_busy):
            if p not in by_party:  # no meeting to plan: the travel between its fixed items is settled
                ordered = sorted((b.start, b.venue) for b in fixed)
                travel_terms.extend(table[a[1]][b[1]] for a, b in itertools.pairwise(ordered))
    if need_breaks and party_breaks:
        build.breaks = sum(party_breaks)
        if objective.max_break_spread is not None:
            high = model.new_int_var(0, 10_000, "breaks_max")
            low = model.new_int_var(0, 10_000, "breaks_min")
            model.add_max_equality(high, party_breaks)
            model.add_min_equality(low, party_breaks)
            model.add(high - low <= objective.max_break_spread)
    if need_travel and travel_terms:
        build.travel_minutes = sum(travel_terms)


def _path(build: Build, p: int, meetings: list, fixed: list, count_breaks: bool, travel_terms):
    """The party's day as a path through a depot (node 0): its meetings (skipped when not held) and
    its fixed items (always on it). Returns its break count when `count_breaks`; adds each leg's travel
    to `travel_terms` when that is a list."""
    model, timeline = build.model, build.timeline
    step, largest = timeline.step, timeline.travel.largest
    tag = f"p{p}{'b' if count_breaks else 't'}"
    arcs = [(0, 0, model.new_bool_var(f"{tag}_idle"))]
    # Nodes: ("m", MeetingVars) or ("f", Busy), with the earliest it can end and the latest it can
    # start, to leave out arcs that can never be used.
    nodes = [("m", mv, mv.frame.possible[0] + mv.frame.duration, mv.frame.possible[-1]) for mv in meetings]
    nodes += [("f", b, b.end, b.start) for b in fixed]
    # What is surely on the path at a known time (fixed items, musts with one possible start) splits
    # it: nothing surely before such an item is followed directly by something surely after it.
    surely = sorted(
        [b.start for b in fixed]
        + [
            mv.frame.possible[0]
            for mv in meetings
            if mv.frame.must and len(mv.frame.possible) == 1 and not build.use_assumptions
        ]
    )
    for x, (kind, item, _end, _start) in enumerate(nodes, start=1):
        if kind == "m":
            arcs.append((x, x, ~item.present))
        arcs.append((0, x, model.new_bool_var(f"{tag}_first_{x}")))
        arcs.append((x, 0, model.new_bool_var(f"{tag}_last_{x}")))
    breaks_here = []
    for x, (kind_a, a, earliest_end, latest_a) in enumerate(nodes, start=1):
        for y, (kind_b, b, _end, latest_start) in enumerate(nodes, start=1):
            if x == y or earliest_end > latest_start:
                continue  # b can never follow a
            earliest_b = b.frame.possible[0] if kind_b == "m" else b.start
            if bisect.bisect_left(surely, earliest_b) > bisect.bisect_right(surely, latest_a):
                continue  # something surely comes between them
            arc = model.new_bool_var(f"{tag}_{x}_to_{y}")
            arcs.append((x, y, arc))
            travel = _leg(build, kind_a, a, kind_b, b, f"{tag}_{x}_{y}") if largest else 0
            model.add(b.start >= a.end + travel).only_enforce_if(arc)
            if count_breaks:
                # Exact, not just bounded: the spread limit needs every party's true count.
                adjacent = model.new_bool_var(f"{tag}_{x}_adj_{y}")
                next_slot = _slot_var(build, a) + (a.frame.duration - 1) // step + 1
                model.add(_slot_var(build, b) == next_slot).only_enforce_if(adjacent)
                model.add(_slot_var(build, b) != next_slot).only_enforce_if([arc, ~adjacent])
                model.add_implication(adjacent, arc)
                gap = model.new_bool_var(f"{tag}_{x}_gap_{y}")
                model.add(gap == arc - adjacent)
                breaks_here.append(gap)
            if travel_terms is not None and largest:
                if isinstance(travel, int):
                    if travel:
                        travel_terms.append(travel * arc)
                else:
                    cost = model.new_int_var(0, largest, f"{tag}_{x}_cost_{y}")
                    model.add(cost >= travel - largest * (1 - arc))
                    travel_terms.append(cost)
    model.add_circuit(arcs)
    if not count_breaks:
        return None
    total = model.new_int_var(0, len(meetings), f"p{p}_breaks")
    model.add(total == sum(breaks_here))
    return total


def _leg(build: Build, kind_a: str, a, kind_b: str, b, name: str):
    """Travel minutes from a to b, each a meeting (its venue may be a variable) or a fixed item."""
    if kind_a == "m" and kind_b == "m":
        return travel_between(build, a, b)
    table = build.timeline.travel.table
    if kind_a == "f" and kind_b == "f":
        return table[a.venue][b.venue]
    mv, fixed_venue = (a, b.venue) if kind_a == "m" else (b, a.venue)
    venues = venues_of(mv)
    row = [table[v][fixed_venue] if kind_a == "m" else table[fixed_venue][v] for v in range(len(table))]
    if len(venues) == 1:
        return row[venues[0]]
    model = build.model
    travel = model.new_int_var_from_domain(
        cp_model.Domain.from_values(sorted({row[v] for v in venues})), f"leg_{name}"
    )
    model.add_element(mv.venue, row, travel)
    return travel
