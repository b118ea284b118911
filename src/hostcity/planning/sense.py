"""What is well-formed but senseless in a hostcity/1 problem: unknown references, duplicate ids,
overlapping sessions, times off the grid, windows outside every session, `after` cycles, meetings
no room can ever hold. Every message starts with the path of what is wrong."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hostcity.planning.problem import Problem


def _duplicates(items, path: str) -> list[str]:
    counts = Counter(item.id for item in items)
    return [
        f"{path}[{i}].id: duplicate id '{item.id}'"
        for i, item in enumerate(items)
        if counts[item.id] > 1 and [x.id for x in items].index(item.id) != i
    ]


def _after_cycle(problem: Problem) -> list[str]:
    graph = {m.id: list(m.after) for m in problem.meetings}
    index = {m.id: i for i, m in enumerate(problem.meetings)}
    state: dict[str, int] = {}
    for root in graph:
        if state.get(root):
            continue
        stack = [(root, iter(graph[root]))]
        path = [root]
        state[root] = 1
        while stack:
            node, successors = stack[-1]
            nxt = next(successors, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif nxt in graph:
                if state.get(nxt) == 1:
                    cycle = [*path[path.index(nxt) :], nxt]
                    return [f"meetings[{index[nxt]}].after: cycle {' -> '.join(cycle)}"]
                if not state.get(nxt):
                    state[nxt] = 1
                    stack.append((nxt, iter(graph[nxt])))
                    path.append(nxt)
    return []


def sense_errors(problem: Problem) -> list[str]:
    errors: list[str] = []
    for name in ("sessions", "venues", "parties", "fixed", "meetings", "interpreters"):
        errors += _duplicates(getattr(problem, name), name)
    rooms = {}
    for v, venue in enumerate(problem.venues):
        for r, room in enumerate(venue.rooms):
            if room.id in rooms:
                errors.append(f"venues[{v}].rooms[{r}].id: duplicate room id '{room.id}'")
            rooms[room.id] = (venue, room)
    venues = {venue.id: venue for venue in problem.venues}
    parties = {party.id: party for party in problem.parties}
    meetings = {meeting.id: meeting for meeting in problem.meetings}

    # Sessions: no overlap, on the grid.
    sessions = sorted(enumerate(problem.sessions), key=lambda item: item[1].start)
    first = sessions[0][1].start
    step = timedelta(minutes=problem.slot_minutes)
    for (i, a), (j, b) in itertools.pairwise(sessions):
        if b.start < a.end:
            errors.append(f"sessions[{j}]: overlaps sessions[{i}] ('{a.id}')")
    for i, session in enumerate(problem.sessions):
        for key in ("start", "end"):
            if (getattr(session, key) - first) % step:
                errors.append(
                    f"sessions[{i}].{key}: not on the {problem.slot_minutes}-minute grid "
                    f"from {first:%Y-%m-%dT%H:%M}"
                )

    def in_some_session(start, end) -> bool:
        return any(s.start <= start and end <= s.end for s in problem.sessions)

    def touches_session(start, end) -> bool:
        return any(s.start < end and start < s.end for s in problem.sessions)

    # Travel matrix.
    seen: dict[frozenset, int] = {}
    for i, entry in enumerate(problem.travel.matrix):
        for key, ref in (("from", entry.from_), ("to", entry.to)):
            if ref not in venues:
                errors.append(f"travel.matrix[{i}].{key}: unknown venue '{ref}'")
        pair = frozenset((entry.from_, entry.to))
        if pair in seen and seen[pair] != entry.minutes:
            errors.append(
                f"travel.matrix[{i}]: {entry.from_}-{entry.to} is given twice with different minutes"
            )
        seen.setdefault(pair, entry.minutes)
    for v, venue in enumerate(problem.venues):
        if venue.location is None:
            missing = [
                o.id for o in problem.venues if o.id != venue.id and frozenset((venue.id, o.id)) not in seen
            ]
            if missing:
                errors.append(
                    f"venues[{v}].location: missing, and travel.matrix has no minutes to "
                    f"{', '.join(missing[:5])}" + (" …" if len(missing) > 5 else "")
                )

    # Parties.
    for p, party in enumerate(problem.parties):
        for key in ("arrival", "departure"):
            presence = getattr(party, key)
            if presence is not None and presence.venue not in venues:
                errors.append(f"parties[{p}].{key}.venue: unknown venue '{presence.venue}'")

    # Fixed items.
    for f, item in enumerate(problem.fixed):
        if item.room is not None and item.room not in rooms:
            errors.append(f"fixed[{f}].room: unknown room '{item.room}'")
        if item.venue is not None and item.venue not in venues:
            errors.append(f"fixed[{f}].venue: unknown venue '{item.venue}'")
        for k, ref in enumerate(item.parties):
            if ref not in parties:
                errors.append(f"fixed[{f}].parties[{k}]: unknown party '{ref}'")

    # Meetings.
    for m, meeting in enumerate(problem.meetings):
        path = f"meetings[{m}]"
        known = True
        for k, ref in enumerate(meeting.parties):
            if ref not in parties:
                errors.append(f"{path}.parties[{k}]: unknown party '{ref}'")
                known = False
            elif meeting.parties.index(ref) != k:
                errors.append(f"{path}.parties[{k}]: party '{ref}' is named twice")
        for k, ref in enumerate(meeting.venues or []):
            if ref not in venues:
                errors.append(f"{path}.venues[{k}]: unknown venue '{ref}'")
                known = False
        for k, ref in enumerate(meeting.after):
            if ref not in meetings:
                errors.append(f"{path}.after[{k}]: unknown meeting '{ref}'")
            elif ref == meeting.id:
                errors.append(f"{path}.after[{k}]: a meeting cannot follow itself")
        for k, window in enumerate(meeting.windows or []):
            if not touches_session(window.start, window.end):
                errors.append(f"{path}.windows[{k}]: outside every session")
        length = timedelta(minutes=meeting.minutes)
        if not any(s.end - s.start >= length for s in problem.sessions):
            errors.append(f"{path}.minutes: {meeting.minutes} minutes do not fit in any session")
        if isinstance(meeting.interpretation, list):
            for k, (one, other) in enumerate(meeting.interpretation):
                if not one or not other or one == other:
                    errors.append(f"{path}.interpretation[{k}]: a pair names two different languages")
        if meeting.pinned is not None:
            pinned_at = meeting.pinned.start
            if (pinned_at - first) % step:
                errors.append(f"{path}.pinned.start: not on the {problem.slot_minutes}-minute grid")
            elif not in_some_session(pinned_at, pinned_at + length):
                errors.append(f"{path}.pinned.start: the meeting would not lie inside one session")
            if meeting.pinned.room is not None:
                if meeting.pinned.room not in rooms:
                    errors.append(f"{path}.pinned.room: unknown room '{meeting.pinned.room}'")
                else:
                    venue, room = rooms[meeting.pinned.room]
                    if meeting.venues and venue.id not in meeting.venues:
                        errors.append(
                            f"{path}.pinned.room: '{room.id}' is in venue '{venue.id}', not an allowed venue"
                        )
                    if meeting.room_kinds and room.kind not in meeting.room_kinds:
                        errors.append(
                            f"{path}.pinned.room: '{room.id}' is a {room.kind} room, not an allowed kind"
                        )
        if known:
            size = sum(parties[p].size for p in meeting.parties)
            allowed = [venues[v] for v in meeting.venues] if meeting.venues else problem.venues
            holds = [
                room
                for venue in allowed
                for room in venue.rooms
                if (not meeting.room_kinds or room.kind in meeting.room_kinds)
                and (room.capacity is None or room.capacity >= size)
            ]
            if not holds:
                kinds = "/".join(meeting.room_kinds) if meeting.room_kinds else "any kind"
                errors.append(
                    f"{path}: no room can ever hold it (a {kinds} room for {size} people in "
                    f"{', '.join(v.id for v in allowed)})"
                )
    errors += _after_cycle(problem)
    return errors
