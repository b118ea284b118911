"""Why a request is unscheduled, in words a protocol officer understands, computed from the problem
and the plan: what stands in the way at every start and room it could have had.

Each reason is a `Why`: its English sentence (the plan's `reason`, with the problem's ids) and the
same reason as a code and its arguments (the plan's optional `why`), from which a page writes it in
its reader's language with the parties', rooms' and meetings' names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from hostcity.planning.timeline import MeetingFrame, Timeline

RANK = {"must": 4, "high": 3, "normal": 2, "low": 1}
NAMED_BLOCKERS = 3  # a reason names this many of the meetings in the way, and counts the others


@dataclass(frozen=True)
class Why:
    code: str
    text: str  # in English, with the problem's ids
    args: dict = field(default_factory=dict)  # ids, times (YYYY-MM-DDTHH:MM) and counts; JSON

    def entry(self) -> dict:
        return {"code": self.code, **self.args}

    def __str__(self) -> str:
        return self.text

    def noted(self, code: str, text: str) -> Why:
        """This reason with a note after it (the note's code is kept in `notes`)."""
        return Why(
            self.code, f"{self.text}{text}", {**self.args, "notes": [*self.args.get("notes", []), code]}
        )


def _ids(timeline: Timeline, parties: list[int]) -> list[str]:
    return [timeline.problem.parties[p].id for p in parties]


def _names(timeline: Timeline, parties: list[int]) -> str:
    ids = _ids(timeline, parties)
    return ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " and " + ids[-1]


def _at(timeline: Timeline, minute: int) -> str:
    return f"{timeline.moment(minute):%Y-%m-%dT%H:%M}"


def static_reason(timeline: Timeline, frame: MeetingFrame) -> Why | None:
    """A reason that holds whatever else is planned, or None."""
    meeting = frame.meeting
    parties = {"parties": _ids(timeline, frame.parties)}
    if frame.options:
        k = uninterpreted_need(timeline, frame)
        if k is None:
            return None
        pair = "-".join(_pair(frame.needs[k]))
        if not frame.interpreter_options[k]:
            return Why(
                "no_interpreter_on_roster", f"no interpreter for {pair} is on the roster", {"pair": pair}
            )
        return Why(
            "no_interpreter_available",
            f"no interpreter for {pair} is available at any time the meeting could be held",
            {"pair": pair},
        )
    if not frame.starts:
        if meeting.pinned is not None:
            return Why(
                "pinned_outside", "its pinned time is outside a session, a window or a party's availability"
            )
        return Why(
            "no_common_time",
            f"{_names(timeline, frame.parties)} have no common free time in the allowed windows",
            parties,
        )
    any_room = [
        r
        for r, (v, room) in enumerate(timeline.rooms)
        if (not meeting.venues or timeline.venue_ids[v] in meeting.venues)
        and (not meeting.room_kinds or room.kind in meeting.room_kinds)
        and (room.capacity is None or room.capacity >= frame.size)
    ]
    kinds = "/".join(meeting.room_kinds) if meeting.room_kinds else ""
    if not any_room:
        return Why(
            "no_room",
            f"no {kinds + ' ' if kinds else ''}room for {frame.size} people in the allowed venues",
            {"size": frame.size, "kinds": list(meeting.room_kinds or [])},
        )
    return Why(
        "no_common_time_after_travel",
        f"{_names(timeline, frame.parties)} have no common free time in the allowed windows after travel, "
        "arrival, departure and fixed programme items",
        parties,
    )


def uninterpreted_need(timeline: Timeline, frame: MeetingFrame) -> int | None:
    """The first language pair of the meeting that no interpreter can take at any of its starts."""
    for k, candidates in enumerate(frame.interpreter_options):
        for i in candidates:
            periods = timeline.interpreter_periods(i)
            if periods is None or any(
                timeline.inside(t, t + frame.duration, periods) for t in frame.possible
            ):
                break
        else:
            return k
    return None


def _pair(need) -> list[str]:
    return ["/".join(side) if not isinstance(side, str) else side for side in need]


class Occupancy:
    """What a plan holds, indexed by party, room and interpreter, for explaining many requests fast."""

    def __init__(self, timeline: Timeline, placed: dict):
        self.placed = placed
        self.by_party: dict[int, list] = {}
        self.by_room: dict[int, list] = {}
        self.by_interpreter: dict[int, list] = {}
        for j, (s, r, v, interpreters) in placed.items():
            item = (s, s + timeline.frames[j].duration, v, j)
            for p in timeline.frames[j].parties:
                self.by_party.setdefault(p, []).append(item)
            self.by_room.setdefault(r, []).append(item)
            for i in interpreters:
                self.by_interpreter.setdefault(i, []).append(item)
        self._free: dict[tuple, tuple] = {}

    def first_free(self, options: list, start: int, end: int):
        """The first of `options` whose room is free over [start, end), or None, and the placed
        meetings in the rooms before it. Many requests ask the same question: answers are kept."""
        key = (tuple(o.room for o in options), start, end)
        if key not in self._free:
            in_way: list[int] = []
            free = None
            for option in options:
                taken = [j for s, e, _v, j in self.by_room.get(option.room, []) if s < end and start < e]
                if not taken:
                    free = option
                    break
                in_way.extend(taken)
            self._free[key] = (free, in_way)
        return self._free[key]


def unscheduled_reason(
    timeline: Timeline, frame: MeetingFrame, placed: dict, occupancy: Occupancy | None = None
) -> Why:
    """`placed`: meeting index -> (start, room index, venue index, [interpreter indices])."""
    reason = static_reason(timeline, frame)
    if reason:
        return reason
    for ref in frame.meeting.after:
        if timeline.meeting_index[ref] not in placed:
            return Why("after_unscheduled", f"it must follow {ref}, which is not scheduled", {"meeting": ref})
    occupancy = occupancy or Occupancy(timeline, placed)
    table = timeline.travel.table
    blockers: Counter = Counter()
    kinds: Counter = Counter()
    first_free = None
    for start in frame.possible:
        end = start + frame.duration
        here = [option for option in frame.options if start in option.start_set]
        for venue in sorted({option.venue for option in here}):
            in_way = [
                j
                for p in frame.parties
                for s, e, v, j in occupancy.by_party.get(p, [])
                if not (e + table[v][venue] <= start or end + table[venue][v] <= s)
            ]
            if in_way:
                kinds["party"] += 1
                blockers.update(set(in_way))
                continue
            free_room, in_rooms = occupancy.first_free([o for o in here if o.venue == venue], start, end)
            blockers.update(in_rooms)
            if free_room is None:
                kinds["room"] += 1
                continue
            if frame.needs and not all(
                any(_interpreter_free(timeline, occupancy, i, start, end, venue) for i in candidates)
                for candidates in frame.interpreter_options
            ):
                kinds["interpreter"] += 1
                continue
            first_free = first_free or (start, free_room.room)
    if first_free is not None:
        start, room = first_free
        return Why(
            "could_be_held",
            f"it could be held at {timeline.moment(start):%Y-%m-%d %H:%M} in {timeline.rooms[room][1].id}, "
            "but that would cost more in breaks, break balance or travel than it brings, "
            "or the search stopped first",
            {"start": _at(timeline, start), "room": timeline.rooms[room][1].id},
        )
    if kinds["interpreter"] and kinds["interpreter"] >= max(kinds["party"], kinds["room"]):
        pair = "-".join(_pair(frame.needs[0]))
        return Why(
            "interpreter_busy",
            f"no interpreter for {pair} is free at any time it could be held",
            {"pair": pair},
        )
    if blockers:
        return _blocked(timeline, frame, blockers, kinds)
    return Why("no_start_and_room", "no start and room satisfy all the rules together")


def _blocked(timeline: Timeline, frame: MeetingFrame, blockers: Counter, kinds: Counter) -> Why:
    """The request is held off by other meetings: the one most often in the way decides the kind of
    reason; the reason names the first few in the way and counts the rest, so that no one meeting is
    blamed for what many do together."""
    j, _ = blockers.most_common(1)[0]
    other = timeline.frames[j]
    if other.meeting.pinned is not None:
        return Why(
            "blocked_by_pinned", f"blocked by pinned {other.meeting.id}", {"meeting": other.meeting.id}
        )
    mine, theirs = RANK[frame.meeting.priority], RANK[other.meeting.priority]
    shared = set(other.parties) & set(frame.parties)
    if shared and (theirs > mine or other.weight > frame.weight):
        # the meetings that hold the same parties and are worth more: each of them takes its share
        heavier = [
            timeline.frames[k].meeting.id
            for k, _n in blockers.most_common()
            if set(timeline.frames[k].parties) & shared
            and (RANK[timeline.frames[k].meeting.priority] > mine or timeline.frames[k].weight > frame.weight)
        ]
        args = {
            "parties": _ids(timeline, sorted(shared)),
            "meetings": heavier[:NAMED_BLOCKERS],
            "others": max(0, len(heavier) - NAMED_BLOCKERS),
        }
        who = _names(timeline, sorted(shared))
        if len(heavier) == 1:
            return Why("displaced", f"displaced by higher-priority meeting {other.meeting.id} ({who})", args)
        named = ", ".join(heavier[:NAMED_BLOCKERS])
        more = f" and {args['others']} more" if args["others"] else ""
        return Why(
            "displaced",
            f"{who}: taken by higher-priority meetings whenever it could be held ({named}{more})",
            args,
        )
    in_way = [timeline.frames[k].meeting.id for k, _n in blockers.most_common()]
    args = {"meetings": in_way[:NAMED_BLOCKERS], "others": max(0, len(in_way) - NAMED_BLOCKERS)}
    if kinds["room"] > kinds["party"]:
        who = _names(timeline, frame.parties)
        return Why(
            "rooms_taken",
            f"every suitable room is taken whenever {who} are free (e.g. by {other.meeting.id})",
            {"parties": _ids(timeline, frame.parties), **args},
        )
    who = _names(timeline, sorted(shared)) if shared else "the room"
    return Why(
        "parties_taken",
        f"{who} are taken by {other.meeting.id} and other meetings whenever it could be held",
        {"parties": _ids(timeline, sorted(shared)), **args},
    )


def _interpreter_free(
    timeline: Timeline, occupancy: Occupancy, i: int, start: int, end: int, venue: int
) -> bool:
    periods = timeline.interpreter_periods(i)
    if periods is not None and not timeline.inside(start, end, periods):
        return False
    table = timeline.travel.table
    return all(
        e + table[v][venue] <= start or end + table[venue][v] <= s
        for s, e, v, _j in occupancy.by_interpreter.get(i, [])
    )


def must_reason(timeline: Timeline, frame: MeetingFrame, others: list[MeetingFrame]) -> Why:
    """Why a must in a conflicting set cannot be met together with the others of the set."""
    reason = static_reason(timeline, frame)
    if reason:
        return reason
    shared = {p for other in others for p in other.parties} & set(frame.parties)
    meetings = [o.meeting.id for o in others]
    if shared:
        return Why(
            "cannot_also_attend",
            f"{_names(timeline, sorted(shared))} cannot also attend " + ", ".join(meetings),
            {"parties": _ids(timeline, sorted(shared)), "meetings": meetings},
        )
    return Why(
        "competes",
        "it competes with " + ", ".join(meetings) + " for the same rooms or interpreters",
        {"meetings": meetings},
    )


def why_moved(timeline: Timeline, frame: MeetingFrame, old: tuple, new: tuple | None) -> Why:
    """Why a meeting of the previous plan is no longer where it was."""
    start, room = old[0], old[1]
    still = any(option.room == room and start in option.starts for option in frame.options)
    where = f"{timeline.moment(start):%Y-%m-%d %H:%M} in {timeline.rooms[room][1].id}"
    args = {"start": _at(timeline, start), "room": timeline.rooms[room][1].id}
    if not still:
        if start not in frame.starts:
            why = "a party's arrival, departure, availability or windows changed"
            return Why("parties_changed", f"{where} is no longer possible: {why}", args)
        why = "the room or venue is closed, or a fixed item or travel is in the way"
        return Why("room_closed", f"{where} is no longer possible: {why}", args)
    if new is None:
        return Why("dropped", "dropped to make room for requests worth more")
    return Why("moved_for_other", f"moved from {where} to make room for a meeting that had to move", args)
