"""The room finder: free rooms of a kind and size for a period, nearest first.

Candidates are ordered in the database by an equirectangular distance (exact enough to rank within
a city, and plain arithmetic on every database); the distance shown is the great-circle one.
"""

import math
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, ExpressionWrapper, F, FloatField, OuterRef, Q

from hostcity.planning.travel import haversine_km as great_circle_km
from hostcity.venues.models import Booking, Closure, Room


@dataclass(frozen=True)
class FoundRoom:
    room: Room
    distance_km: float | None


def free_rooms(
    *,
    start: datetime,
    end: datetime,
    capacity: int = 1,
    kind: str = "",
    min_booths: int = 0,
    area=None,
    near: tuple[float, float] | None = None,
    limit: int = 20,
) -> list[FoundRoom]:
    busy = Booking.objects.filter(room=OuterRef("pk"), status__in=Booking.LIVE, start__lt=end, end__gt=start)
    closed = Closure.objects.filter(
        Q(room=OuterRef("pk")) | Q(venue=OuterRef("venue_id")), start__lt=end, end__gt=start
    )
    rooms = (
        Room.objects.select_related("venue__area")
        .filter(capacity__gte=capacity, interpretation_booths__gte=min_booths)
        .exclude(Exists(busy))
        .exclude(Exists(closed))
    )
    if kind:
        rooms = rooms.filter(kind=kind)
    if area is not None:
        rooms = rooms.filter(venue__area=area)
    if near is None:
        return [FoundRoom(room, None) for room in rooms.order_by("capacity", "venue__name_en")[:limit]]
    lat0, lon0 = near
    squeeze = math.cos(math.radians(lat0))
    dx = (F("venue__longitude") - lon0) * squeeze
    dy = F("venue__latitude") - lat0
    rooms = rooms.annotate(rank=ExpressionWrapper(dx * dx + dy * dy, output_field=FloatField())).order_by(
        "rank", "capacity", "name_en"
    )[:limit]
    return [
        FoundRoom(room, great_circle_km(lat0, lon0, room.venue.latitude, room.venue.longitude))
        for room in rooms
    ]
