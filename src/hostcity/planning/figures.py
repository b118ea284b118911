"""The single account of a plan's objective (contract 3.1-3.4): value, scheduled weight, musts, breaks
and travel, from placements (meeting index -> (start, room, venue, interpreters)). The models encode
the same rules as constraints; everything that reports a figure reads it here. (The validator keeps
its own arithmetic on purpose: it checks this.)"""

from __future__ import annotations

import itertools

from hostcity.planning.timeline import Timeline


def figures(timeline: Timeline, placed: dict) -> dict:
    """The engine's own account of a solution's objective (3.1-3.4)."""
    problem = timeline.problem
    frames = timeline.frames
    table = timeline.travel.table
    scheduled_weight = sum(frames[i].weight for i in placed)  # a must weighs nothing
    by_party = agendas(timeline, placed)
    total_breaks = sum(breaks_in(timeline, by_party.get(p, [])) for p in requested_parties(timeline))
    total_travel = 0
    for p in range(len(problem.parties)):
        stops = [(s, s + d, v) for s, d, v in by_party.get(p, [])]
        stops += [(b.start, b.end, b.venue) for b in timeline.party_busy[p]]
        stops.sort()
        total_travel += sum(table[a[2]][b[2]] for a, b in itertools.pairwise(stops))
    musts = [f for f in frames if f.must]
    value = (
        scheduled_weight - problem.objective.breaks * total_breaks - problem.objective.travel * total_travel
    )
    return {
        "value": value,
        "scheduled_weight": scheduled_weight,
        "must_scheduled": sum(1 for f in musts if f.index in placed),
        "must_total": len(musts),
        "total_breaks": total_breaks,
        "total_travel_minutes": total_travel,
    }


def agendas(timeline: Timeline, placed: dict) -> dict[int, list[tuple[int, int, int]]]:
    """Each party's placed meetings as (start, duration, venue), in time order."""
    agendas: dict[int, list] = {}
    for i, (s, _r, v, *_rest) in placed.items():
        for p in timeline.frames[i].parties:
            agendas.setdefault(p, []).append((s, timeline.frames[i].duration, v))
    for agenda in agendas.values():
        agenda.sort()
    return agendas


def requested_parties(timeline: Timeline) -> set[int]:
    return {p for f in timeline.frames for p in f.parties}


def breaks_in(timeline: Timeline, agenda: list) -> int:
    return sum(
        1
        for (s1, d1, _v1), (s2, _d2, _v2) in itertools.pairwise(agenda)
        if timeline.slot_of[s2] != timeline.last_slot(s1, d1) + 1
    )


def party_breaks(timeline: Timeline, placed: dict) -> dict[int, int]:
    """Breaks (3.4) of each party named in a request: consecutive meetings not in consecutive slots."""
    by_party = agendas(timeline, placed)
    return {p: breaks_in(timeline, by_party.get(p, [])) for p in requested_parties(timeline)}


def fair(timeline: Timeline, placed: dict) -> bool:
    """Whether the placements keep max_break_spread (3.4) over the parties named in a request."""
    spread = timeline.problem.objective.max_break_spread
    if spread is None:
        return True
    counts = party_breaks(timeline, placed).values()
    return not counts or max(counts) - min(counts) <= spread
