"""Two runs of one event side by side: their figures, and each meeting that differs — held in one and
not the other, or at another time or in another room."""

from __future__ import annotations

from dataclasses import dataclass

from hostcity.events.planning_problem import meeting_titles


@dataclass(frozen=True)
class Difference:
    meeting: str
    title: str
    first: str  # "start room" or "" when not held
    second: str


def _spots(run) -> dict[str, str]:
    return {
        a["meeting"]: f"{a['start'].replace('T', ' ')} {a['room']}"
        for a in (run.plan or {}).get("assignments", [])
    }


def differences(first, second) -> list[Difference]:
    titles = {**meeting_titles(first.problem), **meeting_titles(second.problem)}
    a, b = _spots(first), _spots(second)
    return [
        Difference(meeting, titles.get(meeting, meeting), a.get(meeting, ""), b.get(meeting, ""))
        for meeting in sorted(set(a) | set(b))
        if a.get(meeting) != b.get(meeting)
    ]
