"""A readable account of a plan: per party agenda, per room timetable, unscheduled with reasons."""

from __future__ import annotations

from collections import defaultdict

from hostcity.planning.problem import Problem


def render(problem: Problem, plan: dict) -> str:
    meetings = {m.id: m for m in problem.meetings}
    names = {p.id: p.name or p.id for p in problem.parties}
    lines = [f"{plan['problem']}: {plan['status']}"]
    objective = plan.get("objective", {})
    if objective:
        lines.append(
            (
                "value {value}  bound {bound}  scheduled weight {w}  musts {ms}/{mt}  "
                "breaks {b}  travel {t} min"
            ).format(
                value=objective.get("value", "-"),
                bound=objective.get("bound", "-"),
                w=objective.get("scheduled_weight", "-"),
                ms=objective.get("must_scheduled", "-"),
                mt=objective.get("must_total", "-"),
                b=objective.get("total_breaks", "-"),
                t=objective.get("total_travel_minutes", "-"),
            )
        )
    agenda = defaultdict(list)
    timetable = defaultdict(list)
    for a in plan.get("assignments", []):
        m = meetings[a["meeting"]]
        line = f"{a['start'].replace('T', ' ')}-{a['end'][11:]}  {a['room']} ({a['venue']})"
        others = ", ".join(names[p] for p in m.parties)
        for p in m.parties:
            agenda[p].append(
                f"{line}  {m.title or m.id}: {others}"
                + (f"  [{', '.join(a['interpreters'])}]" if a["interpreters"] else "")
            )
        timetable[a["room"]].append(
            f"{a['start'].replace('T', ' ')}-{a['end'][11:]}  {m.title or m.id}: {others}"
        )
    if agenda:
        lines += ["", "Agenda by party"]
        for party in problem.parties:
            if agenda[party.id]:
                lines.append(f"  {names[party.id]}")
                lines += [f"    {item}" for item in sorted(agenda[party.id])]
        lines += ["", "Timetable by room"]
        for room in sorted(timetable):
            lines.append(f"  {room}")
            lines += [f"    {item}" for item in sorted(timetable[room])]
    if plan.get("unscheduled"):
        lines += ["", "Unscheduled" if plan["status"] != "infeasible" else "Musts that cannot all be met"]
        lines += [f"  {u['meeting']}: {u['reason']}" for u in plan["unscheduled"]]
    return "\n".join(lines) + "\n"
