"""Arrivals and departures: a movement is saved with the members on it, the delegation's own arrival
and departure follow its head's flights (the planning problem reads them), and when a changed arrival
or departure leaves meetings of the accepted plan outside the delegation's stay, the event is
re-planned from that plan (moving as little as it can) and the liaison officer is told; once the new
plan is accepted, they hear what moved (events/change_notices.py)."""

from __future__ import annotations

from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.accounts.models import Notice
from hostcity.delegations.models import Delegation, Movement
from hostcity.events import moves
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import PlanRun
from hostcity.events.planning_problem import party_id
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.plan_times import aware

# Who of the host greets a delegation at the airport and sees it off, by the rank of its head: the
# office's standing rule (set by hand on a movement where a visit calls for another).
GREETERS = {
    Delegation.Rank.HEAD_OF_STATE: ("Mayor of Beijing", "北京市市长"),
    Delegation.Rank.HEAD_OF_GOVERNMENT: ("Mayor of Beijing", "北京市市长"),
    Delegation.Rank.VICE_HEAD: ("Vice Mayor of Beijing", "北京市副市长"),
    Delegation.Rank.HEAD_OF_ORGANIZATION: ("Vice Mayor of Beijing", "北京市副市长"),
    Delegation.Rank.MINISTER: ("Director-General of the Foreign Affairs Office", "市外办主任"),
    Delegation.Rank.OTHER: ("Deputy Director-General of the Foreign Affairs Office", "市外办副主任"),
}


def checked_airport(text: str) -> str:
    """An airport's IATA code, upper-cased (the board, the import and the API all take it so)."""
    code = (text or "").strip().upper()
    if not (len(code) == 3 and code.isalpha()):
        raise ValidationError(_("An airport's IATA code has three letters (PEK, PKX)."))
    return code


FIELDS = ("direction", "flight", "airport", "terminal", "at", "with_head", "vip_lane", "greeter")


def greeter_for(delegation: Delegation) -> str:
    en, zh = GREETERS[Delegation.Rank(delegation.head_rank)]
    return f"{en} / {zh}"


def _stay(delegation: Delegation) -> tuple[datetime | None, datetime | None]:
    """The head's first arrival and last departure."""
    arrivals = delegation.movements.filter(direction=Movement.Direction.ARRIVAL, with_head=True)
    departures = delegation.movements.filter(direction=Movement.Direction.DEPARTURE, with_head=True)
    first = arrivals.order_by("at").first()
    last = departures.order_by("-at").first()
    return (first.at if first else None), (last.at if last else None)


def outside_stay(delegation: Delegation, run: PlanRun) -> list[str]:
    """The meetings of `run`'s plan this delegation attends before it arrives or after it leaves."""
    me = party_id(delegation)
    parties = {m["id"]: m["parties"] for m in run.problem.get("meetings", [])}
    out = []
    for a in (run.plan or {}).get("assignments", []):
        if me not in parties.get(a["meeting"], []):
            continue
        early = delegation.arrival_at and aware(a["start"]) < delegation.arrival_at
        late = delegation.departure_at and aware(a["end"]) > delegation.departure_at
        if early or late:
            out.append(a["meeting"])
    return out


EARLIEST, LATEST = 2000, 2100  # the years a flight of the product's events can be in


@transaction.atomic
def save_movement(movement: Movement, members, *, by: Actor) -> PlanRun | None:
    """Save a checked movement and the members on it; returns the re-planning run it started, if any."""
    if not EARLIEST <= timezone.localtime(movement.at).year <= LATEST:
        raise ValidationError(
            {"at": _("A flight's time between %(first)s and %(last)s.") % {"first": EARLIEST, "last": LATEST}}
        )
    delegation = Delegation.objects.select_for_update().get(pk=movement.delegation_id)
    members = list(members)
    strangers = [m for m in members if m.delegation_id != delegation.pk]
    if strangers:
        raise ValidationError(
            {"delegates": _("%(name)s is not of this delegation.") % {"name": strangers[0]}}
        )
    if not movement.greeter:
        movement.greeter = greeter_for(delegation)
    created = movement.pk is None
    movement.save()
    movement.delegates.set(members)
    record(by, "add movement" if created else "change movement", movement,
           {name: [None, str(getattr(movement, name))] for name in FIELDS}, delegation)  # fmt: skip
    before = (delegation.arrival_at, delegation.departure_at)
    delegation.arrival_at, delegation.departure_at = _stay(delegation)
    head = delegation.movements.filter(with_head=True)
    arriving = head.filter(direction=Movement.Direction.ARRIVAL).order_by("at").first()
    leaving = head.filter(direction=Movement.Direction.DEPARTURE).order_by("-at").first()
    delegation.arrival_flight = arriving.flight if arriving else ""
    delegation.departure_flight = leaving.flight if leaving else ""
    delegation.save(update_fields=["arrival_at", "departure_at", "arrival_flight", "departure_flight"])
    if before == (delegation.arrival_at, delegation.departure_at):
        return None
    return _replan_if_needed(delegation, by)


def _replan_if_needed(delegation: Delegation, by: Actor) -> PlanRun | None:
    run = accepted_run(delegation.event)
    if run is None or not outside_stay(delegation, run):
        return None
    under_way = delegation.event.plan_runs.filter(status__in=[PlanRun.Status.QUEUED, PlanRun.Status.RUNNING])
    new = None if under_way.exists() else moves.replan(run, by=by.user)
    if delegation.liaison_officer_id:
        Notice.objects.create(
            user_id=delegation.liaison_officer_id,
            title=_("%(delegation)s: new arrival or departure") % {"delegation": delegation.name_en},
            body=_(
                "Meetings outside the delegation's stay are being re-planned; you will hear what moved "
                "once the new plan is accepted."
            ),
            url=reverse("events:run", args=[new.pk])
            if new
            else reverse("events:detail", args=[delegation.event_id]),
        )
    return new


def day_of(text: str | None, event) -> date:
    """The day a board shows: `text` (YYYY-MM-DD) or the event's first day."""
    try:
        return date.fromisoformat(text or "")
    except ValueError:
        return event.start_date


def movements_on(event, day: date):
    tz = timezone.get_current_timezone()
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day, time.max, tz)
    return (
        Movement.objects.filter(delegation__event=event, at__range=(start, end))
        .select_related("delegation__organization")
        .prefetch_related("delegates")
        .order_by("at", "pk")
    )
