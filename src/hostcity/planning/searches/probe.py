"""Closing the gap between the best plan and the bound by bisection on the value."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from hostcity.planning.figures import figures
from hostcity.planning.options import solver_for


def probe(timeline, form, options, placed, best, bound, started, say):
    """Close the gap between the best value and the bound by bisection: is there a plan worth at least
    `target`? A yes raises the best (a new plan), a proof of no lowers the bound. Each answer is exact,
    so when they meet the plan is optimal."""
    deadline = started + options.time_limit
    ceiling = bound  # the highest target still worth asking about (a proof, or a guess after no answer)
    optimistic = True  # ask for the bound itself first: optima often sit on it, and a yes ends the search
    while best < ceiling:
        remaining = deadline - time.monotonic()
        if remaining < 1.0:
            break
        target = ceiling if optimistic else (best + ceiling + 1) // 2
        slice_ = remaining / 3 if optimistic else (remaining / 2 if ceiling - best > 1 else remaining)
        optimistic = False
        built = form.build(timeline)
        built.model.add(built.value >= target)  # still maximising: it searches better than bare feasibility
        form.hint(built, placed)
        solver = form.tune(solver_for(options, max(1.0, slice_)))
        status = solver.solve(built.model)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            placed = form.extract(built, solver)
            best = figures(timeline, placed)["value"]
            if status == cp_model.OPTIMAL:
                bound = ceiling = best
            say(f"probe {target}: found {best}  bound {bound}  {time.monotonic() - started:.1f}s")
        elif status == cp_model.INFEASIBLE:
            bound = min(bound, target - 1)
            ceiling = min(ceiling, bound)
            say(f"probe {target}: none  best {best}  bound {bound}  {time.monotonic() - started:.1f}s")
        elif target == ceiling and ceiling == bound:
            say(f"probe {target}: no answer in time")  # the optimistic probe: now bisect below it
        else:
            ceiling = target - 1  # no answer: ask for less next time
            say(f"probe {target}: no answer in time")
    remaining = deadline - time.monotonic()
    if best < bound and remaining >= 1.0:
        # The guesses met the best without a proof: the time left goes to improving the best plan.
        built = form.build(timeline)
        form.hint(built, placed)
        solver = form.tune(solver_for(options, remaining))
        if solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            candidate = form.extract(built, solver)
            if figures(timeline, candidate)["value"] > best:
                placed = candidate
                best = figures(timeline, placed)["value"]
            bound = min(bound, round(solver.best_objective_bound))
            say(f"improved: best {best}  bound {bound}  {time.monotonic() - started:.1f}s")
    return placed, best, bound
