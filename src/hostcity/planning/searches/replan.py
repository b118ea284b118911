"""Re-planning: a previous plan's placements read back, and the pass that keeps the value while moving
as few of its meetings as possible."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from hostcity.planning.options import solver_for
from hostcity.planning.problem import parse_time
from hostcity.planning.timeline import Timeline


def previous_placements(timeline: Timeline, previous: dict) -> dict:
    """The previous plan's placements, as (start, room, venue, interpreters) by meeting index."""
    out = {}
    interpreters = {x.id: k for k, x in enumerate(timeline.problem.interpreters)}
    for a in previous.get("assignments", []):
        i = timeline.meeting_index.get(a.get("meeting"))
        r = timeline.room_index.get(a.get("room"))
        if i is None or r is None:
            continue
        start = timeline.minute(parse_time(a["start"]))
        out[i] = (
            start,
            r,
            timeline.rooms[r][0],
            [interpreters[x] for x in a.get("interpreters", []) if x in interpreters],
        )
    return out


def keep_old(timeline, form, options, placed, word, best_value, old, started, say):
    """Second pass: keep the value, move as few of the previous plan's meetings as possible."""
    remaining = max(1.0, options.time_limit - (time.monotonic() - started))
    built = form.build(timeline)
    keep = form.keep_terms(built, old)
    model = built.model
    model.add(built.value >= round(best_value))
    model.maximize(sum(keep))
    form.hint(built, placed)
    solver = form.tune(solver_for(options, remaining))
    status = solver.solve(built.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        placed = form.extract(built, solver)
    say("re-planned: the value kept, as many meetings as possible left where they were")
    return placed, word
