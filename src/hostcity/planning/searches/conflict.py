"""The smallest conflict among the musts: a set of them that cannot all be met, shrunk while the time
lasts.

CP-SAT's assumptions give a first set cheaply when they answer (one solve, a short limit: the model
with assumptions lacks the fixed meeting counts that make the plain model strong, and on some problems
it cannot even prove what the plain model proves in a second). Then deletion by halves: a part of the
set is dropped when the rest alone is proven impossible — each check a feasibility solve of the plain
model on those musts only (the others not held, what they come after kept as requests). Every set
kept is proven, so the answer is a conflict even when the time runs out; it is the smallest (no must
can be dropped) when each must was tried alone and found needed."""

from __future__ import annotations

import copy
import dataclasses
import time

from ortools.sat.python import cp_model

from hostcity.planning import explain, formulations
from hostcity.planning.options import Options, solver_for
from hostcity.planning.searches.feasibility import feasibility_solve, musts_and_before
from hostcity.planning.timeline import Timeline

ASSUMPTION_SECONDS, ASSUMPTION_SHARE = 3.0, 0.25  # for the first set, of the time left, at most
CHECK_SECONDS = 5.0  # per deletion check, at most


def smallest_conflict(
    timeline: Timeline, form: formulations.Formulation | str, options: Options, deadline: float | None = None
) -> list[dict]:
    """A conflict among the musts, each with a reason, within the deadline: the smallest found by
    then, and when it may not be the smallest each reason says so."""
    deadline = deadline if deadline is not None else time.monotonic() + options.time_limit
    if isinstance(form, str):
        form = formulations.FORMULATIONS[form]
    core = _assumed_core(timeline, form, options, deadline)
    core, minimal = _shrunk(timeline, form, options, core, deadline)
    frames = [timeline.frames[i] for i in core]
    out = []
    for f in frames:
        why = explain.must_reason(timeline, f, [o for o in frames if o is not f])
        if not minimal:
            why = why.noted("not_smallest", " (the time ran out before this set was shrunk to the smallest)")
        out.append({"meeting": f.meeting.id, "reason": why.text, "why": why.entry()})
    return out


def only_these(timeline: Timeline, musts: set[int]) -> Timeline:
    """The timeline in which `musts` are the only musts: the meetings they come after stay as requests
    (an `after` needs its predecessor held), every other meeting is never held."""
    kept = musts_and_before(timeline, musts)
    sub = copy.copy(timeline)
    sub.value_ceiling = None  # a bound of the whole problem, not of a part
    frames = []
    for frame in timeline.frames:
        if frame.index in musts:
            frames.append(frame)
        elif frame.index in kept:
            frames.append(dataclasses.replace(frame, must=False))
        else:
            frames.append(dataclasses.replace(frame, must=False, options=[]))
    sub.frames = frames
    return sub


def _assumed_core(timeline, form, options, deadline) -> list[int]:
    """The musts CP-SAT names under assumptions, or every must when it names none in its time."""
    built = form.build(timeline, use_assumptions=True)
    built.model.clear_objective()  # only the musts matter here
    musts = dict(built.must_literals)
    seconds = min(ASSUMPTION_SECONDS, ASSUMPTION_SHARE * (deadline - time.monotonic()))
    solver = solver_for(options, max(0.2, seconds))
    built.model.add_assumptions(list(musts.values()))
    literal_index = {lit.index: i for i, lit in musts.items()}
    if solver.solve(built.model) == cp_model.INFEASIBLE:
        named = solver.sufficient_assumptions_for_infeasibility()
        if any(x not in literal_index for x in named):
            # CP-SAT's presolve may name a variable it merged an assumption into, not the assumption
            # (google/or-tools#5141): ask again without presolve, whose core is in the model's terms.
            solver.parameters.cp_model_presolve = False
            if solver.solve(built.model) == cp_model.INFEASIBLE:
                named = solver.sufficient_assumptions_for_infeasibility()
        found = sorted(literal_index[x] for x in named if x in literal_index)
        if found:
            return found
    return sorted(musts)


def _shrunk(timeline, form, options, core: list[int], deadline) -> tuple[list[int], bool]:
    """Deletion by halves: try dropping a part; when the rest is still proven impossible it goes,
    else the part is split and its halves are tried. Returns the set and whether it is the smallest."""
    minimal = True
    half = len(core) // 2
    pending = [core[half:], core[:half]] if half else [core]  # parts to try dropping, last first
    while pending:
        part = [i for i in pending.pop() if i in core]
        if not part:
            continue
        remaining = deadline - time.monotonic()
        if remaining < 0.2:
            minimal = False
            break
        dropped = set(part)
        rest = [j for j in core if j not in dropped]
        verdict = cp_model.FEASIBLE  # nothing at all can always be met
        if rest:
            seconds = max(0.1, min(CHECK_SECONDS, remaining / (len(pending) + 1)))
            built = form.build(only_these(timeline, set(rest)))
            verdict, _ = feasibility_solve(built, seconds, options.workers)
        if verdict == cp_model.INFEASIBLE:
            core = rest
        elif len(part) > 1:
            pending.extend([part[len(part) // 2 :], part[: len(part) // 2]])
        elif verdict == cp_model.UNKNOWN:
            minimal = False  # kept without proof that it is needed
    return core, minimal
