"""Breaks (contract 3.4) and travel minutes (3.2) in the general model: each party's meetings form a
path (CP-SAT circuit through a depot); an arc i -> j says j is the party's next meeting after i.
An arc costs the travel between their venues, and is a break unless j starts at the slot right after
the last slot i occupies. Only built when the objective weighs breaks or travel, or bounds the spread."""

from __future__ import annotations

from ortools.sat.python import cp_model

from hostcity.planning.model.build import Build, MeetingVars
from hostcity.planning.model.parties import meetings_of_parties
from hostcity.planning.model.sequencing import travel_between


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
    need_travel = objective.travel > 0
    if not (need_breaks or need_travel):
        return
    model, timeline = build.model, build.timeline
    step, largest = timeline.step, timeline.travel.largest
    party_breaks, travel_terms = [], []
    for p, meetings in sorted(meetings_of_parties(build).items()):
        arcs = [(0, 0, model.new_bool_var(f"p{p}_idle"))]
        breaks_here = []
        for x, mv in enumerate(meetings, start=1):
            arcs.append((x, x, ~mv.present))
            arcs.append((0, x, model.new_bool_var(f"p{p}_first_{x}")))
            arcs.append((x, 0, model.new_bool_var(f"p{p}_last_{x}")))
        for x, a in enumerate(meetings, start=1):
            for y, b in enumerate(meetings, start=1):
                if x == y or b.frame.possible[-1] < a.frame.possible[0] + a.frame.duration:
                    continue  # b can never follow a
                arc = model.new_bool_var(f"p{p}_{x}_to_{y}")
                arcs.append((x, y, arc))
                travel = travel_between(build, a, b) if largest else 0
                model.add(b.start >= a.end + travel).only_enforce_if(arc)
                if need_breaks:
                    # Exact, not just bounded: the spread limit needs every party's true count.
                    adjacent = model.new_bool_var(f"p{p}_{x}_adj_{y}")
                    next_slot = _slot_var(build, a) + (a.frame.duration - 1) // step + 1
                    model.add(_slot_var(build, b) == next_slot).only_enforce_if(adjacent)
                    model.add(_slot_var(build, b) != next_slot).only_enforce_if([arc, ~adjacent])
                    model.add_implication(adjacent, arc)
                    gap = model.new_bool_var(f"p{p}_{x}_gap_{y}")
                    model.add(gap == arc - adjacent)
                    breaks_here.append(gap)
                if need_travel and largest:
                    if isinstance(travel, int):
                        if travel:
                            travel_terms.append(travel * arc)
                    else:
                        cost = model.new_int_var(0, largest, f"p{p}_{x}_cost_{y}")
                        model.add(cost >= travel - largest * (1 - arc))
                        travel_terms.append(cost)
        model.add_circuit(arcs)
        total = model.new_int_var(0, len(meetings), f"p{p}_breaks")
        model.add(total == sum(breaks_here))
        party_breaks.append(total)
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
