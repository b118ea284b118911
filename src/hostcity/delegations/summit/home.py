"""The summit home: what the event director and the protocol officers look at first, for one event —
how long until it opens (or which day it is), the delegations by status, what is still missing
(photos, vetting, flights, rooms, lists), the requests the accepted plan leaves out with their
reasons, the day's programme, and the alerts that need someone now. Each figure leads to the page
where it is dealt with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hostcity.delegations.letters.register import passport_warning
from hostcity.delegations.models import Delegate, Delegation, Movement, Stay
from hostcity.events import run_reading
from hostcity.events.itineraries import accepted_run
from hostcity.events.models import Event, PlanRun, ProgrammeItem
from hostcity.shared.bilingual import chinese
from hostcity.shared.plan_times import aware


@dataclass(frozen=True)
class Figure:
    label: str
    value: int
    url: str
    tone: str = "neutral"  # neutral, ok, warn, danger: the colour of its status


@dataclass(frozen=True)
class Alert:
    tone: str  # warn or danger
    text: str
    url: str


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime
    title: str
    place: str
    kind: str  # programme or meeting


@dataclass
class Home:
    event: Event
    today: date
    countdown: str
    phase: str  # before, during, after
    statuses: list[Figure] = field(default_factory=list)
    registrations: list[Figure] = field(default_factory=list)
    missing: list[Figure] = field(default_factory=list)
    unscheduled: list[run_reading.Reasoned] = field(default_factory=list)
    unscheduled_groups: list[tuple[str, list[run_reading.Reasoned]]] = field(default_factory=list)
    run: PlanRun | None = None
    programme_day: date | None = None
    programme: list[Slot] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)


def countdown(event: Event, today: date) -> tuple[str, str]:
    """(what to say, phase): "Opens in 12 days", "Day 2 of 3", "Ended 4 days ago"."""
    if today < event.start_date:
        days = (event.start_date - today).days
        return ngettext("Opens tomorrow", "Opens in %(n)d days", days) % {"n": days}, "before"
    if today <= event.end_date:
        day, total = (today - event.start_date).days + 1, (event.end_date - event.start_date).days + 1
        return _("Day %(day)d of %(total)d") % {"day": day, "total": total}, "during"
    days = (today - event.end_date).days
    return ngettext("Ended yesterday", "Ended %(n)d days ago", days) % {"n": days}, "after"


def summit_home(event: Event, now: datetime | None = None) -> Home:
    now = now or timezone.now()
    today = timezone.localdate(now)
    said, phase = countdown(event, today)
    home = Home(event, today, said, phase)
    delegations = Delegation.objects.filter(event=event)
    listed = reverse("delegations:list", args=[event.pk])
    by_status = dict(delegations.values_list("status").annotate(n=Count("pk")))
    tones = {"invited": "warn", "confirmed": "ok", "arrived": "ok", "departed": "neutral"}
    home.statuses = [
        Figure(label, by_status.get(value, 0), f"{listed}?status={value}", tones.get(value, "neutral"))
        for value, label in Delegation.Status.choices
    ]
    by_list = dict(delegations.values_list("registration").annotate(n=Count("pk")))
    list_tones = {"open": "warn", "submitted": "warn", "returned": "danger", "approved": "ok"}
    home.registrations = [
        Figure(label, by_list.get(value, 0), f"{listed}?registration={value}", list_tones[value])
        for value, label in Delegation.Registration.choices
    ]
    home.missing = _missing(event, delegations)
    home.run = accepted_run(event)
    if home.run is not None:
        home.unscheduled = run_reading.unscheduled(home.run)
        home.unscheduled_groups = run_reading.grouped(home.unscheduled)
    home.programme_day = today if phase == "during" else event.start_date
    home.programme = _programme(event, home.run, home.programme_day)
    home.alerts = _alerts(event, delegations, now, home)
    return home


def _missing(event: Event, delegations) -> list[Figure]:
    members = Delegate.objects.filter(delegation__event=event)
    badged = members  # everyone of a delegation is badged
    live = delegations.exclude(status=Delegation.Status.DEPARTED)
    no_photo = badged.filter(Q(photo="") | Q(photo__isnull=True)).count()
    not_cleared = badged.exclude(vetting=Delegate.Vetting.CLEARED).count()
    no_flight = (
        live.exclude(Q(movements__direction=Movement.Direction.ARRIVAL) | ~Q(arrival_flight=""))
        .distinct()
        .count()
    )
    lodged = Stay.objects.filter(block__event=event).values("delegate")
    unlodged = members.exclude(pk__in=lodged).filter(delegation__in=live).count()
    args = [event.pk]
    return [
        Figure(
            _("Members without a photo"),
            no_photo,
            reverse("delegations:badges", args=args) + "?state=no_photo",
            "warn" if no_photo else "ok",
        ),
        Figure(
            _("Members not yet cleared in vetting"),
            not_cleared,
            reverse("delegations:vetting", args=args),
            "warn" if not_cleared else "ok",
        ),
        Figure(
            _("Delegations without an arrival flight"),
            no_flight,
            reverse("delegations:arrivals", args=args),
            "warn" if no_flight else "ok",
        ),
        Figure(
            _("Members without a hotel room"),
            unlodged,
            reverse("delegations:hotels", args=args),
            "warn" if unlodged else "ok",
        ),
    ]


def _programme(event: Event, run: PlanRun | None, day: date) -> list[Slot]:
    zh = chinese()
    slots = []
    items = ProgrammeItem.objects.filter(event=event, start__date=day).select_related("room__venue")
    for item in items:
        title = (item.title_zh if zh else "") or item.title_en
        slots.append(
            Slot(item.start, item.end, title, f"{item.room.venue.name} · {item.room.name}", "programme")
        )
    if run is not None and run.plan:
        names = run_reading.Names.of(run.problem)
        places = run_reading.room_places(run)
        for a in run.plan.get("assignments", []):
            if a["start"][:10] == day.isoformat():
                title = names.meetings.get(a["meeting"], a["meeting"])
                place = places.get(a["room"], a["room"])
                slots.append(Slot(aware(a["start"]), aware(a["end"]), title, place, "meeting"))
    return sorted(slots, key=lambda s: (s.start, s.title))


def _alerts(event: Event, delegations, now: datetime, home: Home) -> list[Alert]:
    alerts = []
    args = [event.pk]
    refused = Delegate.objects.filter(delegation__event=event, vetting=Delegate.Vetting.REFUSED).count()
    if refused:
        alerts.append(
            Alert(
                "danger",
                ngettext(
                    "%(n)d member was refused in vetting.", "%(n)d members were refused in vetting.", refused
                )
                % {"n": refused},
                reverse("delegations:vetting", args=args),
            )
        )
    returned = delegations.filter(registration=Delegation.Registration.RETURNED).count()
    submitted = delegations.filter(registration=Delegation.Registration.SUBMITTED).count()
    listed = reverse("delegations:list", args=args)
    if submitted:
        alerts.append(
            Alert(
                "warn",
                ngettext(
                    "%(n)d delegation's list waits for review.",
                    "%(n)d delegations' lists wait for review.",
                    submitted,
                )
                % {"n": submitted},
                f"{listed}?registration=submitted",
            )
        )
    if returned:
        alerts.append(
            Alert(
                "warn",
                ngettext(
                    "%(n)d list was returned to its focal point and is not back yet.",
                    "%(n)d lists were returned to their focal points and are not back yet.",
                    returned,
                )
                % {"n": returned},
                f"{listed}?registration=returned",
            )
        )
    latest = event.plan_runs.filter(status=PlanRun.Status.DONE).first()
    if home.run is None and latest is not None:
        alerts.append(
            Alert(
                "warn",
                _("Planning run %(n)s is done and waits to be accepted.") % {"n": latest.pk},
                reverse("events:run", args=[latest.pk]),
            )
        )
    elif home.run is None:
        alerts.append(
            Alert(
                "warn",
                _("No plan is accepted yet: the bilateral meetings are not scheduled."),
                reverse("events:detail", args=args),
            )
        )
    elif latest is not None and latest.pk != home.run.pk and latest.created > home.run.created:
        alerts.append(
            Alert(
                "warn",
                _("A newer planning run (%(n)s) is done and not accepted.") % {"n": latest.pk},
                reverse("events:run", args=[latest.pk]),
            )
        )
    heads = Delegate.objects.filter(delegation__event=event, category=Delegate.Category.HEAD).select_related(
        "delegation"
    )
    expiring = sum(1 for d in heads if passport_warning(d, event))
    if expiring:
        alerts.append(
            Alert(
                "warn",
                ngettext(
                    "%(n)d head of delegation has a passport that may not do for the visit.",
                    "%(n)d heads of delegation have passports that may not do for the visit.",
                    expiring,
                )
                % {"n": expiring},
                reverse("delegations:letters", args=args),
            )
        )
    if home.phase == "during":
        late = [
            s for s in home.programme if s.start <= now < s.end and s.kind == "meeting"
        ]  # under way now: the board says who is waiting
        if late:
            alerts.append(
                Alert(
                    "warn",
                    ngettext(
                        "%(n)d meeting is under way now.", "%(n)d meetings are under way now.", len(late)
                    )
                    % {"n": len(late)},
                    reverse("journey:board", args=args),
                )
            )
    return alerts
