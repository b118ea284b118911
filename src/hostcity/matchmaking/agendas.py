"""Agendas of a published run: each company's meetings (web, PDF, iCalendar), all agendas as one PDF
for the information desk, and the cards set on each table with who meets there when."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from fpdf import FPDF
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from hostcity.delegations.badge_pdf import font_path
from hostcity.matchmaking.models import AgendaMeeting, Company, Matchmaking, MatchRun


@dataclass(frozen=True)
class Slot:
    pk: int
    start: datetime
    end: datetime
    table: int
    other: Company


def agenda(run: MatchRun | None, company: Company) -> list[Slot]:
    if run is None:
        return []
    rows = (
        AgendaMeeting.objects.filter(Q(first=company) | Q(second=company), run=run)
        .select_related("first", "second")
        .order_by("start")
    )
    return [
        Slot(m.pk, m.start, m.end, m.table, m.second if m.first_id == company.pk else m.first) for m in rows
    ]


def _place(matchmaking: Matchmaking) -> tuple[str, str]:
    venue = matchmaking.venue
    if venue is not None:
        return venue.name_en, venue.name_zh
    return matchmaking.place_en, matchmaking.place_zh


def _pdf() -> FPDF:
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("sc", fname=font_path())
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def _company_page(pdf: FPDF, matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> None:
    edition = matchmaking.edition
    place_en, place_zh = _place(matchmaking)
    pdf.add_page()
    pdf.set_font("sc", size=14)
    pdf.cell(0, 8, f"{company.name_zh or company.name_en} · 洽谈日程", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sc", size=11)
    pdf.cell(0, 6, f"Matchmaking agenda of {company.name_en}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sc", size=9)
    pdf.cell(
        0,
        5,
        f"{edition.platform.name_zh} {edition.year} · {edition.platform.name_en} {edition.year}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    if place_en or place_zh:
        pdf.cell(0, 5, f"{place_zh} / {place_en}", new_x="LMARGIN", new_y="NEXT")
    day = None
    for s in slots:
        start, end = timezone.localtime(s.start), timezone.localtime(s.end)
        if start.date() != day:
            day = start.date()
            pdf.ln(2)
            pdf.set_font("sc", size=11)
            pdf.cell(0, 7, f"{day:%Y-%m-%d}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("sc", size=9)
        pdf.cell(24, 5, f"{start:%H:%M}–{end:%H:%M}")
        pdf.cell(22, 5, f"桌 Table {s.table}")
        name = f"{s.other.name_en} / {s.other.name_zh}" if s.other.name_zh else s.other.name_en
        pdf.multi_cell(0, 5, f"{name} ({s.other.country})", new_x="LMARGIN", new_y="NEXT")
    if not slots:
        pdf.set_font("sc", size=10)
        pdf.cell(0, 8, "暂无洽谈安排 · No meetings are scheduled for you.")


def agenda_pdf(matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> bytes:
    pdf = _pdf()
    _company_page(pdf, matchmaking, company, slots)
    return bytes(pdf.output())


def all_agendas_pdf(matchmaking: Matchmaking, run: MatchRun) -> bytes:
    """One page per company with meetings, in name order."""
    by_company: dict[int, list[Slot]] = defaultdict(list)
    for m in AgendaMeeting.objects.filter(run=run).select_related("first", "second"):
        by_company[m.first_id].append(Slot(m.pk, m.start, m.end, m.table, m.second))
        by_company[m.second_id].append(Slot(m.pk, m.start, m.end, m.table, m.first))
    pdf = _pdf()
    for company in Company.objects.filter(pk__in=by_company).order_by("name_en"):
        _company_page(pdf, matchmaking, company, sorted(by_company[company.pk], key=lambda s: s.start))
    if not by_company:
        pdf.add_page()
    return bytes(pdf.output())


def table_cards_pdf(matchmaking: Matchmaking, run: MatchRun) -> bytes:
    """A card per table in use: its number large, then each slot with the two companies meeting there."""
    by_table: dict[int, list[AgendaMeeting]] = defaultdict(list)
    for m in AgendaMeeting.objects.filter(run=run).select_related("first", "second").order_by("start"):
        by_table[m.table].append(m)
    pdf = _pdf()
    pdf.set_auto_page_break(True, margin=10)
    for table in sorted(by_table):
        pdf.add_page()
        pdf.set_font("sc", size=60)
        pdf.cell(0, 30, f"{table}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("sc", size=12)
        pdf.cell(0, 7, f"洽谈桌 Table {table}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        day = None
        for m in by_table[table]:
            start = timezone.localtime(m.start)
            if start.date() != day:
                day = start.date()
                pdf.set_font("sc", size=10)
                pdf.cell(0, 6, f"{day:%Y-%m-%d}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("sc", size=8)
            pdf.cell(14, 4.5, f"{start:%H:%M}")
            pdf.multi_cell(0, 4.5, f"{m.first.name_en}  ×  {m.second.name_en}", new_x="LMARGIN", new_y="NEXT")
    if not by_table:
        pdf.add_page()
    return bytes(pdf.output())


def agenda_ics(matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> bytes:
    edition = matchmaking.edition
    place_en, place_zh = _place(matchmaking)
    cal = Calendar()
    cal.add("prodid", "-//hostcity//matchmaking//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{edition.platform.name_en} {edition.year}: {company.name_en}")
    for s in slots:
        item = CalendarEvent()
        item.add("uid", f"match-{s.pk}-{company.pk}@hostcity")
        item.add("summary", f"Meeting with {s.other.name_en} · 与{s.other.name_zh or s.other.name_en}洽谈")
        item.add("location", f"Table {s.table}, {place_en} / {place_zh}".strip(" ,/"))
        item.add("dtstart", s.start)
        item.add("dtend", s.end)
        item.add("dtstamp", timezone.now())
        cal.add_component(item)
    return cal.to_ical()
