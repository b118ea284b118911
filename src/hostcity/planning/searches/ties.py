"""Ties (contract 3.3): among plans of equal value the engine prefers fewer breaks when `breaks`
weighs nothing, then less travel when `travel` weighs nothing. Once the value is settled, these
helpers set up a second model that keeps the value and lowers what the tie rule asks for, in order."""

from __future__ import annotations

import time
from collections import Counter

from ortools.sat.python import cp_model

from hostcity.planning.figures import fair, figures
from hostcity.planning.model.build import value_expression
from hostcity.planning.options import solver_for
from hostcity.planning.problem import Problem
from hostcity.planning.timeline import Timeline

FIGURE = {"breaks": "total_breaks", "travel": "total_travel_minutes"}  # the plan's figure for each


def wanted(problem: Problem, timeline) -> list[str]:
    """What the tie rule asks to lower for this problem, in order: "breaks", then "travel"."""
    objective = problem.objective
    requests = Counter(p for f in timeline.frames if f.possible for p in f.parties)
    several = any(n > 1 for n in requests.values())  # some party may have two meetings
    order = []
    if objective.breaks == 0 and several:
        order.append("breaks")
    if objective.travel == 0 and several and timeline.travel.largest:
        order.append("travel")
    return order


def counting(problem: Problem, order: list[str]) -> Problem:
    """The same problem with a weight of 1 on what is to be lowered, so that the model builds it.
    (The weight itself is not used: the second model's objective is set apart.)"""
    changes = {name: 1 for name in order}
    return problem.model_copy(update={"objective": problem.objective.model_copy(update=changes)})


def measure(built, name: str):
    """The model's expression for "breaks" or "travel" (0 when the model has none)."""
    return built.breaks if name == "breaks" else getattr(built, "travel_minutes", 0)


TIE_SHARE = 0.2  # of the time limit, at most, for the tie rule once the value is settled


def settle(problem, timeline, form, options, placed, started, say) -> dict:
    """Contract 3.3: keep the value, lower breaks (then travel) when the objective weighs them at 0.
    Runs in the time left (at most a share of the limit); with less than a second left it does not
    start, since the time limit is a promise. A plan that is not better is not taken."""
    order = wanted(problem, timeline)
    left = started + options.time_limit - time.monotonic()
    if not order or not placed:
        return placed
    if left < 1.0:
        say("no time left for the tie rule: the plan is kept as found")
        return placed
    counted = Timeline(counting(problem, order))
    value = figures(timeline, placed)["value"]
    deadline = time.monotonic() + min(options.time_limit * TIE_SHARE, left)
    settled: list[tuple[str, int]] = []
    for name in order:
        current = figures(timeline, placed)[FIGURE[name]]
        built = form.build(counted)
        target = measure(built, name)
        if current and not isinstance(target, int) and time.monotonic() < deadline:
            original = value_expression(
                built.objective_terms, built.breaks, measure(built, "travel"), problem.objective
            )
            built.model.add(original >= value)
            for done, most in settled:
                built.model.add(measure(built, done) <= most)
            built.model.minimize(target)
            form.hint(built, placed)
            solver = form.tune(solver_for(options, max(0.5, deadline - time.monotonic())))
            if solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                candidate = form.extract(built, solver)
                then = figures(timeline, candidate)
                lower = then[FIGURE[name]]
                if then["value"] >= value and lower < current and fair(timeline, candidate):
                    say(f"same value, {name}: {current} -> {lower}")
                    placed, current = candidate, lower
        settled.append((name, current))
    return placed
