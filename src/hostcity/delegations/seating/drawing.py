"""Where each seat of a plan lies on paper and what is written beside it; the SVG and the PDF draw the
same Drawing. Seen from the floor: the head table across the top, so the host's right is the
viewer's left, interpreters behind (above) their principals; round tables in a grid below.

No two texts overlap, by construction: every text has a box of its own (a card under each seat of
the head table, a line in the list beside each round table) and is cut, with an ellipsis, to the
width of its box as `text_width` measures it. Each seat names the person in both scripts, then their
country (or organization) and title in both scripts; round tables' seats carry a number that leads
to their line in the table's list."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from hostcity.delegations.models import Seat, SeatingPlan

SEAT_R = 14
TABLE_R = 48  # a round table
ROUND_R = 70  # its seats' centres
SPACING = 150  # between seats of the head table: the width of each seat's card
MARGIN = 40
CELL_W = 520  # a round table and its list
LIST_X = 215  # where the list starts in its cell
LINE_PITCH = (15, 12, 12)  # a list entry's three lines
ENTRY_GAP = 5
HEAD_Y = 170
BEHIND_Y = 120
CARD_TOP = 222
TABLES_TOP = 310
ELLIPSIS = "…"


def text_width(text: str, size: float) -> float:
    """A generous estimate of the width of `text` set at `size` in a sans-serif face (Noto Sans SC in
    the PDF, the browser's sans-serif in the SVG): wide (CJK) characters are one em, capitals and
    digits 0.7 em, narrow marks 0.32 em, other letters 0.58 em."""
    total = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in "WF":
            total += 1.0
        elif char in " .,:;'’·|!ilIjtf()-":
            total += 0.32
        elif char.isupper() or char.isdigit() or char in "mwMW@%":
            total += 0.7
        else:
            total += 0.58
    return total * size


def fit(text: str, width: float, size: float) -> str:
    """`text` cut at the end, with an ellipsis, so that it takes no more than `width`."""
    text = " ".join(text.split())
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + ELLIPSIS, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ""


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float
    anchor: str = "start"  # start, middle or end, as SVG's text-anchor
    tone: str = "plain"  # name, plain or muted
    lang: str = ""  # zh or en: the script it is in, for the page's lang attribute
    seat: int | None = None  # the seat it names: the list's lines take a dragged person too

    def box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) that the text may ink, by `text_width`."""
        w = text_width(self.text, self.size)
        left = {"start": self.x, "middle": self.x - w / 2, "end": self.x - w}[self.anchor]
        return left, self.y - self.size, left + w, self.y + 0.25 * self.size


@dataclass(frozen=True)
class Placed:
    seat: Seat
    x: float
    y: float
    number: str = ""  # written inside the seat (round tables)
    full: str = ""  # everything about the seat, uncut: the drawing's tooltip and screen readers' text


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    seats: list[Placed]
    texts: list[Text]
    head_table: tuple[float, float, float, float]  # x, y, width, height
    round_tables: list[tuple[int, float, float]]  # number, centre x, centre y
    notes: list[Text] = field(default_factory=list)  # the title and the reading note


@dataclass(frozen=True)
class SeatText:
    """What is written about one seat, in both scripts."""

    name_zh: str
    name_en: str
    country_zh: str = ""
    country_en: str = ""
    title_zh: str = ""
    title_en: str = ""

    def full(self) -> str:
        parts = [self.name_zh, self.name_en, self.country_zh, self.country_en, self.title_zh, self.title_en]
        return " · ".join(dict.fromkeys(p for p in parts if p))


def seat_text(seat: Seat) -> SeatText:
    english, chinese = seat.names()
    if seat.role == Seat.Role.INTERPRETER:
        return SeatText("翻译", "Interpreter", title_zh=chinese, title_en=english)
    if not seat.delegate_id:
        if seat.role == Seat.Role.HOST:
            return SeatText(chinese or english, english if chinese else "", title_zh="主人", title_en="Host")
        return SeatText("空位", "empty seat")
    delegate = seat.delegate
    country_en, country_zh = delegate.delegation.names()
    return SeatText(
        chinese,
        english,
        country_zh if country_zh != country_en else "",
        country_en,
        delegate.position_zh,
        delegate.position_en,
    )


def _head_card(x: float, info: SeatText, seat: Seat) -> list[Text]:
    width = SPACING - 10
    lines = [
        (info.name_zh, 12, "name", "zh"),
        (info.name_en, 10, "plain", "en"),
        (" ".join(p for p in (info.country_zh, info.country_en) if p), 9, "muted", ""),
        (info.title_zh, 9, "muted", "zh"),
        (info.title_en, 9, "muted", "en"),
    ]
    texts, y = [], CARD_TOP
    for text, size, tone, lang in lines:
        if text:
            texts.append(Text(x, y, fit(text, width, size), size, "middle", tone, lang, seat.pk))
            y += size + 3.5
    return texts


def _behind_label(x: float, info: SeatText, seat: Seat) -> list[Text]:
    width = SPACING - 10
    return [
        Text(x, BEHIND_Y - 32, fit(info.name_zh, width, 10), 10, "middle", "plain", "zh", seat.pk),
        Text(x, BEHIND_Y - 19, fit(info.name_en, width, 9), 9, "middle", "muted", "en", seat.pk),
    ]


def _list_entry(x: float, y: float, number: str, info: SeatText, seat: Seat) -> list[Text]:
    width = CELL_W - LIST_X - 20
    names = "  ".join(p for p in (info.name_zh, info.name_en) if p)
    zh_line = " · ".join(p for p in (info.country_zh, info.title_zh) if p)
    en_line = " · ".join(p for p in (info.country_en, info.title_en) if p)
    texts = [
        Text(x, y, number, 11, "start", "name", "", seat.pk),
        Text(x + 24, y, fit(names, width - 24, 11), 11, "start", "name", "", seat.pk),
    ]
    y += LINE_PITCH[1]
    for line, lang in ((zh_line, "zh"), (en_line, "en")):
        if line:
            texts.append(Text(x + 24, y, fit(line, width - 24, 9), 9, "start", "muted", lang, seat.pk))
            y += LINE_PITCH[2]
    return texts


def entry_height() -> float:
    return sum(LINE_PITCH) + ENTRY_GAP


def drawing(plan: SeatingPlan, seats: list[Seat], note: tuple[str, str] = ("", "")) -> Drawing:
    """The plan drawn; `note` (Chinese, English) is written at the top right."""
    head = [s for s in seats if s.table == 0]
    reach = max([abs(s.position) for s in head] + [plan.head_table_seats // 2])
    head_width = (2 * reach + 1) * SPACING
    columns = max(1, min(plan.round_tables or 1, 4, round(head_width / CELL_W) or 1))
    width = max(head_width + 2 * MARGIN, columns * CELL_W + 2 * MARGIN, 900)
    centre = width / 2
    placed: list[Placed] = []
    texts: list[Text] = []
    for seat in head:
        x = centre - seat.position * SPACING
        info = seat_text(seat)
        if seat.behind:
            placed.append(Placed(seat, x, BEHIND_Y, full=info.full()))
            texts += _behind_label(x, info, seat)
        else:
            placed.append(Placed(seat, x, HEAD_Y, full=info.full()))
            texts += _head_card(x, info, seat)

    per_row = max(plan.seats_per_table, 1)
    row_h = max(2 * (ROUND_R + SEAT_R) + 30, per_row * entry_height() + 20)
    left = (width - columns * CELL_W) / 2
    tables = []
    for t in range(plan.round_tables):
        row, column = divmod(t, columns)
        tables.append((t + 1, left + column * CELL_W, TABLES_TOP + row * row_h))
    origins = {number: (x, y) for number, x, y in tables}
    by_table: dict[int, list[Seat]] = {}
    for seat in seats:
        if seat.table in origins:
            by_table.setdefault(seat.table, []).append(seat)
    for number, (x0, y0) in origins.items():
        cx, cy = x0 + 110, y0 + ROUND_R + SEAT_R + 10
        y = y0 + 14
        for seat in sorted(by_table.get(number, []), key=lambda s: s.position):
            angle = -math.pi / 2 + 2 * math.pi * seat.position / per_row
            info = seat_text(seat)
            label = str(seat.position + 1)
            placed.append(
                Placed(
                    seat, cx + ROUND_R * math.cos(angle), cy + ROUND_R * math.sin(angle), label, info.full()
                )
            )
            texts += _list_entry(x0 + LIST_X, y, label, info, seat)
            y += entry_height()
    rows = math.ceil(plan.round_tables / columns) if plan.round_tables else 0
    height = TABLES_TOP + rows * row_h + 20
    head_table = (centre - reach * SPACING - SPACING / 2, HEAD_Y + SEAT_R + 4, head_width, 14)
    half = width / 2 - MARGIN
    notes = [
        Text(MARGIN / 2, 30, fit(plan.title_zh, half, 18), 18, "start", "name", "zh"),
        Text(MARGIN / 2, 52, fit(plan.title_en, half, 13), 13, "start", "plain", "en"),
    ]
    for y, line, lang in ((30, note[0], "zh"), (48, note[1], "en")):
        if line:
            notes.append(Text(width - MARGIN / 2, y, fit(line, half, 11), 11, "end", "muted", lang))
    centres = [(n, x + 110, y + ROUND_R + SEAT_R + 10) for n, x, y in tables]
    return Drawing(int(width), int(height), placed, texts, head_table, centres, notes)
