"""iCalendar (RFC 5545) feeds of a room's or a venue's bookings and closures."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from hostcity.shared.documents.calendars import add_entry, calendar
from hostcity.venues.models import Booking, Closure

FEED_PAST = timedelta(days=60)
FEED_FUTURE = timedelta(days=400)


def feed_for(*, venue=None, room=None, host: str = "hostcity") -> bytes:
    """Live bookings and closures from two months back to a year ahead, as one calendar."""
    now = timezone.now()
    place = room or venue
    bookings = Booking.objects.select_related("room__venue").filter(
        status__in=Booking.LIVE, end__gt=now - FEED_PAST, start__lt=now + FEED_FUTURE
    )
    closures = Closure.objects.select_related("room", "venue").filter(
        end__gt=now - FEED_PAST, start__lt=now + FEED_FUTURE
    )
    if room is not None:
        bookings = bookings.filter(room=room)
        closures = closures.filter(Q(room=room) | Q(venue_id=room.venue_id))
    else:
        bookings = bookings.filter(room__venue=venue)
        closures = closures.filter(Q(venue=venue) | Q(room__venue=venue))
    cal = calendar("venue bookings", f"{place.name_en} / {place.name_zh}")
    for b in bookings.order_by("start"):
        add_entry(
            cal,
            uid=f"booking-{b.pk}@{host}",
            stamp=b.created_at,
            start=b.start,
            end=b.end,
            summary=b.purpose,
            location=f"{b.room.name_en} / {b.room.name_zh}, {b.room.venue.name_en} / {b.room.venue.name_zh}",
            status="CONFIRMED" if b.status == Booking.Status.CONFIRMED else "TENTATIVE",
        )
    for c in closures.order_by("start"):
        add_entry(
            cal,
            uid=f"closure-{c.pk}@{host}",
            stamp=now,
            start=c.start,
            end=c.end,
            summary=f"Closed: {c.get_reason_display()}" + (f" ({c.note})" if c.note else ""),
            location=f"{c.place.name_en} / {c.place.name_zh}",
            transp="OPAQUE",
        )
    return cal.to_ical()
