"""A matchmaking as a planning problem (hostcity/1): companies are parties, each pair that asked to
meet is one meeting of one slot (a mutual request weighs both requests), tables are the rooms of one
venue, the sessions are the hours the tables are open. A re-plan keeps the meetings that have begun,
drops those of companies that did not come, and may move the rest only from the re-plan time on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.matchmaking.models import Company, Matchmaking, MatchRun, MeetingRequest
from hostcity.shared.plan_times import aware, local

WEIGHTS = {"high": 100, "normal": 10, "low": 1}


def party(company_id: int) -> str:
    return f"c{company_id}"


def table_id(number: int) -> str:
    return f"t{number:04d}"


def meeting_id(a: int, b: int) -> str:
    return f"m{min(a, b)}-{max(a, b)}"


def pair_of(meeting: str) -> tuple[int, int]:
    a, b = meeting[1:].split("-")
    return int(a), int(b)


@dataclass
class Requested:
    weights: dict[tuple[int, int], int]  # (lower id, higher id) -> weight

    @property
    def total(self) -> int:
        return sum(self.weights.values())


def requested(matchmaking: Matchmaking) -> Requested:
    """The meetings asked for between companies still taking part."""
    active = set(
        Company.objects.filter(matchmaking=matchmaking, status=Company.Status.ACTIVE).values_list(
            "pk", flat=True
        )
    )
    weights: dict[tuple[int, int], int] = {}
    rows = MeetingRequest.objects.filter(matchmaking=matchmaking).values_list(
        "requester_id", "target_id", "priority"
    )
    for a, b, priority in rows:
        if a in active and b in active:
            key = (min(a, b), max(a, b))
            weights[key] = weights.get(key, 0) + WEIGHTS[priority]
    return Requested(weights)


def _on_grid(moment: datetime, first: datetime, step: timedelta) -> datetime:
    late = (moment - first) % step
    return moment if not late else moment + (step - late)


def problem_for(matchmaking: Matchmaking, *, previous: MatchRun | None = None, replan_from=None) -> dict:
    sessions = list(matchmaking.sessions.all())
    if not sessions:
        raise ValidationError(_("Give the matchmaking its sessions first."))
    wanted = requested(matchmaking)
    if not wanted.weights:
        raise ValidationError(_("No meeting requests between companies taking part."))
    involved = {c for pair in wanted.weights for c in pair}
    chosen: dict[int, list] = {}
    through = Company.sessions.through.objects.filter(company_id__in=involved).select_related("matchsession")
    for row in through:
        chosen.setdefault(row.company_id, []).append(row.matchsession)
    parties = []
    for company_id in sorted(involved):
        entry = {"id": party(company_id), "kind": "company"}
        if company_id in chosen:
            entry["available"] = [
                [local(s.start), local(s.end)] for s in sorted(chosen[company_id], key=lambda s: s.start)
            ]
        parties.append(entry)
    first, last = sessions[0].start, sessions[-1].end
    step = timedelta(minutes=matchmaking.slot_minutes)
    pinned: dict[str, str] = {}
    window = None
    if previous is not None and previous.plan:
        begin = _on_grid(replan_from or timezone.now(), first, step)
        for a in previous.plan.get("assignments", []):
            if aware(a["start"]) < begin and pair_of(a["meeting"]) in wanted.weights:
                pinned[a["meeting"]] = a["start"]
        window = [[local(max(begin, first)), local(last)]] if begin < last else []
    meetings = []
    for (a, b), weight in sorted(wanted.weights.items()):
        ident = meeting_id(a, b)
        meeting = {
            "id": ident,
            "parties": [party(a), party(b)],
            "minutes": matchmaking.slot_minutes,
            "weight": weight,
            "interpretation": "none",
        }
        if ident in pinned:
            meeting["pinned"] = {"start": pinned[ident]}
        elif window is not None:
            if not window:
                continue  # the day is over: nothing more can be placed
            meeting["windows"] = window
        meetings.append(meeting)
    venue = matchmaking.venue
    return {
        "format": "hostcity/1",
        "name": f"{matchmaking.edition} matchmaking",
        "timezone": str(timezone.get_current_timezone()),
        "slot_minutes": matchmaking.slot_minutes,
        "sessions": [{"id": f"s{s.pk}", "start": local(s.start), "end": local(s.end)} for s in sessions],
        "venues": [
            {
                "id": "hall",
                "name": venue.name_en if venue else matchmaking.place_en or "Matchmaking hall",
                "rooms": [{"id": table_id(n), "kind": "table"} for n in range(1, matchmaking.tables + 1)],
            }
        ],
        "parties": parties,
        "meetings": meetings,
    }
