"""Finding entries: every word in either language (names, summaries, addresses, departments,
curricula, languages by code or by name in English or Chinese), a kind, a language spoken, hospitals
with emergency or direct billing, and nearness to a named place (within a radius, nearest first)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db.models import ExpressionWrapper, F, FloatField

from hostcity.directory.models import Entry
from hostcity.directory.places import BY_CODE, Place
from hostcity.shared.word_search import every_word

KM_PER_DEGREE = 111.2


@dataclass
class Query:
    text: str = ""
    kind: str = ""
    language: str = ""
    place: str = ""
    radius_km: float = 3.0
    emergency: bool = False
    insurance: bool = False


def find(query: Query):
    """(entries, the place searched near or None). Near a place, entries are nearest first."""
    found = every_word(Entry.objects.all(), query.text)
    if query.kind:
        found = found.filter(kind=query.kind)
    if query.language:
        found = found.filter(languages__icontains=f'"{query.language.lower()}"')
    if query.emergency:
        found = found.filter(emergency=True)
    if query.insurance:
        found = found.filter(international_insurance=True)
    place = BY_CODE.get(query.place)
    if place is None:
        return found.order_by("name_en"), None
    return _near(found, place, query.radius_km), place


def _near(found, place: Place, radius_km: float):
    dlat = radius_km / KM_PER_DEGREE
    stretch = math.cos(math.radians(place.latitude))
    dlon = dlat / stretch
    found = found.filter(
        latitude__range=(place.latitude - dlat, place.latitude + dlat),
        longitude__range=(place.longitude - dlon, place.longitude + dlon),
    )
    north = F("latitude") - place.latitude
    east = (F("longitude") - place.longitude) * stretch
    return found.annotate(
        nearness=ExpressionWrapper(north * north + east * east, output_field=FloatField())
    ).order_by("nearness", "name_en")


def distance_km(entry: Entry, place: Place) -> float | None:
    """Great-circle distance, for display."""
    if entry.latitude is None or entry.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(
        math.radians, (place.latitude, place.longitude, entry.latitude, entry.longitude)
    )
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
