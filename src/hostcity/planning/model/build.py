"""The shared state of a model under construction: the CP-SAT model, the timeline, the variables."""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning.timeline import MeetingFrame, Timeline


@dataclass
class MeetingVars:
    frame: MeetingFrame
    present: cp_model.IntVar
    start: cp_model.IntVar
    end: cp_model.LinearExpr
    interval: cp_model.IntervalVar
    room_literals: list[cp_model.IntVar]  # one per option in `options`
    venue: cp_model.IntVar | int
    interpreters: list[dict[int, cp_model.IntVar]] = field(
        default_factory=list
    )  # per need: interpreter -> literal
    day_literals: dict = field(default_factory=dict)  # date -> literal (or True when fixed)
    options: list = field(default_factory=list)  # the frame's options the model chooses among (rooms.py)


def value_expression(terms, breaks, travel, objective):
    """The value of contract 3.1 over a built model: weights of the scheduled requests less the
    weighed breaks and travel (`breaks`, `travel`: the model's expressions, or 0 when not built)."""
    expr = sum(weight * literal for weight, literal in terms)
    if objective.breaks and not isinstance(breaks, int):
        expr -= objective.breaks * breaks
    if objective.travel and not isinstance(travel, int):
        expr -= objective.travel * travel
    return expr


@dataclass
class Build:
    timeline: Timeline
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    meetings: list[MeetingVars | None] = field(default_factory=list)  # None: can never be scheduled
    objective_terms: list = field(default_factory=list)  # (coefficient, expression)
    breaks: cp_model.LinearExpr | int = 0
    travel_minutes: cp_model.LinearExpr | int = 0
    must_literals: dict[int, cp_model.IntVar] = field(default_factory=dict)  # meeting index -> assumption
    use_assumptions: bool = False
    value: cp_model.LinearExpr | int = 0  # the objective expression, once set
    travel_vars: dict = field(default_factory=dict)  # (meeting, meeting) -> travel minutes between them
    slot_vars: dict = field(default_factory=dict)  # meeting -> its start as a global slot number
    room_classes: dict[int, list[int]] = field(default_factory=dict)  # room -> the rooms alike (rooms.py)
    preferred: dict[int, int] = field(default_factory=dict)  # meeting -> room, when rooms are dealt

    def day_literal(self, mv: MeetingVars, day):
        """A literal true iff the meeting starts on `day` (a constant when its starts are all on one day)."""
        if day in mv.day_literals:
            return mv.day_literals[day]
        timeline, model = self.timeline, self.model
        starts_that_day = [t for t in mv.frame.possible if timeline.day(t) == day]
        days = {timeline.day(t) for t in mv.frame.possible}
        if len(days) == 1:
            literal = mv.present if starts_that_day else model.new_constant(0)
        else:
            literal = model.new_bool_var(f"m{mv.frame.index}_on_{day}")
            if starts_that_day:
                domain = cp_model.Domain.from_values(starts_that_day)
                model.add_linear_expression_in_domain(mv.start, domain).only_enforce_if(literal)
                # Only when it is held: a meeting left out is on no day, whatever its start.
                model.add_linear_expression_in_domain(
                    mv.start,
                    cp_model.Domain.from_values([t for t in mv.frame.possible if timeline.day(t) != day]),
                ).only_enforce_if([~literal, mv.present])
                model.add_implication(literal, mv.present)
            else:
                model.add(literal == 0)
        mv.day_literals[day] = literal
        return literal
