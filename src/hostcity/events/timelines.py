"""A plan laid out for reading: per day, one row per room (or per party, or per interpreter) with the
plan's meetings and the fixed items as blocks placed by their share of the day's open hours."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from hostcity.events.planning_problem import meeting_titles
from hostcity.shared.plan_times import FMT


@dataclass
class Block:
    label: str
    start: str
    end: str
    left: float  # percent of the day's span
    width: float
    kind: str  # meeting | fixed
    meeting: str = ""


@dataclass
class Row:
    label: str
    key: str = ""  # the room, party or interpreter id
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Day:
    day: str
    first: str
    last: str
    rows: list[Row]


def _minutes(text: str) -> int:
    moment = datetime.strptime(text, FMT)
    return moment.hour * 60 + moment.minute


def layout(problem: dict, plan: dict, by: str = "room") -> list[Day]:
    """Days of rows. `by`: room, party or interpreter."""
    titles = meeting_titles(problem)
    parties_of = {m["id"]: m["parties"] for m in problem["meetings"]}
    names = {
        p["id"]: f"{p.get('name') or p['id']} {p.get('name_zh') or ''}".strip() for p in problem["parties"]
    }
    rooms = {
        r["id"]: f"{v.get('name') or v['id']} · {r['id']}" for v in problem["venues"] for r in v["rooms"]
    }
    items: list[tuple[str, str, str, str, list[str], str]] = []  # key(s), label, start, end, kind
    for a in plan.get("assignments", []):
        keys = {
            "room": [a["room"]],
            "party": parties_of[a["meeting"]],
            "interpreter": a.get("interpreters", []),
        }[by]
        items += [(k, titles[a["meeting"]], a["start"], a["end"], "meeting", a["meeting"]) for k in keys]
    for f in problem.get("fixed", []):
        keys = {
            "room": [f.get("room")] if f.get("room") else [],
            "party": f.get("parties", []),
            "interpreter": [],
        }[by]
        items += [(k, f.get("title") or f["id"], f["start"], f["end"], "fixed", "") for k in keys]
    spans: dict[str, list[int]] = {}
    for s in problem["sessions"]:
        day = s["start"][:10]
        first, last = _minutes(s["start"]), _minutes(s["end"]) if s["end"][:10] == day else 24 * 60
        span = spans.setdefault(day, [first, last])
        span[0], span[1] = min(span[0], first), max(span[1], last)
    by_day: dict[str, dict[str, Row]] = defaultdict(dict)
    label_of = {"room": rooms, "party": names, "interpreter": {}}[by]
    for key, label, start, end, kind, meeting in sorted(items, key=lambda i: i[2]):
        day = start[:10]
        if day not in spans:
            continue
        first, last = spans[day]
        total = max(1, last - first)
        left = max(0.0, (_minutes(start) - first) / total * 100)
        width = max(0.5, min(100 - left, (_minutes(end) - _minutes(start)) / total * 100))
        row = by_day[day].setdefault(key, Row(label_of.get(key, key), key))
        row.blocks.append(Block(label, start[11:], end[11:], round(left, 2), round(width, 2), kind, meeting))
    return [
        Day(day, _clock(spans[day][0]), _clock(spans[day][1]), sorted(rows.values(), key=lambda r: r.label))
        for day, rows in sorted(by_day.items())
    ]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02}:{minutes % 60:02}"
