"""A room holds one meeting or fixed item at a time (its fixed items were already taken out of each
meeting's possible starts in that room)."""

from __future__ import annotations

from collections import defaultdict

from hostcity.planning.model.build import Build


def add_to(build: Build) -> None:
    model = build.model
    by_room = defaultdict(list)
    for mv in build.meetings:
        if mv is None:
            continue
        for literal, option in zip(mv.room_literals, mv.frame.options, strict=True):
            by_room[option.room].append((mv, literal))
    for room, users in by_room.items():
        if len(users) < 2:
            continue
        intervals = [
            model.new_optional_fixed_size_interval_var(
                mv.start, mv.frame.duration, literal, f"m{mv.frame.index}_in_{room}"
            )
            for mv, literal in users
        ]
        model.add_no_overlap(intervals)
