"""Small factories for the tests: each makes one valid record, with overrides."""

import itertools
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from hostcity.accounts.roles import sync_roles
from hostcity.venues.models import Booking, Closure, FunctionalArea, Room, Venue

_seq = itertools.count(1)
PASSWORD = "correct-horse-battery"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An aware datetime in the current time zone on day `day` of December 2030."""
    return timezone.make_aware(datetime(2030, 12, day, hour, minute))


def make_area(**fields) -> FunctionalArea:
    n = next(_seq)
    defaults = dict(code=f"area-{n}", name_en=f"Area {n}", name_zh=f"区域{n}", kind="section")
    return FunctionalArea.objects.create(**{**defaults, **fields})


def make_venue(**fields) -> Venue:
    n = next(_seq)
    defaults = dict(
        code=f"venue-{n}",
        name_en=f"Venue {n}",
        name_zh=f"场馆{n}",
        category="hotel",
        latitude=39.9 + n / 1000,
        longitude=116.4,
        district="Dongcheng 东城区",
    )
    return Venue.objects.create(**{**defaults, **fields})


def make_room(venue: Venue | None = None, **fields) -> Room:
    n = next(_seq)
    defaults = dict(
        name_en=f"Room {n}", name_zh=f"会议室{n}", kind="bilateral", capacity=40, interpretation_booths=2
    )
    return Room.objects.create(venue=venue or make_venue(), **{**defaults, **fields})


def make_booking(room: Room | None = None, *, start=None, hours: float = 1, **fields) -> Booking:
    start = start or at(1, 10)
    defaults = dict(purpose="Talks", status="confirmed")
    return Booking.objects.create(
        room=room or make_room(), start=start, end=start + timedelta(hours=hours), **{**defaults, **fields}
    )


def make_closure(*, venue=None, room=None, start=None, hours: float = 24, **fields) -> Closure:
    start = start or at(1, 0)
    return Closure.objects.create(
        venue=venue,
        room=room,
        start=start,
        end=start + timedelta(hours=hours),
        **{"reason": "maintenance", **fields},
    )


def make_user(role: str | None = None, **fields):
    sync_roles()
    n = next(_seq)
    user = get_user_model().objects.create_user(
        username=fields.pop("username", f"user{n}"), password=PASSWORD, **fields
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user
