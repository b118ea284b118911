"""The operations board of the event days: for a moment (now, or one chosen), where each delegation
is by the accepted plan (in a meeting or programme item, between, arrived or departed), the meetings
under way and those waiting for a delegation that has not arrived, and the gates' counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from hostcity.delegations.models import Delegation
from hostcity.events.itineraries import Entry, accepted_plan, itinerary_for
from hostcity.shared.plan_times import aware


@dataclass(frozen=True)
class Where:
    delegation: Delegation
    now: Entry | None
    next: Entry | None


@dataclass(frozen=True)
class Under:
    entry: Entry
    waiting_for: list[str]  # delegations in it that have not arrived


def board(event, at: datetime) -> dict:
    delegations = list(Delegation.objects.filter(event=event).select_related("organization"))
    rows, under_way = [], {}
    arrived = {Delegation.Status.ARRIVED}
    plan = accepted_plan(event)  # read once for every delegation
    for d in delegations:
        entries = itinerary_for(event, d, plan)
        current = next((e for e in entries if e.start <= at < e.end), None)
        coming = next((e for e in entries if e.start > at), None)
        rows.append(Where(d, current, coming))
        if current is not None:
            key = current.uid
            waiting = under_way.setdefault(key, (current, []))[1]
            if d.status not in arrived:
                waiting.append(d.name_en)
    meetings = [
        Under(entry, waiting) for entry, waiting in sorted(under_way.values(), key=lambda v: v[0].start)
    ]
    return {
        "at": at,
        "planned": plan is not None,
        "rows": sorted(rows, key=lambda r: (r.now is None, r.delegation.name_en)),
        "under_way": meetings,
        "late": [m for m in meetings if m.waiting_for],
        "counts": {
            label: sum(1 for d in delegations if d.status == status)
            for status, label in Delegation.Status.choices
        },
    }


def moment(text: str | None) -> datetime:
    """The board's moment: `text` (YYYY-MM-DDTHH:MM, local) when it is one, else now."""
    if text:
        try:
            return aware(text)
        except ValueError:
            pass
    return timezone.now()
