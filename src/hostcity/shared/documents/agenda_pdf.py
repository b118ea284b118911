"""The agenda layout of a delegation's itinerary and of a company's matchmaking agenda: a heading in
Chinese and English, lines under it, a QR code to the live page where there is one, then the day's
entries under each date, each with its times, an optional column (a table number) and detail."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import segno
from django.utils import timezone
from fpdf import FPDF

from hostcity.shared.documents.fonts import FONT


@dataclass(frozen=True)
class AgendaLine:
    start: datetime
    end: datetime
    text: str
    column: str = ""  # a narrow cell between the times and the text: "桌 Table 4"
    detail: str = ""  # a smaller line under the text: the place, the interpreters


WEEKDAYS_ZH = "一二三四五六日"


def day_heading(day) -> str:
    """A day as both readers of the document write it: "12月18日 星期五 · Friday 18 December 2026"."""
    return f"{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}  ·  {day:%A} {day.day} {day:%B %Y}"


def agenda_page(
    pdf: FPDF,
    *,
    title: str,
    subtitle: str,
    notes: Sequence[str],
    lines: Sequence[AgendaLine],
    empty: str,
    live_url: str | None = None,
) -> None:
    """One agenda on a new page of `pdf` (made by fonts.document())."""
    pdf.add_page()
    pdf.set_font(FONT, size=15)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=12)
    pdf.cell(0, 7, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for note in notes:
        pdf.cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
    if live_url:
        _live_code(pdf, live_url)
    day = None
    for line in lines:
        start, end = timezone.localtime(line.start), timezone.localtime(line.end)
        if start.date() != day:
            day = start.date()
            pdf.ln(2)
            pdf.set_font(FONT, size=11)
            pdf.cell(0, 7, day_heading(day), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=10)
        pdf.cell(24, 5.5, f"{start:%H:%M}–{end:%H:%M}")
        if line.column:
            pdf.cell(22, 5, line.column)
        pdf.multi_cell(0, 5.5, line.text, new_x="LMARGIN", new_y="NEXT")
        if line.detail:
            pdf.set_x(pdf.l_margin + 24)
            pdf.set_font(FONT, size=8.5)
            pdf.multi_cell(0, 4.5, line.detail, new_x="LMARGIN", new_y="NEXT")
    if not lines:
        pdf.set_font(FONT, size=10)
        pdf.cell(0, 8, empty)


def _live_code(pdf: FPDF, url: str) -> None:
    """A QR code of the live page in the top right corner, the entries starting below it."""
    qr = io.BytesIO()
    segno.make(url, error="m").save(qr, kind="png", scale=4, border=2)
    qr.seek(0)
    pdf.image(qr, x=170, y=10, w=28, h=28)
    pdf.set_xy(150, 39)
    pdf.set_font(FONT, size=6)
    pdf.cell(48, 3, "最新日程 / live version", align="R")
    pdf.set_y(44)
