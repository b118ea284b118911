"""The one place that decides whether a booking or a closure may exist.

Every function here runs in a transaction and locks the rooms it touches, so two officers booking
the same room at the same moment end with exactly one booking (PostgreSQL also refuses overlaps in
the database itself; see migrations/0002_postgres_guards.py). Nothing is saved while any conflict
remains; each conflict says precisely what is in the way.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from hostcity.venues.models import Booking, Closure, Room, Venue

MAX_OCCURRENCES = 366


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.start < end and start < self.end


def describe_period(start: datetime, end: datetime) -> str:
    start, end = timezone.localtime(start), timezone.localtime(end)
    first = date_format(start, "DATETIME_FORMAT")
    if start.date() == end.date():
        return f"{first}–{date_format(end, 'TIME_FORMAT')}"
    return f"{first} – {date_format(end, 'DATETIME_FORMAT')}"


@dataclass(frozen=True)
class Conflict:
    """One requested period and what stands in its way: a live booking or a closure."""

    period: Period
    booking: Booking | None = None
    closure: Closure | None = None

    @property
    def message(self) -> str:
        if self.booking is not None:
            b = self.booking
            return _(
                "%(room)s is already booked %(when)s for “%(purpose)s” (booking %(id)s, %(status)s)."
            ) % {
                "room": b.room.name,
                "when": describe_period(b.start, b.end),
                "purpose": b.purpose,
                "id": b.pk,
                "status": b.get_status_display().lower(),
            }
        c = self.closure
        assert c is not None
        return _("%(place)s is closed %(when)s: %(reason)s%(note)s.") % {
            "place": c.place.name,
            "when": describe_period(c.start, c.end),
            "reason": c.get_reason_display().lower(),
            "note": f" ({c.note})" if c.note else "",
        }


@dataclass
class BookingError(Exception):
    """A booking or closure was refused. `errors` maps a field name ('' for the whole) to messages."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def __str__(self) -> str:
        return " ".join(
            f"{name}: {msg}" if name else msg for name, msgs in self.errors.items() for msg in msgs
        )

    @classmethod
    def from_conflicts(cls, conflicts: list[Conflict], *, field_name: str = "") -> "BookingError":
        return cls({field_name: [c.message for c in conflicts]}, conflicts)


@dataclass(frozen=True)
class Recurrence:
    """Repeat a booking daily, or weekly on the given weekdays (0 = Monday), until a date (inclusive)."""

    frequency: str  # "daily" or "weekly"
    until: date
    weekdays: tuple[int, ...] = ()


def check_period(start: datetime | None, end: datetime | None) -> None:
    errors: dict[str, list[str]] = {}
    for name, value in (("start", start), ("end", end)):
        if value is None:
            errors[name] = [_("This field is required.")]
        elif timezone.is_naive(value):
            errors[name] = [_("Give a time with its time zone.")]
    if not errors and end <= start:  # type: ignore[operator]
        errors["end"] = [_("The end must be after the start.")]
    if errors:
        raise BookingError(errors)


def occurrences(start: datetime, end: datetime, recurrence: Recurrence | None) -> list[Period]:
    """The periods of a (possibly recurring) booking, repeated at the same local wall-clock times."""
    check_period(start, end)
    if recurrence is None:
        return [Period(start, end)]
    local_start, local_end = timezone.localtime(start), timezone.localtime(end)
    if recurrence.frequency not in {"daily", "weekly"}:
        raise BookingError({"frequency": [_("Choose daily or weekly.")]})
    if recurrence.until < local_start.date():
        raise BookingError({"until": [_("The last date must not be before the first booking.")]})
    weekdays = set(recurrence.weekdays) if recurrence.frequency == "weekly" else set(range(7))
    if not weekdays or not weekdays <= set(range(7)):
        raise BookingError({"weekdays": [_("Choose at least one weekday.")]})
    span = local_end - local_start
    tz = timezone.get_current_timezone()
    periods = []
    day = local_start.date()
    while day <= recurrence.until:
        if day.weekday() in weekdays:
            first = datetime.combine(day, time(local_start.hour, local_start.minute, local_start.second), tz)
            periods.append(Period(first, first + span))
            if len(periods) > MAX_OCCURRENCES:
                raise BookingError(
                    {"until": [_("A series may hold at most %(n)s bookings.") % {"n": MAX_OCCURRENCES}]}
                )
        day += timedelta(days=1)
    return periods


def conflicts_for(
    room: Room, periods: Iterable[Period], *, ignore_booking: int | None = None
) -> list[Conflict]:
    """Every (period, obstacle) pair for these periods in this room: live bookings and closures."""
    periods = sorted(periods, key=lambda p: p.start)
    if not periods:
        return []
    first, last = periods[0].start, max(p.end for p in periods)
    bookings = list(
        Booking.objects.select_related("room")
        .filter(room=room, status__in=Booking.LIVE, start__lt=last, end__gt=first)
        .exclude(pk=ignore_booking)
        .order_by("start")
    )
    closures = list(
        Closure.objects.select_related("room", "venue")
        .filter(Q(room=room) | Q(venue_id=room.venue_id), start__lt=last, end__gt=first)
        .order_by("start")
    )
    found = []
    for period in periods:
        found += [Conflict(period, closure=c) for c in closures if period.overlaps(c.start, c.end)]
        found += [Conflict(period, booking=b) for b in bookings if period.overlaps(b.start, b.end)]
    return found


def _lock_room(room: Room) -> Room:
    return Room.objects.select_for_update().select_related("venue").get(pk=room.pk)


def _save_all(bookings: list[Booking], room: Room, periods: list[Period]) -> list[Booking]:
    try:
        with transaction.atomic():
            for booking in bookings:
                booking.save()
    except IntegrityError as exc:
        # Only reachable if the database saw something our check did not; report what is there now.
        conflicts = conflicts_for(room, periods)
        if conflicts:
            raise BookingError.from_conflicts(conflicts) from exc
        raise BookingError({"": [_("The database refused the booking: %(error)s") % {"error": exc}]}) from exc
    return bookings


@transaction.atomic
def book_room(
    room: Room,
    *,
    start: datetime,
    end: datetime,
    purpose: str,
    by,
    status: str = Booking.Status.TENTATIVE,
    event=None,
    recurrence: Recurrence | None = None,
) -> list[Booking]:
    """Book a room once, or as a recurring series. Returns the bookings made; nothing if any conflicts."""
    periods = occurrences(start, end, recurrence)
    if not purpose or not purpose.strip():
        raise BookingError({"purpose": [_("Say what the room is booked for.")]})
    if status not in Booking.LIVE:
        raise BookingError({"status": [_("A new booking is tentative or confirmed.")]})
    room = _lock_room(room)
    conflicts = conflicts_for(room, periods)
    if conflicts:
        raise BookingError.from_conflicts(conflicts)
    series = uuid.uuid4() if len(periods) > 1 else None
    bookings = [
        Booking(
            room=room,
            start=p.start,
            end=p.end,
            purpose=purpose.strip(),
            status=status,
            event=event,
            booked_by=by,
            series=series,
        )
        for p in periods
    ]
    return _save_all(bookings, room, periods)


@transaction.atomic
def change_booking(
    booking: Booking,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    room: Room | None = None,
    purpose: str | None = None,
    status: str | None = None,
) -> Booking:
    """Move, rename, confirm or cancel a booking; a live result is checked like a new booking."""
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    new_room = room or booking.room
    new_start, new_end = start or booking.start, end or booking.end
    check_period(new_start, new_end)
    new_status = status or booking.status
    if new_status not in Booking.Status.values:
        raise BookingError({"status": [_("Unknown status %(status)s.") % {"status": new_status}]})
    if purpose is not None and not purpose.strip():
        raise BookingError({"purpose": [_("Say what the room is booked for.")]})
    if new_status in Booking.LIVE:
        new_room = _lock_room(new_room)
        period = Period(new_start, new_end)
        conflicts = conflicts_for(new_room, [period], ignore_booking=booking.pk)
        if conflicts:
            raise BookingError.from_conflicts(conflicts)
    booking.room, booking.start, booking.end, booking.status = new_room, new_start, new_end, new_status
    if purpose is not None:
        booking.purpose = purpose.strip()
    return _save_all([booking], new_room, [Period(new_start, new_end)])[0]


def cancel_booking(booking: Booking) -> Booking:
    return change_booking(booking, status=Booking.Status.CANCELLED)


@transaction.atomic
def close_place(
    *,
    venue: Venue | None = None,
    room: Room | None = None,
    start: datetime,
    end: datetime,
    reason: str,
    note: str = "",
) -> Closure:
    """Close a venue or one room for a period. Refused, listing them, while live bookings fall in it."""
    if (venue is None) == (room is None):
        raise BookingError({"": [_("Close either a venue or a room.")]})
    check_period(start, end)
    if reason not in Closure.Reason.values:
        raise BookingError({"reason": [_("Unknown reason %(reason)s.") % {"reason": reason}]})
    rooms = Room.objects.select_for_update().filter(Q(pk=room.pk) if room else Q(venue=venue))
    in_the_way = list(
        Booking.objects.select_related("room")
        .filter(room__in=list(rooms), status__in=Booking.LIVE, start__lt=end, end__gt=start)
        .order_by("start")
    )
    if in_the_way:
        period = Period(start, end)
        raise BookingError.from_conflicts([Conflict(period, booking=b) for b in in_the_way])
    closure = Closure(venue=venue, room=room, start=start, end=end, reason=reason, note=note.strip())
    with transaction.atomic():
        closure.save()
    return closure
