"""The plan the engine writes (hostcity-plan/1, spec 4), as typed models: what the command prints, the
Django side stores and edits, and the validator reads. Times are TIME_FORMAT (problem.py) in the
problem's own time zone; rooms and venues by their ids in the problem."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hostcity.planning.figures import figures
from hostcity.planning.problem import TIME_FORMAT

FORMAT = "hostcity-plan/1"
Status = Literal["optimal", "feasible", "infeasible", "unknown"]


def stamp(moment: datetime) -> str:
    """A moment as plans and problems write it."""
    return moment.strftime(TIME_FORMAT)


class _Part(BaseModel):
    # Plans of other tools may carry more keys: kept as they are.
    model_config = ConfigDict(extra="allow")


class Assignment(_Part):
    meeting: str
    start: str
    end: str
    venue: str
    room: str
    interpreters: list[str] = Field(default_factory=list)


class Unscheduled(_Part):
    meeting: str
    reason: str = ""


class PlanObjective(_Part):
    """The engine's figures (3.1-3.4) and its proven bound; empty for a plan with no solution."""

    value: int | None = None
    scheduled_weight: int | None = None
    must_scheduled: int | None = None
    must_total: int | None = None
    total_breaks: int | None = None
    total_travel_minutes: int | None = None
    bound: int | None = None


class Plan(_Part):
    format: Literal["hostcity-plan/1"] = "hostcity-plan/1"
    problem: str
    status: Status
    objective: PlanObjective = Field(default_factory=PlanObjective)
    solve_seconds: float = 0.0
    assignments: list[Assignment] = Field(default_factory=list)
    unscheduled: list[Unscheduled] = Field(default_factory=list)

    def document(self) -> dict:
        """The plan as JSON takes it: figures that are not known are left out."""
        out = self.model_dump(exclude_none=True)
        out["objective"] = self.objective.model_dump(exclude_none=True)
        return out

    def assignment(self, meeting: str) -> Assignment | None:
        return next((a for a in self.assignments if a.meeting == meeting), None)

    def moved(self, meeting: str, start: datetime, minutes: int, venue: str, room: str) -> Plan:
        """This plan with `meeting` held at `start` in `room` (its interpreters kept), placed if it was
        not: a hand-made plan, so its status is feasible and its figures are the validator's to give."""
        plan = self.model_copy(deep=True)
        held = plan.assignment(meeting)
        where = {"start": stamp(start), "venue": venue, "room": room}
        where["end"] = stamp(start + timedelta(minutes=minutes))
        if held is None:
            plan.assignments.append(Assignment(meeting=meeting, **where))
            plan.unscheduled = [u for u in plan.unscheduled if u.meeting != meeting]
        else:
            for key, value in where.items():
                setattr(held, key, value)
        plan.status = "feasible"
        plan.objective = PlanObjective()
        return plan


def plan_of(timeline, placed: dict, status: Status, bound: int | None, seconds: float, unscheduled) -> Plan:
    """The plan of placements (meeting index -> (start, room, venue, interpreters)) on a timeline."""
    problem = timeline.problem
    assignments = []
    for i in sorted(placed, key=lambda k: (placed[k][0], k)):
        start, room, venue, chosen = placed[i]
        frame = timeline.frames[i]
        assignments.append(
            Assignment(
                meeting=frame.meeting.id,
                start=stamp(timeline.moment(start)),
                end=stamp(timeline.moment(start + frame.duration)),
                venue=timeline.venue_ids[venue],
                room=timeline.rooms[room][1].id,
                interpreters=[problem.interpreters[x].id for x in chosen],
            )
        )
    solved = status in ("optimal", "feasible")
    objective = PlanObjective(**figures(timeline, placed)) if solved else PlanObjective()
    objective.bound = bound
    return Plan(
        problem=problem.name,
        status=status,
        objective=objective,
        solve_seconds=round(seconds, 2),
        assignments=assignments,
        unscheduled=[Unscheduled(**u) if isinstance(u, dict) else u for u in unscheduled],
    )


def plan_document(timeline, placed: dict, status: Status, bound, seconds: float, unscheduled) -> dict:
    """`plan_of`, as the JSON document."""
    return plan_of(timeline, placed, status, bound, seconds, unscheduled).document()
