"""One body at a time, with travel between venues: a party or an interpreter goes from meeting to
meeting and needs travel(A, B) minutes between two at different venues (contract 2.2)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from hostcity.planning.model.build import Build, MeetingVars


def _bounds(mv: MeetingVars) -> tuple[int, int]:
    starts = mv.frame.possible
    return starts[0], starts[-1] + mv.frame.duration


def venues_of(mv: MeetingVars) -> list[int]:
    return sorted({option.venue for option in mv.frame.options})


def travel_between(build: Build, a: MeetingVars, b: MeetingVars):
    """Travel minutes between two meetings' venues: a constant, or a variable bound by an element."""
    table = build.timeline.travel.table
    va, vb = venues_of(a), venues_of(b)
    if len(va) == 1 and len(vb) == 1:
        return table[va[0]][vb[0]]
    key = (min(a.frame.index, b.frame.index), max(a.frame.index, b.frame.index))
    cache = build.travel_vars
    if key in cache:
        return cache[key]
    model, n = build.model, len(table)
    values = sorted({table[x][y] for x in va for y in vb})
    travel = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"travel_{key[0]}_{key[1]}")
    index = model.new_int_var(0, n * n - 1, f"pair_{key[0]}_{key[1]}")
    model.add(index == a.venue * n + b.venue)
    model.add_element(index, [table[x][y] for x in range(n) for y in range(n)], travel)
    cache[key] = travel
    return travel


def add_sequence(build: Build, items: list[tuple[MeetingVars, cp_model.IntVar]], name: str) -> None:
    """At most one of these meetings at a time (each counted when its literal is true), with travel."""
    model = build.model
    if len(items) < 2:
        return
    intervals = [
        mv.interval
        if literal is mv.present
        else model.new_optional_fixed_size_interval_var(
            mv.start, mv.frame.duration, literal, f"{name}_{mv.frame.index}"
        )
        for mv, literal in items
    ]
    model.add_no_overlap(intervals)
    largest = build.timeline.travel.largest
    if largest == 0:
        return
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            (a, la), (b, lb) = items[x], items[y]
            if len(set(venues_of(a)) | set(venues_of(b))) == 1:
                continue  # one venue: the no-overlap above is all
            a_first, a_last = _bounds(a)
            b_first, b_last = _bounds(b)
            if a_last + largest <= b_first or b_last + largest <= a_first:
                continue  # always apart by more than any travel
            travel = travel_between(build, a, b)
            a_before_b = model.new_bool_var(f"{name}_{a.frame.index}_before_{b.frame.index}")
            model.add(b.start >= a.end + travel).only_enforce_if([a_before_b, la, lb])
            model.add(a.start >= b.end + travel).only_enforce_if([~a_before_b, la, lb])
