"""Travel minutes between venues (contract 2.3): 0 within a venue; the matrix entry when given;
else max(minimum, ceil(60 * haversine_km * detour / speed)), Earth radius 6371.0 km."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hostcity.planning.problem import Problem

EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


class TravelTimes:
    def __init__(self, problem: Problem):
        self.ids = [venue.id for venue in problem.venues]
        self.index = {vid: i for i, vid in enumerate(self.ids)}
        settings = problem.travel
        given = {frozenset((e.from_, e.to)): e.minutes for e in settings.matrix}
        locations = {venue.id: venue.location for venue in problem.venues}
        n = len(self.ids)
        self.table = [[0] * n for _ in range(n)]
        for i, a in enumerate(self.ids):
            for j, b in enumerate(self.ids):
                if i == j:
                    continue
                if frozenset((a, b)) in given:
                    self.table[i][j] = given[frozenset((a, b))]
                else:
                    la, lb = locations[a], locations[b]
                    if la is None or lb is None:  # sense.py refuses this before a timeline is built
                        raise ValueError(f"no travel time between {a} and {b}, and no location to guess it")
                    km = haversine_km(la.lat, la.lon, lb.lat, lb.lon)
                    self.table[i][j] = max(
                        settings.minimum_minutes, math.ceil(60 * km * settings.detour / settings.speed_kmh)
                    )

    def minutes(self, a: str, b: str) -> int:
        return self.table[self.index[a]][self.index[b]]

    @property
    def flat(self) -> list[int]:
        return [value for row in self.table for value in row]

    @property
    def largest(self) -> int:
        return max(self.flat, default=0)
