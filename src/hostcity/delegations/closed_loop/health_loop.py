"""Keeping a closed loop: who is inside on a day, their daily tests, what they share, and the alerts
— a test missing for someone inside, a positive test with the people the person shared a meeting, a
room or a vehicle with in the days before."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.models import Loop, LoopMember, LoopPlace, SharedActivity, TestRecord
from hostcity.shared.audit.trail import Actor, record

CONTACT_DAYS = 2  # a positive test looks this many days back for contacts


def inside_on(loop: Loop, day: date):
    return (
        loop.members.filter(joined__lte=day)
        .filter(Q(left__isnull=True) | Q(left__gte=day))
        .select_related("delegate__delegation__organization")
    )


@transaction.atomic
def record_test(member: LoopMember, *, day: date, result: str, by: Actor) -> TestRecord:
    if result not in TestRecord.Result.values:
        raise ValidationError({"result": _("Unknown result %(result)s.") % {"result": result}})
    if not (member.loop.starts <= day <= member.loop.ends):
        raise ValidationError({"day": _("%(day)s is outside the loop's days.") % {"day": day}})
    test, created = TestRecord.objects.update_or_create(member=member, day=day, defaults={"result": result})
    record(by, "test" if created else "test corrected", test, {"result": [None, result]})
    return test


@transaction.atomic
def add_activity(
    loop: Loop, *, kind: str, label: str, start: datetime, end: datetime, members, room=None, by: Actor
):
    members = list(members)
    if end <= start:
        raise ValidationError({"end": _("The end must come after the start.")})
    strangers = [m for m in members if m.loop_id != loop.pk]
    if strangers:
        raise ValidationError({"members": _("%(name)s is not inside this loop.") % {"name": strangers[0]}})
    if len(members) < 2:
        raise ValidationError({"members": _("An activity is shared by two people at least.")})
    if room is not None:
        inside = LoopPlace.objects.filter(loop=loop).filter(
            Q(room=room) | Q(venue=room.venue, room__isnull=True)
        )
        if not inside.exists():
            raise ValidationError({"room": _("%(room)s is outside the loop.") % {"room": room}})
    activity = SharedActivity.objects.create(
        loop=loop, kind=kind, label=label, start=start, end=end, room=room
    )
    activity.members.set(members)
    record(by, "activity", activity, {"members": [None, len(members)]})
    return activity


@dataclass
class Contact:
    member: LoopMember
    shared: list[SharedActivity] = field(default_factory=list)


def contacts_of(member: LoopMember, *, since: datetime, until: datetime) -> list[Contact]:
    """Everyone who shared an activity with `member` between `since` and `until`, with what they shared."""
    activities = (
        SharedActivity.objects.filter(members=member, start__lt=until, end__gt=since)
        .prefetch_related("members__delegate__delegation__organization")
        .order_by("start")
    )
    found: dict[int, Contact] = {}
    for activity in activities:
        for other in activity.members.all():
            if other.pk != member.pk:
                found.setdefault(other.pk, Contact(other)).shared.append(activity)
    return sorted(found.values(), key=lambda c: (-len(c.shared), c.member.display_name))


@dataclass
class Alert:
    kind: str  # missing | positive
    member: LoopMember
    contacts: list[Contact] = field(default_factory=list)


def alerts(loop: Loop, day: date) -> list[Alert]:
    """Positives first (with their contacts over the days before), then everyone inside without a test."""
    members = list(inside_on(loop, day))
    results = defaultdict(
        str, TestRecord.objects.filter(member__in=members, day=day).values_list("member_id", "result")
    )
    tz = timezone.get_current_timezone()
    until = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    since = until - timedelta(days=CONTACT_DAYS + 1)
    out = [
        Alert("positive", m, contacts_of(m, since=since, until=until))
        for m in members
        if results[m.pk] == TestRecord.Result.POSITIVE
    ]
    out += [Alert("missing", m) for m in members if not results[m.pk]]
    return out
