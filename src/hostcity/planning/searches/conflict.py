"""The smallest conflict among the musts: CP-SAT's assumptions give a set that cannot all be met,
deletion shrinks it while the time lasts."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from hostcity.planning import explain, formulations
from hostcity.planning.options import Options, solver_for
from hostcity.planning.timeline import Timeline


def smallest_conflict(
    timeline: Timeline, form: formulations.Formulation | str, options: Options, deadline: float | None = None
) -> list[dict]:
    """A minimal set of musts that cannot all be met, each with a reason (assumptions, then deletion),
    within the deadline: when the time runs out before every must was tried, the set found so far is
    returned and each reason says it may not be the smallest."""
    deadline = deadline if deadline is not None else time.monotonic() + options.time_limit
    if isinstance(form, str):
        form = formulations.FORMULATIONS[form]
    built = form.build(timeline, use_assumptions=True)
    built.model.clear_objective()  # only the musts matter here
    musts = dict(built.must_literals)
    solver = solver_for(options, max(0.5, min(30.0, deadline - time.monotonic())))
    built.model.add_assumptions(list(musts.values()))
    status = solver.solve(built.model)
    literal_index = {lit.index: i for i, lit in musts.items()}
    core = list(musts)
    if status == cp_model.INFEASIBLE:
        named = solver.sufficient_assumptions_for_infeasibility()
        if any(x not in literal_index for x in named):
            # CP-SAT's presolve may name a variable it merged an assumption into, not the assumption
            # (google/or-tools#5141): ask again without presolve, whose core is in the model's terms.
            solver.parameters.cp_model_presolve = False
            if solver.solve(built.model) == cp_model.INFEASIBLE:
                named = solver.sufficient_assumptions_for_infeasibility()
        found = [literal_index[x] for x in named if x in literal_index]
        if found:
            core = found  # else deletion below starts from every must
    # Deletion: drop each must that is not needed for the conflict, while there is time.
    minimal = True
    for k, i in enumerate(list(core)):
        remaining = deadline - time.monotonic()
        if remaining < 0.2:
            minimal = False
            break
        trial = [j for j in core if j != i]
        built.model.clear_assumptions()
        built.model.add_assumptions([musts[j] for j in trial])
        check = solver_for(options, max(0.1, min(10.0, remaining / max(1, len(core) - k))))
        verdict = check.solve(built.model)
        if verdict == cp_model.INFEASIBLE:
            core = trial
        elif verdict == cp_model.UNKNOWN:
            minimal = False  # kept without proof that it is needed
    frames = [timeline.frames[i] for i in core]
    note = "" if minimal else " (the time ran out before this set was shrunk to the smallest)"
    return [
        {
            "meeting": f.meeting.id,
            "reason": explain.must_reason(timeline, f, [o for o in frames if o is not f]) + note,
        }
        for f in frames
    ]
