"""Agendas of a published run: each company's meetings (web, PDF, iCalendar), all agendas as one PDF
for the information desk, and the cards set on each table with who meets there when."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from fpdf import FPDF

from hostcity.matchmaking.models import AgendaMeeting, Company, Matchmaking, MatchRun
from hostcity.shared.documents.agenda_pdf import AgendaLine, agenda_page
from hostcity.shared.documents.calendars import add_entry, calendar
from hostcity.shared.documents.fonts import FONT, document


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


def _company_page(pdf: FPDF, matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> None:
    edition = matchmaking.edition
    place_en, place_zh = _place(matchmaking)
    notes = [f"{edition.platform.name_zh} {edition.year} · {edition.platform.name_en} {edition.year}"]
    if place_en or place_zh:
        notes.append(f"{place_zh} / {place_en}")
    agenda_page(
        pdf,
        title=f"{company.name_zh or company.name_en} · 洽谈日程",
        subtitle=f"Matchmaking agenda of {company.name_en}",
        notes=notes,
        lines=[
            AgendaLine(
                s.start, s.end, f"{s.other.both_names} ({s.other.country})", column=f"桌 Table {s.table}"
            )
            for s in slots
        ],
        empty="暂无洽谈安排 · No meetings are scheduled for you.",
    )


def agenda_pdf(matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> bytes:
    pdf = document()
    _company_page(pdf, matchmaking, company, slots)
    return bytes(pdf.output())


def all_agendas_pdf(matchmaking: Matchmaking, run: MatchRun) -> bytes:
    """One page per company with meetings, in name order."""
    by_company: dict[int, list[Slot]] = defaultdict(list)
    for m in AgendaMeeting.objects.filter(run=run).select_related("first", "second"):
        by_company[m.first_id].append(Slot(m.pk, m.start, m.end, m.table, m.second))
        by_company[m.second_id].append(Slot(m.pk, m.start, m.end, m.table, m.first))
    pdf = document()
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
    pdf = document()
    pdf.set_auto_page_break(True, margin=10)
    for table in sorted(by_table):
        pdf.add_page()
        pdf.set_font(FONT, size=60)
        pdf.cell(0, 30, f"{table}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=12)
        pdf.cell(0, 7, f"洽谈桌 Table {table}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        day = None
        for m in by_table[table]:
            start = timezone.localtime(m.start)
            if start.date() != day:
                day = start.date()
                pdf.set_font(FONT, size=10)
                pdf.cell(0, 6, f"{day:%Y-%m-%d}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, size=8)
            pdf.cell(14, 4.5, f"{start:%H:%M}")
            pdf.multi_cell(0, 4.5, f"{m.first.name_en}  ×  {m.second.name_en}", new_x="LMARGIN", new_y="NEXT")
    if not by_table:
        pdf.add_page()
    return bytes(pdf.output())


def agenda_ics(matchmaking: Matchmaking, company: Company, slots: list[Slot]) -> bytes:
    edition = matchmaking.edition
    place_en, place_zh = _place(matchmaking)
    cal = calendar("matchmaking", f"{edition.platform.name_en} {edition.year}: {company.name_en}")
    for s in slots:
        add_entry(
            cal,
            uid=f"match-{s.pk}-{company.pk}@hostcity",
            start=s.start,
            end=s.end,
            summary=f"Meeting with {s.other.name_en} · 与{s.other.name_zh or s.other.name_en}洽谈",
            location=f"Table {s.table}, {place_en} / {place_zh}".strip(" ,/"),
        )
    return cal.to_ical()
