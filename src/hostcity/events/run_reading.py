"""What a person reads of a planning run: a summary in plain words, the timeline with the rooms' and
closures' real names, and every unscheduled request and moved meeting with its reason written out in
the page's language (shared/runs/reasons.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from hostcity.events import timelines
from hostcity.events.models import PlanRun
from hostcity.events.planning_problem import room_id, room_pk
from hostcity.shared.runs.plan_faults import describe_fault
from hostcity.shared.runs.reasons import Names, describe
from hostcity.venues.models import Closure, Room


@dataclass
class Reasoned:
    meeting: str  # its id in the problem
    title: str
    reason: str
    kind: str = ""  # the reason's code: a page may colour or group by it


def summary(run: PlanRun) -> str:
    """One sentence on what the run found, without the solver's words."""
    plan = run.plan or {}
    status = plan.get("status")
    total = len((run.problem or {}).get("meetings", []))
    held = len(plan.get("assignments", []))
    musts = sum(1 for m in (run.problem or {}).get("meetings", []) if m.get("priority") == "must")
    held_line = _("%(held)s of %(total)s requests scheduled.") % {"held": held, "total": total}
    if musts:
        held_line += " " + _("Every one of the %(n)s required meetings is held.") % {"n": musts}
    return {
        "optimal": held_line + " " + _("No better plan exists: the engine proved it."),
        "feasible": held_line
        + " "
        + _("A good plan, not proven the best: a longer run may find a better one."),
        "infeasible": _("The required meetings cannot all be held: the conflict is listed below."),
        "unknown": _("No plan was found in the time given: try a longer time limit."),
    }.get(status, "")


def _room_names(problem: dict) -> dict[str, tuple[str, str]]:
    pks = [pk for v in problem.get("venues", []) for r in v.get("rooms", []) if (pk := room_pk(r["id"]))]
    return {room_id(r): (r.name_en, r.name_zh) for r in Room.objects.filter(pk__in=pks)}


def faults(run: PlanRun, found: list[str]) -> list[str]:
    """The validator's faults of a moved plan, in the page's language with names."""
    names = Names.of(run.problem or {})
    closures = {c for fault in found for c in re.findall(rf"{timelines.CLOSURE_PREFIX}\d+-\d+", fault)}
    names.meetings.update(_closure_reasons({"fixed": [{"id": c} for c in closures]}))  # closed since the run
    return [describe_fault(fault, names, run.problem or {}) for fault in found]


def meeting_choices(run: PlanRun) -> list[tuple[str, str]]:
    """(id, title in the page's language) of the run's meetings, by title."""
    titles = Names.of(run.problem or {}).meetings
    return sorted(titles.items(), key=lambda kv: kv[1])


def room_places(run: PlanRun) -> dict[str, str]:
    """Room id -> "Venue · Room", in the page's language."""
    labels = timelines.room_labels(run.problem or {}, _room_names(run.problem or {}))
    return {key: f"{venue} · {room}" for key, (room, venue) in labels.items()}


def room_choices(run: PlanRun) -> list[tuple[str, str]]:
    """(room's primary key, "Venue · Room") for each room of the problem that is one of ours."""
    return [(str(pk), place) for key, place in room_places(run).items() if (pk := room_pk(key)) is not None]


def _closure_reasons(problem: dict) -> dict[str, str]:
    ids = {}
    for fixed in problem.get("fixed", []):
        parts = fixed["id"].split("-")
        if fixed["id"].startswith(timelines.CLOSURE_PREFIX) and len(parts) >= 2 and parts[1].isdigit():
            ids[fixed["id"]] = int(parts[1])
    closures = Closure.objects.in_bulk(set(ids.values()))
    return {
        fixed: _("Closed: %(reason)s") % {"reason": closures[pk].get_reason_display()}
        for fixed, pk in ids.items()
        if pk in closures
    }


def days(run: PlanRun, by: str, only_day: str = "") -> list[timelines.Day]:
    if not run.plan:
        return []
    return timelines.layout(
        run.problem,
        run.plan,
        by,
        room_names=_room_names(run.problem),
        closure_reasons=_closure_reasons(run.problem),
        only_day=only_day,
    )


def plan_days(run: PlanRun) -> list[str]:
    """The days the run's sessions cover, for zooming to one."""
    return sorted({s["start"][:10] for s in (run.problem or {}).get("sessions", [])})


def unscheduled(run: PlanRun) -> list[Reasoned]:
    names = Names.of(run.problem or {})
    return [
        Reasoned(
            u["meeting"],
            names.meetings.get(u["meeting"], u["meeting"]),
            describe(u.get("why"), u.get("reason", ""), names),
            (u.get("why") or {}).get("code", ""),
        )
        for u in (run.plan or {}).get("unscheduled", [])
    ]


def grouped(reasoned: list[Reasoned]) -> list[tuple[str, list[Reasoned]]]:
    """The requests that share one reason, together: (reason, requests), the largest group first."""
    groups: dict[str, list[Reasoned]] = {}
    for r in reasoned:
        groups.setdefault(r.reason, []).append(r)
    return sorted(groups.items(), key=lambda g: (-len(g[1]), g[1][0].title))


def moved(run: PlanRun) -> list[Reasoned]:
    names = Names.of(run.problem or {})
    out = []
    for meeting, why in sorted((run.moved or {}).items()):
        # a run of an earlier version holds the engine's words
        text = describe(why, why.get("text", ""), names) if isinstance(why, dict) else str(why or "")
        out.append(Reasoned(meeting, names.meetings.get(meeting, meeting), text))
    return out
