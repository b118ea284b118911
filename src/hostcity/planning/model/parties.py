"""Parties: one meeting at a time with travel between venues (their fixed items, arrival and departure
are already in each meeting's possible starts), and at most `max_meetings_per_day`."""

from __future__ import annotations

from collections import defaultdict

from hostcity.planning.model.build import Build
from hostcity.planning.model.sequencing import add_sequence


def meetings_of_parties(build: Build) -> dict[int, list]:
    by_party = defaultdict(list)
    for mv in build.meetings:
        if mv is not None:
            for p in mv.frame.parties:
                by_party[p].append(mv)
    return by_party


def add_to(build: Build) -> None:
    model, timeline = build.model, build.timeline
    for p, meetings in meetings_of_parties(build).items():
        add_sequence(build, [(mv, mv.present) for mv in meetings], f"p{p}")
        limit = timeline.problem.parties[p].max_meetings_per_day
        if limit is None:
            continue
        days = sorted({timeline.day(t) for mv in meetings for t in mv.frame.possible})
        for day in days:
            literals = [build.day_literal(mv, day) for mv in meetings]
            model.add(sum(literals) <= limit)
