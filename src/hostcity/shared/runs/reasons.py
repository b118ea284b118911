"""The planning engine's reasons (why a request is unscheduled, why the musts conflict, why a meeting
moved) written for a person, in the page's language, with the names of the parties, rooms and
meetings instead of the problem's ids. The engine gives each reason as a code and its arguments
(the plan's optional `why`, planning/explain.py); a reason without one (a plan from before, or from
another tool) is shown as the engine wrote it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hostcity.shared.bilingual import chinese, named
from hostcity.shared.countries.names import language_names


@dataclass
class Names:
    """Display names, in the page's language, of what a problem names by id."""

    parties: dict[str, str] = field(default_factory=dict)
    meetings: dict[str, str] = field(default_factory=dict)
    rooms: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, problem: dict) -> Names:
        rooms = {}
        for venue in problem.get("venues", []):
            for room in venue.get("rooms", []):
                room_name = named(room) if room.get("name") or room.get("name_zh") else ""
                rooms[room["id"]] = " · ".join(p for p in (named(venue), room_name) if p) or room["id"]
        return cls(
            parties={p["id"]: named(p) for p in problem.get("parties", [])},
            meetings={m["id"]: named(m, "title", "title_zh") for m in problem.get("meetings", [])},
            rooms=rooms,
        )


def listed(items: list[str], others: int = 0) -> str:
    """A, B and C (A、B和C); with `others`, "A, B and 3 more"."""
    if others:
        items = [*items, ngettext("%(n)d more", "%(n)d more", others) % {"n": others}]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    separator = "、" if chinese() else ", "
    return _("%(first)s and %(last)s") % {"first": separator.join(items[:-1]), "last": items[-1]}


def _pair(pair: str) -> str:
    index = 1 if chinese() else 0
    return "–".join(language_names(code)[index] or code for code in pair.split("-"))


def _moment(text: str) -> str:
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except (TypeError, ValueError):
        return str(text)
    return f"{date_format(moment, 'MONTH_DAY_FORMAT')} {moment:%H:%M}"


def _sentences() -> dict[str, str]:
    """Each code's sentence; its placeholders are filled by `describe`."""
    return {
        # unscheduled: what holds whatever else is planned
        "no_interpreter_on_roster": _("No interpreter for %(pair)s is on the roster."),
        "no_interpreter_available": _(
            "No interpreter for %(pair)s is available at any time the meeting could be held."
        ),
        "pinned_outside": _("Its pinned time falls outside the sessions, its windows or a party's stay."),
        "no_common_time": _("%(parties)s have no free time in common within the allowed windows."),
        "no_common_time_after_travel": _(
            "%(parties)s have no free time in common once travel, arrivals, departures and the fixed "
            "programme are counted."
        ),
        "no_room": _("No room in the allowed venues holds %(size)s people."),
        # unscheduled: what the plan holds in its way
        "after_unscheduled": _("It must follow “%(meeting)s”, which is not scheduled."),
        "could_be_held": _(
            "It could be held on %(start)s in %(room)s, but that would cost more in breaks or travel "
            "than it brings, or the search ran out of time first."
        ),
        "interpreter_busy": _("Every interpreter for %(pair)s is busy whenever it could be held."),
        "blocked_by_pinned": _("“%(meeting)s”, pinned in place, is in the way."),
        "displaced": _("%(parties)s is in more important meetings whenever it could be held: %(meetings)s."),
        "rooms_taken": _("Every suitable room is taken whenever %(parties)s are free, by %(meetings)s."),
        "parties_taken": _("%(parties)s are in other meetings whenever it could be held: %(meetings)s."),
        "no_start_and_room": _("No time and room meet all the rules together."),
        # musts that cannot all be met
        "cannot_also_attend": _("%(parties)s cannot also attend %(meetings)s."),
        "competes": _("It competes with %(meetings)s for the same rooms or interpreters."),
        "pinned_overlap": _("%(meetings)s are both pinned to %(parties)s at overlapping times."),
        "pinned_too_many": _(
            "%(count)s meetings are pinned to %(start)s, where %(rooms)s rooms can hold them."
        ),
        "party_overfull": _(
            "%(parties)s has %(count)s required meetings needing %(needed)s time slots; its stay and their "
            "windows leave %(slots)s."
        ),
        "resource_overfull": _("%(resource)s can hold at most %(most)s of its %(count)s required meetings."),
        "chain_too_long": _(
            "The meetings %(meetings)s must follow one another and do not fit in their windows."
        ),
        "breaks_over_spread": _(
            "The meetings pinned for %(parties)s leave at least %(breaks)s gaps; fairness allows %(spread)s."
        ),
        "not_smallest": _("(Time ran out before this conflict was narrowed to the fewest meetings.)"),
        # why a meeting of the previous plan moved
        "parties_changed": _(
            "%(start)s in %(room)s is no longer possible: a party's arrival, departure, availability or "
            "windows changed."
        ),
        "room_closed": _(
            "%(start)s in %(room)s is no longer possible: the room or venue is closed, or a fixed item or "
            "travel is in the way."
        ),
        "dropped": _("Dropped to make room for requests worth more."),
        "moved_for_other": _("Moved from %(start)s in %(room)s to make room for a meeting that had to move."),
    }


def describe(why: dict | None, fallback: str, names: Names) -> str:
    """The reason in the page's language; `fallback` (the engine's English) when it has no code this
    version knows."""
    if not isinstance(why, dict):
        return fallback
    sentences = _sentences()
    code = why.get("code")
    if code not in sentences:
        return fallback
    text = _fill(sentences[code], why, names)
    check = why.get("check")
    if isinstance(check, dict) and check.get("code") in sentences:
        text = f"{text} {_fill(sentences[check['code']], check, names)}"
    for note in why.get("notes") or []:
        if note in sentences:
            text = f"{text} {sentences[note]}"
    return text


def _fill(sentence: str, why: dict, names: Names) -> str:
    meetings = [f"“{names.meetings.get(m, m)}”" for m in why.get("meetings") or []]
    values = {
        "parties": listed([names.parties.get(p, p) for p in why.get("parties") or []]),
        "meetings": listed(meetings, int(why.get("others") or 0)),
        "meeting": names.meetings.get(why.get("meeting", ""), why.get("meeting", "")),
        "room": names.rooms.get(why.get("room", ""), why.get("room", "")),
        "start": _moment(why.get("start", "")),
        "pair": _pair(str(why.get("pair", ""))),
        "resource": _resource(str(why.get("resource", "")), names),
    }
    for key in ("size", "count", "needed", "slots", "most", "rooms", "breaks", "spread"):
        values[key] = why.get(key, "")
    try:
        return sentence % values
    except (KeyError, TypeError, ValueError):
        return sentence


def _resource(resource: str, names: Names) -> str:
    if resource.startswith("interpreters "):
        return _("The interpreters %(names)s") % {"names": resource.removeprefix("interpreters ")}
    return names.parties.get(resource, resource)
