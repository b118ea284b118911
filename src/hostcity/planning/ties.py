"""Ties (contract 3.3): among plans of equal value the engine prefers fewer breaks when `breaks`
weighs nothing, then less travel when `travel` weighs nothing. Once the value is settled, these
helpers set up a second model that keeps the value and lowers what the tie rule asks for, in order."""

from __future__ import annotations

from hostcity.planning.problem import Problem


def wanted(problem: Problem, timeline) -> list[str]:
    """What the tie rule asks to lower for this problem, in order: "breaks", then "travel"."""
    objective = problem.objective
    several = any(len(parties) > 1 for parties in _meetings_per_party(timeline).values())
    order = []
    if objective.breaks == 0 and several:
        order.append("breaks")
    if objective.travel == 0 and several and timeline.travel.largest:
        order.append("travel")
    return order


def _meetings_per_party(timeline) -> dict[int, list[int]]:
    per_party: dict[int, list[int]] = {}
    for f in timeline.frames:
        if f.possible:
            for p in f.parties:
                per_party.setdefault(p, []).append(f.index)
    return per_party


def counting(problem: Problem, order: list[str]) -> Problem:
    """The same problem with a weight of 1 on what is to be lowered, so that the model builds it.
    (The weight itself is not used: the second model's objective is set apart.)"""
    changes = {name: 1 for name in order}
    return problem.model_copy(update={"objective": problem.objective.model_copy(update=changes)})


def value_of(built, objective) -> object:
    """The original value expression (3.1) over a model built for `counting`."""
    expr = sum(weight * literal for weight, literal in built.objective_terms)
    if objective.breaks and not isinstance(built.breaks, int):
        expr -= objective.breaks * built.breaks
    travel = getattr(built, "travel_minutes", 0)
    if objective.travel and not isinstance(travel, int):
        expr -= objective.travel * travel
    return expr


def measure(built, name: str):
    return built.breaks if name == "breaks" else getattr(built, "travel_minutes", 0)
