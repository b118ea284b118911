"""First come, first served: take the requests in an order and give each the earliest start and room
still free, as planners do by hand. The engine's warm start (musts and heavy meetings first) and the
benchmark's by-hand baseline (requests in file order)."""

from __future__ import annotations

import random
import time
from collections import defaultdict
from typing import NamedTuple

from hostcity.planning.searches import feasibility
from hostcity.planning.timeline import Timeline


class Placement(NamedTuple):
    start: int
    room: int  # index into timeline.rooms
    venue: int
    interpreters: list[int]


def _below(limit: int | None, used: int, more: int) -> bool:
    """Room for `more` under a daily limit (none: always)."""
    return limit is None or used + more <= limit


def _within(timeline: Timeline, interpreter: int, start: int, end: int) -> bool:
    periods = timeline.interpreter_periods(interpreter)
    return periods is None or timeline.inside(start, end, periods)


def _clear(schedule, start: int, end: int, venue: int, table) -> bool:
    return all(e + table[v][venue] <= start or end + table[venue][v] <= s for s, e, v in schedule)


def first_come_first_served(
    timeline: Timeline, order: list[int] | None = None, prefer: dict | None = None
) -> dict[int, Placement]:
    """Place requests in `order`, each at the earliest start and room still free; a meeting in `prefer`
    (meeting -> (start, room, ...), e.g. a previous plan) gets that start and room when still possible."""
    table = timeline.travel.table
    frames = timeline.frames
    if order is None:
        order = list(range(len(frames)))
    party_schedule: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    # Rooms taken per grid slot: starts lie on the grid, so two meetings in a room overlap exactly
    # when they share a slot.
    room_slots: dict[int, set[int]] = defaultdict(set)
    all_rooms = len(timeline.rooms)
    interpreter_schedule: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    interpreter_minutes: dict[tuple, int] = defaultdict(int)  # (interpreter, day) -> minutes
    party_count: dict[tuple, int] = defaultdict(int)  # (party, day) -> meetings
    placed: dict[int, Placement] = {}
    problem = timeline.problem
    for index in order:
        frame = frames[index]
        if any(timeline.meeting_index[ref] not in placed for ref in frame.meeting.after):
            continue
        earliest = max(
            (
                placed[timeline.meeting_index[ref]].start + frames[timeline.meeting_index[ref]].duration
                for ref in frame.meeting.after
            ),
            default=-(10**9),
        )
        choice = None
        options = list(frame.options)
        starts = frame.possible
        if prefer and index in prefer:
            old_start, old_room = prefer[index][0], prefer[index][1]
            options.sort(key=lambda option: option.room != old_room)
            starts = [old_start, *(t for t in starts if t != old_start)] if old_start in starts else starts
        for start in starts:
            if start < earliest:
                continue
            end = start + frame.duration
            day = timeline.day(start)
            if not all(
                _below(problem.parties[p].max_meetings_per_day, party_count[p, day], 1) for p in frame.parties
            ):
                continue
            held = timeline.slots_held(start, frame.duration)
            if any(len(room_slots[k]) >= all_rooms for k in held):
                continue  # every room is taken then
            cleared: dict[int, bool] = {}  # venue -> the parties can be there then
            for option in options:
                v = option.venue
                if v not in cleared:
                    cleared[v] = all(_clear(party_schedule[p], start, end, v, table) for p in frame.parties)
                if not cleared[v] or start not in option.start_set:
                    continue
                if any(option.room in room_slots[k] for k in held):
                    continue
                chosen = []
                for candidates in frame.interpreter_options:
                    pick = next(
                        (
                            i
                            for i in candidates
                            if i not in chosen
                            and _within(timeline, i, start, end)
                            and _clear(interpreter_schedule[i], start, end, v, table)
                            and _below(
                                problem.interpreters[i].max_minutes_per_day,
                                interpreter_minutes[i, day],
                                frame.duration,
                            )
                        ),
                        None,
                    )
                    if pick is None:
                        break
                    chosen.append(pick)
                else:
                    choice = Placement(start, option.room, v, chosen)
                    break
            if choice:
                break
        if choice is None:
            continue
        placed[index] = choice
        end = choice.start + frame.duration
        for k in timeline.slots_held(choice.start, frame.duration):
            room_slots[k].add(choice.room)
        day = timeline.day(choice.start)
        for p in frame.parties:
            party_schedule[p].append((choice.start, end, choice.venue))
            party_count[p, day] += 1
        for i in choice.interpreters:
            interpreter_schedule[i].append((choice.start, end, choice.venue))
            interpreter_minutes[i, day] += frame.duration
    return placed


def priority_order(timeline: Timeline) -> list[int]:
    """Musts and pinned first, then heavier, then longer, then in file order."""
    return sorted(
        range(len(timeline.frames)),
        key=lambda i: (
            not timeline.frames[i].must,
            -timeline.frames[i].weight,
            -timeline.frames[i].duration,
            i,
        ),
    )


def musts_by_restarts(timeline: Timeline, seconds: float, seed: int = 0) -> dict[int, Placement] | None:
    """First come, first served on the musts alone (and what they come after), the most constrained
    first, then in shuffled orders until one places every must or the time is up. None: no order
    found; which says nothing about whether one exists."""
    deadline = time.monotonic() + seconds
    frames = timeline.frames
    musts = [f.index for f in frames if f.must]
    wanted = musts + sorted(feasibility.musts_and_before(timeline) - set(musts))

    def slack(i: int) -> tuple:
        f = frames[i]
        return (f.meeting.pinned is None, len(f.possible) * max(1, len(f.options)), i)

    order = sorted(wanted, key=slack)
    rng = random.Random(seed)
    while True:
        placed = first_come_first_served(timeline, order)
        if all(i in placed for i in musts):
            return placed
        if time.monotonic() >= deadline:
            return None
        # What was left out goes first next time; the rest in a shuffled order of slack.
        missed = [i for i in order if i not in placed]
        rest = [i for i in order if i in placed]
        rng.shuffle(rest)
        order = missed + sorted(rest, key=lambda i: slack(i)[0])
