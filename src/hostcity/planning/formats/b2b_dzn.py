"""The B2B meeting-scheduling instances of the JAIR 2022 benchmark (MiniZinc .dzn data) as hostcity/1.

One venue whose rooms are the tables; every meeting lasts one slot and is a must; the objective is
the total of breaks with a fairness bound: `objective: {breaks: 1, max_break_spread: d}`. Slots are
numbered straight across the lunch gap, as contract 3.4 does, so break counts are the paper's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

SLOT_MINUTES = 30
DAY = datetime(2030, 6, 3, 9, 0)
LUNCH = timedelta(minutes=60)


def _value(text: str):
    text = text.strip()
    if text.startswith("[|"):
        body = text[2:].rstrip("]").rstrip().rstrip("|")
        return [[int(x) for x in row.split(",") if x.strip()] for row in body.split("|") if row.strip(" ,\n")]
    if text.startswith("["):
        inner = text[1:-1].strip()
        if inner.startswith("{") or not inner:
            return [_set(s) for s in re.findall(r"\{[^}]*\}", inner)]
        return [int(x) for x in inner.split(",") if x.strip()]
    return int(text)


def _set(text: str) -> set[int]:
    items: set[int] = set()
    for part in text.strip("{} \n").split(","):
        part = part.strip()
        if not part:
            continue
        if ".." in part:
            a, b = part.split("..")
            items.update(range(int(a), int(b) + 1))
        else:
            items.add(int(part))
    return items


def read_dzn(text: str) -> dict:
    text = re.sub(r"%[^\n]*", "", text)
    data = {}
    for statement in text.split(";"):
        if "=" not in statement:
            continue
        name, value = statement.split("=", 1)
        data[name.strip()] = _value(value)
    return data


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def to_problem(data: dict, *, name: str, fairness: int = 2) -> dict:
    total, morning = data["nTotalSlots"], data["nMorningSlots"]
    step = timedelta(minutes=SLOT_MINUTES)
    afternoon_start = DAY + morning * step + LUNCH

    def slot_start(slot: int) -> datetime:  # slots are 1-based
        return DAY + (slot - 1) * step if slot <= morning else afternoon_start + (slot - morning - 1) * step

    sessions = [{"id": "morning", "start": _stamp(DAY), "end": _stamp(DAY + morning * step)}]
    if total > morning:
        sessions.append(
            {
                "id": "afternoon",
                "start": _stamp(afternoon_start),
                "end": _stamp(afternoon_start + (total - morning) * step),
            }
        )
    parties = []
    for b in range(1, data["nBusiness"] + 1):
        party: dict[str, Any] = {"id": f"b{b}", "kind": "company"}
        forbidden = data.get("forbidden", [set()] * data["nBusiness"])[b - 1] - {0}
        if forbidden:
            periods: list[list[datetime]] = []
            for slot in range(1, total + 1):
                if slot in forbidden:
                    continue
                start, end = slot_start(slot), slot_start(slot) + step
                if periods and periods[-1][1] == start:
                    periods[-1][1] = end
                else:
                    periods.append([start, end])
            party["available"] = [[_stamp(a), _stamp(b_)] for a, b_ in periods]
        parties.append(party)
    windows = {1: [sessions[0]], 2: sessions[1:], 3: None}
    fixed = data.get("fixed", [0] * data["nMeetings"])
    precedences = data.get("precedences", [set()] * data["nMeetings"])
    meetings = []
    for m, (a, b, session) in enumerate(data["requested"], start=1):
        meeting: dict[str, Any] = {
            "id": f"m{m}",
            "parties": [f"b{a}", f"b{b}"],
            "minutes": SLOT_MINUTES,
            "priority": "must",
        }
        allowed = windows.get(session)
        if allowed:
            meeting["windows"] = [[s["start"], s["end"]] for s in allowed]
        if fixed[m - 1]:
            meeting["pinned"] = {"start": _stamp(slot_start(fixed[m - 1]))}
        if precedences[m - 1] - {0}:
            meeting["after"] = [f"m{x}" for x in sorted(precedences[m - 1] - {0})]
        meetings.append(meeting)
    return {
        "format": "hostcity/1",
        "name": name,
        "timezone": "Europe/Madrid",
        "slot_minutes": SLOT_MINUTES,
        "sessions": sessions,
        "venues": [
            {"id": "hall", "rooms": [{"id": f"t{k}", "kind": "table"} for k in range(1, data["nTables"] + 1)]}
        ],
        "parties": parties,
        "meetings": meetings,
        "objective": {"breaks": 1, "max_break_spread": fairness},
    }
