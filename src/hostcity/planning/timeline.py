"""The problem in integer minutes from the first session start, as the model and the explainer use it:
the grid, each meeting's possible starts and rooms, each room's own limits. (The validator does its
own arithmetic and uses none of this.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property

from hostcity.planning.problem import Meeting, Problem
from hostcity.planning.travel import TravelTimes


@dataclass
class Busy:
    """A fixed commitment of a party or room: [start, end) minutes at a venue index."""

    start: int
    end: int
    venue: int
    label: str


@dataclass
class RoomOption:
    room: int  # index into Timeline.rooms
    venue: int
    starts: list[int]  # possible start minutes in this room
    start_set: frozenset[int] = frozenset()  # the same, for membership (shared by rooms alike)

    def __post_init__(self):
        if len(self.start_set) != len(self.starts):
            self.start_set = frozenset(self.starts)


@dataclass
class MeetingFrame:
    index: int
    meeting: Meeting
    duration: int
    size: int
    parties: list[int]
    starts: list[int]  # possible starts before any room limit
    options: list[RoomOption] = field(default_factory=list)
    must: bool = False
    weight: int = 0
    needs: list[tuple[str, str] | tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    interpreter_options: list[list[int]] = field(default_factory=list)  # per need: interpreter indices

    @cached_property
    def possible(self) -> list[int]:
        """Every start some room allows (read once the timeline is built: it is kept)."""
        return sorted({s for option in self.options for s in option.starts})


class Timeline:
    def __init__(self, problem: Problem):
        self.problem = problem
        self.t0 = min(s.start for s in problem.sessions)
        self.step = problem.slot_minutes
        self.sessions = sorted((self.minute(s.start), self.minute(s.end)) for s in problem.sessions)
        # Global slot numbers (contract 3.4): grid slots of all sessions in time order.
        self.slot_of: dict[int, int] = {}
        for start, end in self.sessions:
            for t in range(start, end, self.step):
                self.slot_of[t] = len(self.slot_of)
        self.slot_starts = sorted(self.slot_of)
        self.travel = TravelTimes(problem)
        # A proven upper bound on a plan's value, once the solver has one that needs no search
        # (bounds.py); every model built for this timeline is told (a redundant constraint).
        self.value_ceiling: int | None = None
        self.venue_ids = self.travel.ids
        self.rooms = [
            (venue_index, room) for venue_index, venue in enumerate(problem.venues) for room in venue.rooms
        ]
        self.room_index = {room.id: i for i, (_, room) in enumerate(self.rooms)}
        self.party_index = {party.id: i for i, party in enumerate(problem.parties)}
        self.meeting_index = {meeting.id: i for i, meeting in enumerate(problem.meetings)}
        self.party_busy: list[list[Busy]] = [[] for _ in problem.parties]
        self.room_busy: list[list[Busy]] = [[] for _ in self.rooms]
        for item in problem.fixed:
            if item.room is not None:
                r = self.room_index[item.room]
                venue = self.rooms[r][0]
                self.room_busy[r].append(Busy(self.minute(item.start), self.minute(item.end), venue, item.id))
            elif item.venue is not None:
                venue = self.travel.index[item.venue]
            else:
                raise ValueError(f"fixed item {item.id} has neither room nor venue")  # sense.py refuses it
            for party in item.parties:
                self.party_busy[self.party_index[party]].append(
                    Busy(self.minute(item.start), self.minute(item.end), venue, item.id)
                )
        self.frames = [self._frame(i, meeting) for i, meeting in enumerate(problem.meetings)]

    # -- time -------------------------------------------------------------------------------------
    def minute(self, moment: datetime) -> int:
        return int((moment - self.t0).total_seconds() // 60)

    def moment(self, minute: int) -> datetime:
        return self.t0 + timedelta(minutes=minute)

    def day(self, minute: int) -> date:
        return self.moment(minute).date()

    def last_slot(self, start: int, duration: int) -> int:
        """The global slot number holding a meeting's final minute (a meeting lies in one session)."""
        return self.slot_of[start] + (duration - 1) // self.step

    def slots_held(self, start: int, duration: int) -> range:
        """The global slot numbers a meeting starting on the grid occupies."""
        return range(self.slot_of[start], self.last_slot(start, duration) + 1)

    def periods(self, periods) -> list[tuple[int, int]]:
        return [(self.minute(p.start), self.minute(p.end)) for p in periods]

    @staticmethod
    def inside(start: int, end: int, periods: list[tuple[int, int]]) -> bool:
        return any(a <= start and end <= b for a, b in periods)

    # -- frames -----------------------------------------------------------------------------------
    def _frame(self, index: int, meeting: Meeting) -> MeetingFrame:
        problem = self.problem
        parties = [self.party_index[p] for p in meeting.parties]
        duration = meeting.minutes
        starts = [t for t in self.slot_starts if self.inside(t, t + duration, self.sessions)]
        if meeting.windows:
            windows = self.periods(meeting.windows)
            starts = [t for t in starts if self.inside(t, t + duration, windows)]
        for p in parties:
            party = problem.parties[p]
            if party.available:
                available = self.periods(party.available)
                starts = [t for t in starts if self.inside(t, t + duration, available)]
        if meeting.pinned is not None:
            pinned = self.minute(meeting.pinned.start)
            starts = [t for t in starts if t == pinned] if pinned in starts else []
        size = sum(problem.parties[p].size for p in parties)
        frame = MeetingFrame(
            index,
            meeting,
            duration,
            size,
            parties,
            starts,
            must=meeting.priority == "must" or meeting.pinned is not None,
            weight=problem.weight(meeting),
        )
        allowed_venues = set(meeting.venues) if meeting.venues else set(self.venue_ids)
        at_venue: dict[int, list[int]] = {}  # the starts a venue allows; rooms without fixed items share them
        venue_sets: dict[int, frozenset[int]] = {}
        for r, (v, room) in enumerate(self.rooms):
            if self.venue_ids[v] not in allowed_venues:
                continue
            if meeting.room_kinds and room.kind not in meeting.room_kinds:
                continue
            if room.capacity is not None and room.capacity < size:
                continue
            if (
                meeting.pinned is not None
                and meeting.pinned.room is not None
                and meeting.pinned.room != room.id
            ):
                continue
            if v not in at_venue:
                at_venue[v] = [t for t in starts if self.venue_allows(frame, v, t)]
                venue_sets[v] = frozenset(at_venue[v])
            room_starts, start_set = at_venue[v], venue_sets[v]
            if self.room_busy[r]:
                room_starts = [
                    t
                    for t in room_starts
                    if not any(b.start < t + duration and t < b.end for b in self.room_busy[r])
                ]
                start_set = frozenset(room_starts)
            frame.options.append(RoomOption(r, v, room_starts, start_set))
        frame.options = [option for option in frame.options if option.starts]
        self._interpretation(frame)
        return frame

    def venue_allows(self, frame: MeetingFrame, v: int, t: int) -> bool:
        """Venue v can take the meeting at t as far as fixed facts go: the venue is open, and each party
        is clear of its fixed items and can arrive and leave in time, travel included."""
        end = t + frame.duration
        venue = self.problem.venues[v]
        if venue.open and not self.inside(t, end, self.periods(venue.open)):
            return False
        table = self.travel.table
        for p in frame.parties:
            party = self.problem.parties[p]
            for b in self.party_busy[p]:
                if not (b.end + table[b.venue][v] <= t or end + table[v][b.venue] <= b.start):
                    return False
            arrival = party.arrival
            if (
                arrival is not None
                and t < self.minute(arrival.time) + table[self.travel.index[arrival.venue]][v]
            ):
                return False
            if party.departure is not None and (
                end > self.minute(party.departure.time) - table[v][self.travel.index[party.departure.venue]]
            ):
                return False
        return True

    def _interpretation(self, frame: MeetingFrame) -> None:
        meeting, problem = frame.meeting, self.problem
        needs: list = []
        if isinstance(meeting.interpretation, list):
            needs = [tuple(pair) for pair in meeting.interpretation]
        elif meeting.interpretation == "auto" and len(frame.parties) == 2:
            a, b = (problem.parties[p].languages for p in frame.parties)
            if a and b and not set(a) & set(b):
                needs = [(tuple(a), tuple(b))]
        frame.needs = needs
        for need in needs:
            left, right = need
            left = (left,) if isinstance(left, str) else left
            right = (right,) if isinstance(right, str) else right
            frame.interpreter_options.append(
                [
                    i
                    for i, interpreter in enumerate(problem.interpreters)
                    if set(left) & set(interpreter.languages) and set(right) & set(interpreter.languages)
                ]
            )

    def interpreter_periods(self, i: int) -> list[tuple[int, int]] | None:
        interpreter = self.problem.interpreters[i]
        return self.periods(interpreter.available) if interpreter.available else None
