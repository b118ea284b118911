"""Whether the musts can be met at all, decided before anything is optimised.

First the checks that need no search, each naming its reason and the musts behind it: a meeting
with no start left, two musts pinned to one party at one time, more musts pinned to one slot than
rooms hold, a party with more must-minutes than it has slots, a chain of `after` longer than the
slots its windows leave, a party whose pinned musts leave more breaks than the fairness bound
allows. Then, when the first-come-first-served plan does not already meet every must, a pure
feasibility solve of the model without its objective: a "no" is a proof, a "yes" is a complete plan
to start from."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning import bounds
from hostcity.planning.explain import must_reason, uninterpreted_need
from hostcity.planning.timeline import MeetingFrame, Timeline


@dataclass(frozen=True)
class Conflict:
    """Musts that cannot all be met, and why (in words a protocol officer reads)."""

    meetings: tuple[int, ...]  # frame indices
    reason: str = ""  # what the check saw; empty when each meeting's own reason says it all
    code: str = ""  # the same as a code and its arguments, for a page to write in its reader's language
    args: dict = field(default_factory=dict)

    def as_unscheduled(self, timeline: Timeline) -> list[dict]:
        """The conflict as the plan lists it: each must with its own reason (explain.py), and what the
        check saw."""
        frames = [timeline.frames[i] for i in self.meetings]
        out = []
        for f in frames:
            own = must_reason(timeline, f, [o for o in frames if o is not f])
            why = own.entry()
            if self.code:
                why["check"] = {"code": self.code, **self.args}
            reason = f"{own}; {self.reason}" if self.reason else own.text
            out.append({"meeting": f.meeting.id, "reason": reason, "why": why})
        return out


def _no_start(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    for f in musts:
        if not f.possible:
            return Conflict((f.index,))  # its own reason says why (explain.static_reason)
        if uninterpreted_need(timeline, f) is not None:
            return Conflict((f.index,))  # its own reason names the language pair nobody can interpret
    return None


def _pinned_together(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    """Two pinned musts of one party that overlap; more pinned musts in one slot than rooms hold."""
    pinned = [f for f in musts if f.meeting.pinned is not None and f.possible]
    by_party = defaultdict(list)
    for f in pinned:
        for p in f.parties:
            by_party[p].append(f)
    for p, frames in by_party.items():
        frames.sort(key=lambda f: f.possible[0])
        for a, b in itertools.pairwise(frames):
            if b.possible[0] < a.possible[0] + a.duration:
                party = timeline.problem.parties[p].id
                return Conflict(
                    (a.index, b.index),
                    f"{a.meeting.id} and {b.meeting.id} are both pinned to {party} at overlapping times",
                    "pinned_overlap",
                    {"meetings": [a.meeting.id, b.meeting.id], "parties": [party]},
                )
    by_start = defaultdict(list)
    for f in pinned:
        by_start[f.possible[0]].append(f)
    for start, frames in by_start.items():
        rooms = {o.room for f in frames for o in f.options}
        if len(frames) > len(rooms):
            when = timeline.moment(start).strftime("%Y-%m-%d %H:%M")
            return Conflict(
                tuple(f.index for f in frames),
                f"{len(frames)} meetings are pinned to {when}, where {len(rooms)} rooms can hold them",
                "pinned_too_many",
                {
                    "count": len(frames),
                    "start": timeline.moment(start).strftime("%Y-%m-%dT%H:%M"),
                    "rooms": len(rooms),
                },
            )
    return None


def _party_overfull(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    """A party whose musts need more slots than the slots any of them may take."""
    by_party = defaultdict(list)
    for f in musts:
        for p in f.parties:
            by_party[p].append(f)
    for p, frames in by_party.items():
        slots = _slots_open(timeline, frames)
        needed = _slots_needed(timeline, frames)
        if needed > len(slots):
            party = timeline.problem.parties[p].id
            return Conflict(
                tuple(f.index for f in frames),
                f"{party}'s {len(frames)} musts need {needed} slots; its availability and their windows "
                f"leave {len(slots)}",
                "party_overfull",
                {"parties": [party], "count": len(frames), "needed": needed, "slots": len(slots)},
            )
    return None


def _slots_open(timeline: Timeline, frames: list[MeetingFrame]) -> set[int]:
    """The slots some start of these meetings would hold."""
    return {t for f in frames for s in f.possible for t in timeline.slots_held(s, f.duration)}


def _slots_needed(timeline: Timeline, frames: list[MeetingFrame]) -> int:
    """The slots these meetings hold between them, held all."""
    return sum(len(timeline.slots_held(f.possible[0], f.duration)) for f in frames if f.possible)


def _resource_overfull(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    """A party, or a pool of interpreters, with more musts than it can hold: its free time packed
    with meetings as short as its shortest must, within its meetings or minutes a day."""
    for resource in bounds.resources(timeline):
        held = [f for f in resource.uses if f.must]
        if not held:
            continue
        most = bounds.most_held(timeline, resource, held)
        if most < len(held):
            return Conflict(
                tuple(f.index for f in held),
                f"{resource.name} can hold at most {most} of its {len(held)} musts (its free time, "
                "meetings and minutes a day)",
                "resource_overfull",
                {"resource": resource.name, "most": most, "count": len(held)},
            )
    return None


def _chain_too_long(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    """A must whose chain of predecessors cannot end before its last possible start (earliest ends
    pushed along `after` in topological order; sense.py has refused cycles)."""
    frames = timeline.frames
    wanted = musts_and_before(timeline)  # every predecessor of a must has to be held too
    successors = defaultdict(list)
    waiting = {}
    for i in wanted:
        preds = [timeline.meeting_index[ref] for ref in frames[i].meeting.after]
        waiting[i] = len(preds)
        for g in preds:
            successors[g].append(i)
    ready_at = dict.fromkeys(wanted, 0)
    via: dict[int, tuple[int, ...]] = {i: (i,) for i in wanted}
    queue = [i for i, n in waiting.items() if n == 0]
    while queue:
        i = queue.pop()
        f = frames[i]
        start = next((s for s in f.possible if s >= ready_at[i]), None)
        if start is None:
            if len(via[i]) > 1:
                names = " -> ".join(frames[k].meeting.id for k in via[i])
                return Conflict(
                    via[i],
                    f"the chain {names} is longer than the slots its windows leave",
                    "chain_too_long",
                    {"meetings": [frames[k].meeting.id for k in via[i]]},
                )
            continue  # no start at all: _no_start names it
        end = start + f.duration
        for j in successors[i]:
            if end > ready_at[j]:
                ready_at[j], via[j] = end, (*via[i], j)
            waiting[j] -= 1
            if waiting[j] == 0:
                queue.append(j)
    return None


def _breaks_over_spread(timeline: Timeline, musts: list[MeetingFrame]) -> Conflict | None:
    """A party whose pinned musts leave more breaks than the fairness bound allows, when some party
    has one request only (it has no break, so no party may have more than the spread). Between two
    consecutive pins of the party a break is certain when a slot of the gap can hold none of its
    other requests, or when its other requests have too few slots between them to fill the gap."""
    spread = timeline.problem.objective.max_break_spread
    if spread is None:
        return None
    requests = defaultdict(list)
    for f in timeline.frames:
        for p in f.parties:
            requests[p].append(f)
    if not any(len(frames) == 1 for frames in requests.values()):
        return None
    for p, frames in requests.items():
        pinned = sorted(
            (f for f in frames if f.must and f.meeting.pinned is not None and f.possible),
            key=lambda f: f.possible[0],
        )
        if len(pinned) < spread + 2:
            continue
        held = {f.index for f in pinned}
        others = [f for f in frames if f.index not in held]
        coverable = _slots_open(timeline, others)
        budget = _slots_needed(timeline, others)
        certain, fillable = 0, []
        for a, b in itertools.pairwise(pinned):
            gap = range(timeline.last_slot(a.possible[0], a.duration) + 1, timeline.slot_of[b.possible[0]])
            if not gap:
                continue
            if any(t not in coverable for t in gap):
                certain += 1
            else:
                fillable.append(len(gap))
        for size in sorted(fillable):  # fill the smallest gaps first: the fewest breaks left
            if size <= budget:
                budget -= size
            else:
                certain += 1
        if certain > spread:
            party = timeline.problem.parties[p].id
            return Conflict(
                tuple(f.index for f in pinned),
                f"{party}'s pinned meetings leave it at least {certain} breaks; the fairness bound allows "
                f"{spread} (a party with one meeting has none)",
                "breaks_over_spread",
                {"parties": [party], "breaks": certain, "spread": spread},
            )
    return None


CHECKS = (
    _no_start,
    _pinned_together,
    _party_overfull,
    _resource_overfull,
    _chain_too_long,
    _breaks_over_spread,
)


def obvious_conflict(timeline: Timeline) -> Conflict | None:
    """The first conflict among the musts that the checks above see without searching."""
    musts = [f for f in timeline.frames if f.must]
    for check in CHECKS:
        found = check(timeline, musts)
        if found is not None:
            return found
    return None


def musts_and_before(timeline: Timeline, musts: set[int] | None = None) -> set[int]:
    """The musts (or the given ones) and every meeting one of them must come after: a plan of these
    alone, the others not held, is a plan of the whole problem — so the musts can be met exactly when
    these can."""
    wanted = {f.index for f in timeline.frames if f.must} if musts is None else set(musts)
    stack = list(wanted)
    while stack:
        for ref in timeline.frames[stack.pop()].meeting.after:
            g = timeline.meeting_index[ref]
            if g not in wanted:
                wanted.add(g)
                stack.append(g)
    return wanted


def feasibility_solve(
    built, seconds: float, workers: int
) -> tuple[cp_model.CpSolverStatus, cp_model.CpSolver]:
    """Solve the built model without its objective: is there any plan meeting every must? (Built on
    the timeline narrowed to `musts_and_before`, it is small whatever the number of other requests.)"""
    model = built.model.clone()
    model.clear_objective()
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, seconds)
    solver.parameters.num_workers = max(1, workers)
    return solver.solve(model), solver
