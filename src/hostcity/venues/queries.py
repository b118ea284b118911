"""Read helpers for the venue pages: a fixed number of queries whatever the number of rows shown."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from hostcity.venues.models import Booking, Closure, Room, Venue


def _per_venue(aggregate) -> Subquery:
    rooms = Room.objects.filter(venue=OuterRef("pk")).order_by().values("venue")
    return Subquery(rooms.annotate(value=aggregate).values("value")[:1])


def venues_for_atlas(
    *,
    q: str = "",
    area=None,
    category: str = "",
    min_capacity: int | None = None,
    min_booths: int | None = None,
) -> QuerySet[Venue]:
    """Venues matching the atlas filters, with figures of their rooms; search covers both languages."""
    venues = Venue.objects.select_related("area").annotate(
        room_count=Coalesce(_per_venue(Count("pk")), 0),
        largest_room=_per_venue(Max("capacity")),
        booths=Coalesce(_per_venue(Sum("interpretation_booths")), 0),
    )
    if q:
        room_named = Room.objects.filter(
            Q(name_en__icontains=q) | Q(name_zh__icontains=q), venue=OuterRef("pk")
        )
        venues = venues.filter(
            Q(name_en__icontains=q)
            | Q(name_zh__icontains=q)
            | Q(address__icontains=q)
            | Q(district__icontains=q)
            | Q(code__iexact=q)
            | Exists(room_named)
        )
    if area is not None:
        venues = venues.filter(area=area)
    if category:
        venues = venues.filter(category=category)
    if min_capacity:
        venues = venues.filter(Q(capacity__gte=min_capacity) | Q(largest_room__gte=min_capacity))
    if min_booths:
        venues = venues.filter(
            Exists(Room.objects.filter(venue=OuterRef("pk"), interpretation_booths__gte=min_booths))
        )
    return venues.order_by("name_en")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_bounds(monday: date) -> tuple[datetime, datetime]:
    tz = timezone.get_current_timezone()
    first = datetime.combine(monday, time.min, tz)
    return first, first + timedelta(days=7)


def rooms_with_week(venue: Venue, monday: date) -> tuple[list[Room], list[Closure]]:
    """The venue's rooms, each with `week_bookings` (live, in the week), and the week's closures."""
    first, last = week_bounds(monday)
    week = Booking.objects.filter(start__lt=last, end__gt=first, status__in=Booking.LIVE).order_by("start")
    closures = Closure.objects.filter(start__lt=last, end__gt=first)
    rooms = list(
        venue.rooms.prefetch_related(
            Prefetch("bookings", queryset=week, to_attr="week_bookings"),
            Prefetch("closures", queryset=closures, to_attr="week_closures"),
        ).order_by("-capacity", "name_en")
    )
    return rooms, list(closures.filter(venue=venue))


def calendar_days(monday: date, items, closures) -> list[dict]:
    """Seven days, each with the bookings and closures that touch it (local time)."""
    days = []
    for offset in range(7):
        day = monday + timedelta(days=offset)
        start = week_bounds(day)[0]  # the day's local midnight
        end = start + timedelta(days=1)
        days.append(
            {
                "date": day,
                "bookings": [b for b in items if b.start < end and b.end > start],
                "closures": [c for c in closures if c.start < end and c.end > start],
            }
        )
    return days


def bookings_for_listing(*, venue=None, room=None, since=None, until=None, status: str = "") -> QuerySet:
    bookings = Booking.objects.select_related("room__venue", "event", "booked_by").order_by("start")
    if venue is not None:
        bookings = bookings.filter(room__venue=venue)
    if room is not None:
        bookings = bookings.filter(room=room)
    if since is not None:
        bookings = bookings.filter(end__gt=since)
    if until is not None:
        bookings = bookings.filter(start__lt=until)
    if status:
        bookings = bookings.filter(status=status)
    return bookings


def dashboard_figures(user) -> dict:
    now = timezone.now()
    first, last = week_bounds(week_start(timezone.localdate()))
    figures: dict = {}
    if user.has_perm("venues.view_venue"):
        figures["venues"] = Venue.objects.count()
        figures["rooms"] = Room.objects.count()
        figures["closures"] = list(
            Closure.objects.select_related("venue", "room").filter(end__gt=now).order_by("start")[:5]
        )
    if user.has_perm("venues.view_booking"):
        figures["bookings_this_week"] = Booking.objects.filter(
            start__lt=last, end__gt=first, status__in=Booking.LIVE
        ).count()
        figures["next_bookings"] = list(
            Booking.objects.select_related("room__venue")
            .filter(end__gt=now, status__in=Booking.LIVE)
            .order_by("start")[:8]
        )
    return figures
