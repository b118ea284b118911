"""A room holds one meeting or fixed item at a time (its fixed items were already taken out of each
meeting's possible starts in that room).

Rooms that every meeting sees alike — in one venue, offered to the same meetings at the same starts
(two bilateral rooms of one hotel, say) — are one choice in the model: a class of n rooms holds n
meetings at a time (a cumulative), and the rooms are dealt out once the plan is read (`dealt`).
Without it, every plan comes in n! copies that differ only in which of the alike rooms each meeting
took, and the search proves the same thing over each."""

from __future__ import annotations

from collections import defaultdict

from hostcity.planning.model.build import Build
from hostcity.planning.timeline import Timeline


def classes(timeline: Timeline) -> dict[int, list[int]]:
    """Each room in a class of two or more rooms alike -> the class (its rooms in order; the first
    stands for the class in the model)."""
    seen: dict[int, list] = defaultdict(list)
    for frame in timeline.frames:
        for option in frame.options:
            seen[option.room].append((frame.index, option.start_set))
    groups: dict[tuple, list[int]] = defaultdict(list)
    for room, offers in seen.items():
        groups[(timeline.rooms[room][0], tuple(offers))].append(room)
    out: dict[int, list[int]] = {}
    for rooms in groups.values():
        if len(rooms) > 1:
            rooms.sort()
            out.update(dict.fromkeys(rooms, rooms))
    return out


def stands_for(build: Build, room: int) -> int:
    """The room that stands for `room`'s class in the model (itself when it has none)."""
    alike = build.room_classes.get(room)
    return alike[0] if alike else room


def add_to(build: Build) -> None:
    model = build.model
    by_room = defaultdict(list)
    for mv in build.meetings:
        if mv is None:
            continue
        for literal, option in zip(mv.room_literals, mv.options, strict=True):
            by_room[option.room].append((mv, literal))
    for room, users in by_room.items():
        capacity = len(build.room_classes.get(room, [room]))
        if len(users) <= capacity:  # one room with one user, or a class with room for all
            continue
        intervals = [
            model.new_optional_fixed_size_interval_var(
                mv.start, mv.frame.duration, literal, f"m{mv.frame.index}_in_{room}"
            )
            for mv, literal in users
        ]
        if capacity == 1:
            model.add_no_overlap(intervals)
        else:
            model.add_cumulative(intervals, [1] * len(intervals), capacity)


def dealt(build: Build, placed: dict) -> dict:
    """The placements with each meeting held in a class given one of the class's rooms: in order of
    start, the room it is preferred in (a hint, or where it was before) when free, else a free one
    no later meeting is preferred in, if there is one. A class never holds more meetings at a time
    than it has rooms, so some room is always free."""
    by_class = defaultdict(list)
    for i, spot in placed.items():
        if spot[1] in build.room_classes:
            by_class[spot[1]].append(i)
    out = dict(placed)
    frames = build.timeline.frames
    for room, indices in by_class.items():
        alike = build.room_classes[room]
        free_at = dict.fromkeys(alike, -(1 << 60))
        wanted = {i: build.preferred[i] for i in indices if build.preferred.get(i) in free_at}
        claimed: dict[int, int] = defaultdict(int)  # room -> meetings not yet dealt that are preferred in it
        for r in wanted.values():
            claimed[r] += 1
        for i in sorted(indices, key=lambda i: (placed[i][0], i not in wanted, i)):
            start, _, venue, chosen = placed[i]
            free = [r for r in alike if free_at[r] <= start]
            # The room it is preferred in when free; else the first free one nobody later wants.
            r = wanted[i] if wanted.get(i) in free else min(free, key=lambda r: claimed[r] > 0)
            if i in wanted:
                claimed[wanted[i]] -= 1
            free_at[r] = start + frames[i].duration
            out[i] = (start, r, venue, chosen)
    return out
