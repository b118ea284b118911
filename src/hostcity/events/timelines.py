"""A plan laid out for reading: per day, one row per room (or per party, or per interpreter) with the
plan's meetings and the fixed items as blocks placed by their share of the day's open hours, an hour
axis above them, names in the page's language, and the rooms closed the whole day folded into one
line per reason instead of a row each."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from hostcity.shared.bilingual import chinese, named, split_scripts
from hostcity.shared.plan_times import FMT

CLOSURE_PREFIX = "closure-"  # the fixed items planning_problem makes of closures


@dataclass
class Block:
    label: str
    start: str
    end: str
    left: float  # percent of the day's span
    width: float
    kind: str  # meeting | fixed | closed
    meeting: str = ""


@dataclass
class Row:
    label: str
    key: str = ""  # the room, party or interpreter id
    detail: str = ""  # the venue of a room
    blocks: list[Block] = field(default_factory=list)

    @property
    def closed_all_day(self) -> bool:
        return bool(self.blocks) and all(b.kind == "closed" and b.width >= 99.5 for b in self.blocks)


@dataclass
class Tick:
    label: str
    left: float


@dataclass
class Closed:
    """Rooms closed the whole day for one reason."""

    reason: str
    rows: list[Row]


@dataclass
class Day:
    day: str
    first: str
    last: str
    rows: list[Row]
    ticks: list[Tick] = field(default_factory=list)
    closed: list[Closed] = field(default_factory=list)


def _minutes(text: str) -> int:
    moment = datetime.strptime(text, FMT)
    return moment.hour * 60 + moment.minute


def _named(record: dict, en: str = "name", zh: str = "name_zh") -> str:
    return named(record, en, zh).strip()


def room_labels(problem: dict, names: dict[str, tuple[str, str]] | None = None) -> dict[str, tuple[str, str]]:
    """Room id -> (room name, venue name) in the page's language: the problem's names, else those of
    `names` (room id -> (English, Chinese), from the records), else the id."""
    names = names or {}
    out = {}
    for venue in problem.get("venues", []):
        for room in venue.get("rooms", []):
            known = names.get(room["id"])
            if room.get("name") or room.get("name_zh"):
                label = _named(room)
            elif known:
                label = (known[1] if chinese() else "") or known[0]
            else:
                label = room["id"]
            out[room["id"]] = (label, _named(venue))
    return out


def layout(
    problem: dict, plan: dict, by: str = "room", *, room_names: dict[str, tuple[str, str]] | None = None,
    closure_reasons: dict[str, str] | None = None, only_day: str = "",
) -> list[Day]:  # fmt: skip
    """Days of rows. `by`: room, party or interpreter. `closure_reasons`: a closure's fixed-item id ->
    its reason in the page's language (the problem's title is English). `only_day`: that day alone."""
    titles = {m["id"]: _named(m, "title", "title_zh") for m in problem["meetings"]}
    parties_of = {m["id"]: m["parties"] for m in problem["meetings"]}
    names = {p["id"]: _named(p) for p in problem["parties"]}
    rooms = room_labels(problem, room_names)
    closure_reasons = closure_reasons or {}
    items: list[tuple[str, str, str, str, str, str]] = []  # key, label, start, end, kind, meeting
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
        closed = f["id"].startswith(CLOSURE_PREFIX)
        label = closure_reasons.get(f["id"]) if closed else None
        label = label or split_scripts(_named(f, "title", "title_zh"))  # a booking's "Purpose / 用途"
        items += [(k, label, f["start"], f["end"], "closed" if closed else "fixed", "") for k in keys]
    spans: dict[str, list[int]] = {}
    for s in problem["sessions"]:
        day = s["start"][:10]
        first, last = _minutes(s["start"]), _minutes(s["end"]) if s["end"][:10] == day else 24 * 60
        span = spans.setdefault(day, [first, last])
        span[0], span[1] = min(span[0], first), max(span[1], last)
    by_day: dict[str, dict[str, Row]] = defaultdict(dict)
    for key, label, start, end, kind, meeting in sorted(items, key=lambda i: i[2]):
        day = start[:10]
        if day not in spans or (only_day and day != only_day):
            continue
        first, last = spans[day]
        total = max(1, last - first)
        left = max(0.0, (_minutes(start) - first) / total * 100)
        width = max(0.5, min(100 - left, (_minutes(end) - _minutes(start)) / total * 100))
        row = by_day[day].get(key)
        if row is None:
            if by == "room":
                room, venue = rooms.get(key, (key, ""))
                row = Row(room, key, venue)
            else:
                row = Row(names.get(key, key), key)
            by_day[day][key] = row
        row.blocks.append(Block(label, start[11:], end[11:], round(left, 2), round(width, 2), kind, meeting))
    return [_day(day, spans[day], list(rows.values())) for day, rows in sorted(by_day.items())]


def _day(day: str, span: list[int], rows: list[Row]) -> Day:
    first, last = span
    total = max(1, last - first)
    ticks = [
        Tick(_clock(minute), round((minute - first) / total * 100, 2))
        for minute in range((first + 59) // 60 * 60, last + 1, 60)
    ]
    folded: dict[str, list[Row]] = defaultdict(list)
    open_rows = []
    for row in rows:
        if row.closed_all_day and len({b.label for b in row.blocks}) == 1:
            folded[row.blocks[0].label].append(row)
        else:
            open_rows.append(row)
    closed = [Closed(reason, sorted(r, key=_order)) for reason, r in sorted(folded.items())]
    return Day(day, _clock(first), _clock(last), sorted(open_rows, key=_order), ticks, closed)


def _order(row: Row) -> tuple[str, str]:
    return row.detail, row.label


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02}:{minutes % 60:02}"
