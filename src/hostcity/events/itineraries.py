"""A delegation's itinerary from the event's accepted plan: its meetings and programme items in time
order, with place, other parties and interpreters, in English and Chinese; as a page, a PDF with a
QR code to the live page, and an iCalendar feed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from hostcity.events.planning_problem import party_id
from hostcity.shared.documents.agenda_pdf import AgendaLine, agenda_page
from hostcity.shared.documents.fonts import document
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


def itinerary_pdf(event, delegation, entries: list[Entry], live_url: str, notes=()) -> bytes:
    """The itinerary on paper; `notes` ((English, Chinese) pairs: the hotel, the car) under its heading."""
    pdf = document()
    agenda_page(
        pdf,
        title=f"{delegation.name_zh}代表团日程",
        subtitle=f"Itinerary of the delegation of {delegation.name_en}",
        notes=[f"{event.name_zh} · {event.name_en}", *(f"{zh} · {en}" for en, zh in notes)],
        lines=[AgendaLine(e.start, e.end, f"{e.title_zh}  {e.title_en}", detail=_detail(e)) for e in entries],
        empty="日程尚未确定 · The programme is not settled yet.",
        live_url=live_url,
    )
    return bytes(pdf.output())


def _detail(e: Entry) -> str:
    detail = f"{e.place_zh} / {e.place_en}"
    if e.interpreters:
        detail += "  ·  翻译 interpreters: " + ", ".join(e.interpreters)
    return detail


def itinerary_ics(event, delegation, entries: list[Entry]) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//hostcity//itinerary//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{event.name_en}: {delegation.name_en} / {delegation.name_zh}")
    for e in entries:
        item = CalendarEvent()
        item.add("uid", f"{e.uid}@hostcity")
        item.add("summary", f"{e.title_en} / {e.title_zh}")
        item.add("location", f"{e.place_en} / {e.place_zh}")
        item.add("dtstart", e.start)
        item.add("dtend", e.end)
        item.add("dtstamp", timezone.now())
        if e.interpreters:
            item.add("description", "Interpreters: " + ", ".join(e.interpreters))
        cal.add_component(item)
    return cal.to_ical()
