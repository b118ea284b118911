"""Ties (contract 3.3): among plans of equal value the engine prefers fewer breaks when `breaks`
weighs nothing, then less travel when `travel` weighs nothing. Once the value is settled, these
helpers set up a second model that keeps the value and lowers what the tie rule asks for, in order."""

from __future__ import annotations

from collections import Counter

from hostcity.planning.problem import Problem

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
