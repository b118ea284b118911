"""A delegation's itinerary from the event's accepted plan: its meetings and programme items in time
order, with place, other parties and interpreters, in English and Chinese; as a page, a PDF with a
QR code to the live page, and an iCalendar feed. The page, the PDF and the feed are in the reader's
language (one of the UN's six): headings and labels translated, Chinese beside them, and names with
no form in that language given in English; an Arabic PDF is shaped and set right to left."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import translation
from django.utils.translation import gettext as _

from hostcity.events.planning_problem import party_id
from hostcity.shared.bilingual import reader_form, third_language
from hostcity.shared.documents.agenda_pdf import AgendaLine, agenda_page
from hostcity.shared.documents.calendars import add_entry, calendar
from hostcity.shared.documents.fonts import document, is_right_to_left
from hostcity.shared.plan_times import aware


@dataclass(frozen=True)
class Entry:
    start: datetime
    end: datetime
    title_en: str
    title_zh: str
    place_en: str
    place_zh: str
    with_en: list[str] = field(default_factory=list)
    with_zh: list[str] = field(default_factory=list)
    interpreters: list[str] = field(default_factory=list)
    uid: str = ""
    title_here: str = ""  # the title in the reader's third language, where the platform wrote it

    def title_in(self, language: str) -> str:
        """Its own title in a third language (shared/bilingual_tags), or ""."""
        return self.title_here


def accepted_run(event):
    return event.plan_runs.filter(accepted__isnull=False).first()


@dataclass(frozen=True)
class AcceptedPlan:
    """What every itinerary of an event reads from its accepted plan, read once."""

    run: object
    parties: dict
    places: dict
    meetings: dict
    interpreters: dict
    titles_zh: dict
    items: dict


def accepted_plan(event) -> AcceptedPlan | None:
    run = accepted_run(event)
    if run is None:
        return None
    problem = run.problem
    places = {
        r["id"]: (v.get("name") or v["id"], v.get("name_zh") or v.get("name") or v["id"])
        for v in problem["venues"]
        for r in v["rooms"]
    }
    return AcceptedPlan(
        run=run,
        parties={p["id"]: p for p in problem["parties"]},
        places=places,
        meetings={m["id"]: m for m in problem["meetings"]},
        interpreters={i["id"]: i.get("name") or i["id"] for i in problem.get("interpreters", [])},
        titles_zh=dict(event.meeting_requests.values_list("code", "title_zh")),
        items={item.code: item for item in event.programme_items.all()},
    )


def itinerary_for(event, delegation, plan: AcceptedPlan | None = None) -> list[Entry]:
    """The delegation's entries in the accepted plan (none when no plan is accepted). Pass `plan`
    (accepted_plan(event)) when reading many delegations' itineraries."""
    plan = plan if plan is not None else accepted_plan(event)
    if plan is None:
        return []
    run, me = plan.run, party_id(delegation)
    entries = []

    def others(ids: list[str]) -> tuple[list[str], list[str]]:
        rest = [plan.parties[p] for p in ids if p != me and p in plan.parties]
        return [p.get("name") or p["id"] for p in rest], [
            p.get("name_zh") or p.get("name") or p["id"] for p in rest
        ]

    for a in run.plan.get("assignments", []):
        meeting = plan.meetings[a["meeting"]]
        if me not in meeting["parties"]:
            continue
        with_en, with_zh = others(meeting["parties"])
        entries.append(
            Entry(
                aware(a["start"]),
                aware(a["end"]),
                meeting.get("title") or meeting["id"],
                plan.titles_zh.get(a["meeting"]) or "会见：" + "、".join(with_zh),
                *plan.places[a["room"]],
                with_en,
                with_zh,
                [plan.interpreters.get(i, i) for i in a.get("interpreters", [])],
                f"{run.pk}-{a['meeting']}",
            )
        )
    for f in run.problem.get("fixed", []):
        if me not in f.get("parties", []):
            continue
        item = plan.items.get(f["id"])
        place = plan.places.get(f.get("room"), (f.get("venue") or "", f.get("venue") or ""))
        entries.append(
            Entry(
                aware(f["start"]),
                aware(f["end"]),
                f.get("title") or f["id"],
                item.title_zh if item else f.get("title") or f["id"],
                *place,
                [],
                [],
                [],
                f"{run.pk}-{f['id']}",
            )
        )
    return sorted(entries, key=lambda e: e.start)


def itinerary_pdf(event, delegation, entries: list[Entry], live_url: str, notes=(), language="en") -> bytes:
    """The itinerary on paper in `language` and Chinese; `notes` ((English, Chinese, the reader's)
    lines: the hotel, the car) under its heading."""
    with translation.override(language):
        third = bool(third_language())
        pdf = document(arabic=is_right_to_left(language))
        heading_zh = f"{delegation.name_zh}代表团日程"
        heading = _("Itinerary of the delegation of %(name)s") % {"name": _delegation_name(delegation)}
        agenda_page(
            pdf,
            title=heading if third else heading_zh,
            subtitle=heading_zh if third else f"Itinerary of the delegation of {delegation.name_en}",
            notes=[f"{event.name_zh} · {event.name_en}", *(f"{here or en} · {zh}" for en, zh, here in notes)],
            lines=[
                AgendaLine(e.start, e.end, f"{_title(e)}  {e.title_zh}", detail=_detail(e)) for e in entries
            ],
            empty=_beside_chinese("日程尚未确定", _("The programme is not settled yet.")),
            live_url=live_url,
            live_label=_beside_chinese("最新日程", _("live version")),
            language=language,
        )
        return bytes(pdf.output())


def _beside_chinese(chinese: str, here: str) -> str:
    """A document's label in Chinese and in its reader's language (once, on a Chinese document; the
    reader's first in a right-to-left one)."""
    language = translation.get_language()
    if language == "zh-hans":
        return chinese
    return f"{here} · {chinese}" if is_right_to_left(language) else f"{chinese} · {here}"


def _delegation_name(delegation) -> str:
    """The delegation's name in the document's third language (CLDR's, for a country), else English."""
    language = third_language()
    return (delegation.name_in(language) if language else "") or delegation.name_en


def _title(e: Entry) -> str:
    return e.title_here or reader_form(e.title_en, e.title_zh)


def _detail(e: Entry) -> str:
    detail = f"{e.place_zh} / {reader_form(e.place_en, e.place_zh)}"
    if not e.interpreters:
        return detail
    label = _beside_chinese("翻译", _("Interpreters: %(names)s") % {"names": ", ".join(e.interpreters)})
    if is_right_to_left(translation.get_language()):  # the Arabic first, so the line reads from the right
        return f"{label}  ·  {detail}"
    return f"{detail}  ·  {label}"


def itinerary_ics(event, delegation, entries: list[Entry], language="en") -> bytes:
    """The itinerary as a calendar, its words in `language`; each entry's summary and place in its
    reader's form (or English) and Chinese."""
    with translation.override(language):
        cal = calendar("itinerary", f"{event.name_en}: {_delegation_name(delegation)} / {delegation.name_zh}")
        for e in entries:
            names = ", ".join(e.interpreters)
            add_entry(
                cal,
                uid=f"{e.uid}@hostcity",
                start=e.start,
                end=e.end,
                summary=f"{_title(e)} / {e.title_zh}",
                location=f"{reader_form(e.place_en, e.place_zh)} / {e.place_zh}",
                **({"description": _("Interpreters: %(names)s") % {"names": names}} if names else {}),
            )
        return cal.to_ical()
