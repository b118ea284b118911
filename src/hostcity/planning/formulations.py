"""The two formulations of a problem behind one protocol: build the CP-SAT model, hint a plan to it,
read a solution back as placements (meeting index -> (start, room, venue, interpreters)), mark what
keeps a previous plan's meetings where they were, and give the bound it proves without search. The
interval model (model/general.py) takes every problem; the slot model (model/slots.py) takes one
venue of one-slot meetings, as a matchmaking day, and is much smaller there."""

from __future__ import annotations

from typing import Protocol

from ortools.sat.python import cp_model

from hostcity.planning.model import general, rooms, slots
from hostcity.planning.model.build import value_expression
from hostcity.planning.timeline import Timeline


class Formulation(Protocol):
    name: str

    def fits(self, timeline: Timeline) -> bool: ...
    def build(self, timeline: Timeline, use_assumptions: bool = False): ...
    def hint(self, built, placement: dict) -> None: ...
    def extract(self, built, solver: cp_model.CpSolver) -> dict: ...
    def keep_terms(self, built, old: dict) -> list: ...
    def bound(self, timeline: Timeline, built) -> int | None: ...
    def tune(self, solver: cp_model.CpSolver) -> cp_model.CpSolver: ...


def capacity_bound(timeline: Timeline, tables: int) -> int:
    """A proven upper bound for the slot formulation: no more meetings than tables times slots, so at
    most the heaviest that many requests count (breaks only take away)."""
    weights = sorted((f.weight for f in timeline.frames if not f.must and f.possible), reverse=True)
    room = tables * len({t for f in timeline.frames for t in f.possible})
    held = [f for f in timeline.frames if f.must]  # always scheduled: pinned ones count their weight
    return sum(weights[: max(0, room - len(held))]) + sum(f.weight for f in held)


class Intervals:
    name = "intervals"

    def fits(self, timeline: Timeline) -> bool:
        return True

    def build(self, timeline: Timeline, use_assumptions: bool = False) -> general.Build:
        built = general.build_general(timeline, use_assumptions=use_assumptions)
        if timeline.value_ceiling is not None and not use_assumptions:
            built.model.add(built.value <= timeline.value_ceiling)  # redundant: CP-SAT stops at it
        return built

    def hint(self, built, placement: dict) -> None:
        general.hint(built, placement)

    def extract(self, built, solver: cp_model.CpSolver) -> dict:
        return general.placements(built, solver)

    def tune(self, solver: cp_model.CpSolver) -> cp_model.CpSolver:
        """A summit's interval model is large (travel and breaks expand to some 200,000 constraints):
        CP-SAT's default presolve, three rounds with probing, took 20-37 s of a 60 s run before the
        search began; one round without probing takes 10 s and leaves a model as good to search
        (bench/summit_compare.py: optimal in 22 s where the default took 51 s)."""
        solver.parameters.cp_model_probing_level = 0
        solver.parameters.max_presolve_iterations = 1
        return solver

    def keep_terms(self, built, old: dict) -> list:
        """Literals true when a meeting keeps its previous start and room (re-planning)."""
        model, keep = built.model, []
        for mv in built.meetings:
            if mv is None or mv.frame.index not in old:
                continue
            start, room = old[mv.frame.index][0], old[mv.frame.index][1]
            if start not in mv.frame.possible:
                continue
            literal = model.new_bool_var(f"keep_{mv.frame.index}")
            model.add(mv.start == start).only_enforce_if(literal)
            built.preferred[mv.frame.index] = room  # kept: dealt back to the same room of its class
            options = zip(mv.options, mv.room_literals, strict=True)
            room_literal = next((lit for o, lit in options if o.room == rooms.stands_for(built, room)), None)
            if room_literal is None:
                model.add(literal == 0)
            else:
                model.add_implication(literal, room_literal)
            keep.append(literal)
        return keep

    def bound(self, timeline: Timeline, built) -> int | None:
        return timeline.value_ceiling


class Slots:
    name = "slots"

    def fits(self, timeline: Timeline) -> bool:
        return slots.fits(timeline)

    def build(self, timeline: Timeline, use_assumptions: bool = False) -> slots.SlotModel:
        sm = slots.build_slots(timeline, use_assumptions=use_assumptions)
        sm.value = value_expression(sm.objective_terms, sm.breaks, 0, timeline.problem.objective)
        sm.model.maximize(sm.value)
        sm.model.add(sm.value <= capacity_bound(timeline, sm.tables))  # redundant: tightens the bound
        return sm

    def hint(self, built, placement: dict) -> None:
        for (i, t), literal in built.x.items():
            built.model.add_hint(literal, i in placement and placement[i][0] == t)

    def extract(self, built, solver: cp_model.CpSolver) -> dict:
        return slots.placements(built, solver.boolean_value)

    def tune(self, solver: cp_model.CpSolver) -> cp_model.CpSolver:
        return solver  # small models: CP-SAT's defaults

    def keep_terms(self, built, old: dict) -> list:
        return [built.x[(i, start)] for i, (start, *_rest) in old.items() if (i, start) in built.x]

    def bound(self, timeline: Timeline, built) -> int | None:
        return capacity_bound(timeline, built.tables)


FORMULATIONS: dict[str, Formulation] = {"intervals": Intervals(), "slots": Slots()}


def chosen(name: str, timeline: Timeline) -> Formulation:
    """The formulation asked for; with "auto", the slot model where it fits, else the interval model."""
    if name == "auto":
        return FORMULATIONS["slots"] if slots.fits(timeline) else FORMULATIONS["intervals"]
    return FORMULATIONS[name]
