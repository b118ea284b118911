"""The agenda layout of a delegation's itinerary and of a company's matchmaking agenda: a heading in
Chinese and English, lines under it, a QR code to the live page where there is one, then the day's
entries under each date, each with its times, an optional column (a table number) and detail. In a
right-to-left language (Arabic) the page is mirrored: the times on the right, the text set from the
right, the QR code on the left."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import segno
from babel.dates import format_date
from django.utils import timezone
from fpdf import FPDF

from hostcity.shared.documents.fonts import FONT, is_right_to_left


@dataclass(frozen=True)
class AgendaLine:
    start: datetime
    end: datetime
    text: str
    column: str = ""  # a narrow cell between the times and the text: "桌 Table 4"
    detail: str = ""  # a smaller line under the text: the place, the interpreters


WEEKDAYS_ZH = "一二三四五六日"


def day_heading(day, language: str = "en") -> str:
    """A day as both readers of the document write it: "12月18日 星期五 · Friday 18 December 2026",
    or in the reader's language (CLDR's full date: "vendredi 18 décembre 2026")."""
    chinese = f"{day.month}月{day.day}日 星期{WEEKDAYS_ZH[day.weekday()]}"
    if language == "zh-hans":
        return chinese
    if language == "en":
        return f"{chinese}  ·  {day:%A} {day.day} {day:%B %Y}"
    here = format_date(day, format="full", locale=language.replace("-", "_"))
    if is_right_to_left(language):  # the reader's form first, so the line reads from the right
        return f"{here}  ·  {chinese}"
    return f"{chinese}  ·  {here}"


def agenda_page(
    pdf: FPDF,
    *,
    title: str,
    subtitle: str,
    notes: Sequence[str],
    lines: Sequence[AgendaLine],
    empty: str,
    live_url: str | None = None,
    live_label: str = "最新日程 / live version",
    language: str = "en",
) -> None:
    """One agenda on a new page of `pdf` (made by fonts.document(), with arabic=True for Arabic)."""
    rtl = is_right_to_left(language)
    align = "R" if rtl else "L"
    pdf.add_page()
    pdf.set_font(FONT, size=15)
    pdf.cell(0, 8, title, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=12)
    pdf.cell(0, 7, subtitle, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, size=9)
    for note in notes:
        pdf.cell(0, 6, note, align=align, new_x="LMARGIN", new_y="NEXT")
    if live_url:
        _live_code(pdf, live_url, live_label, rtl)
    day = None
    for line in lines:
        start, end = timezone.localtime(line.start), timezone.localtime(line.end)
        if start.date() != day:
            day = start.date()
            pdf.ln(2)
            pdf.set_font(FONT, size=11)
            pdf.cell(0, 7, day_heading(day, language), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=10)
        _line(pdf, line, f"{start:%H:%M}–{end:%H:%M}", rtl)
    if not lines:
        pdf.set_font(FONT, size=10)
        pdf.cell(0, 8, empty, align=align)


def _line(pdf: FPDF, line: AgendaLine, times: str, rtl: bool) -> None:
    """One entry: its times (and column) on the reading side, its text and detail beside them."""
    lead = 24 + (22 if line.column else 0)
    if not rtl:
        pdf.cell(24, 5.5, times)
        if line.column:
            pdf.cell(22, 5, line.column)
        pdf.multi_cell(0, 5.5, line.text, new_x="LMARGIN", new_y="NEXT")
        if line.detail:
            pdf.set_x(pdf.l_margin + 24)
            pdf.set_font(FONT, size=8.5)
            pdf.multi_cell(0, 4.5, line.detail, new_x="LMARGIN", new_y="NEXT")
        return
    top, right = pdf.get_y(), pdf.w - pdf.r_margin
    pdf.set_xy(right - 24, top)
    pdf.cell(24, 5.5, times, align="R")
    if line.column:
        pdf.set_xy(right - lead, top)
        pdf.cell(22, 5, line.column, align="R")
    pdf.set_xy(pdf.l_margin, top)
    pdf.multi_cell(pdf.epw - lead, 5.5, line.text, align="R", new_x="LMARGIN", new_y="NEXT")
    if line.detail:
        pdf.set_font(FONT, size=8.5)
        pdf.multi_cell(pdf.epw - 24, 4.5, line.detail, align="R", new_x="LMARGIN", new_y="NEXT")


def _live_code(pdf: FPDF, url: str, label: str, rtl: bool = False) -> None:
    """A QR code of the live page in the top corner the reader looks at last (right, or left in a
    right-to-left document), the entries starting below it."""
    qr = io.BytesIO()
    segno.make(url, error="m").save(qr, kind="png", scale=4, border=2)
    qr.seek(0)
    pdf.image(qr, x=12 if rtl else 170, y=10, w=28, h=28)
    pdf.set_xy(12 if rtl else 150, 39)
    pdf.set_font(FONT, size=6)
    pdf.cell(48, 3, label, align="L" if rtl else "R")
    pdf.set_y(44)
