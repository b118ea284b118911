"""Tiered management of festivals and international sports events: the tier follows from the event's
level, its scale and its international participation, by a rule anyone can check; a person may set
another tier, with the reason, which is then shown beside the rule's.

Points: level — world or continental championship 3, international 2, national 1, city or district
0; scale — 10,000 participants or more 2, 1,000 or more 1; international participation — 30 % of
participants or more 2, 10 % or more 1. Tier 1 (coordinated by the city) from 5 points, tier 2 (by
the organizing district with the city's services) from 3, tier 3 (by the district) below."""

from __future__ import annotations

LEVEL_POINTS = {"world": 3, "international": 2, "national": 1, "city": 0}
TIER_DESCRIPTIONS = {
    1: "coordinated by the city",
    2: "run by the district with the city's services",
    3: "run by the district",
}


def points(level: str, participants: int | None, foreign_share: int | None) -> int:
    score = LEVEL_POINTS.get(level or "", 0)
    if participants is not None:
        score += 2 if participants >= 10_000 else 1 if participants >= 1_000 else 0
    if foreign_share is not None:
        score += 2 if foreign_share >= 30 else 1 if foreign_share >= 10 else 0
    return score


def tier_by_rule(level: str, participants: int | None, foreign_share: int | None) -> int:
    score = points(level, participants, foreign_share)
    return 1 if score >= 5 else 2 if score >= 3 else 3


def tier_of(entry) -> int | None:
    """The entry's tier: the one set by hand when there is one, else the rule's; none but for events."""
    if entry.kind != "event":
        return None
    return entry.tier_override or tier_by_rule(entry.level, entry.participants, entry.foreign_share)
