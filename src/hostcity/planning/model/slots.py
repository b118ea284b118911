"""The slot formulation, for problems whose meetings each take one slot in one venue whose rooms are
interchangeable (a matchmaking day: companies at tables). A meeting picks a slot; a slot holds at most
as many meetings as there are tables; rooms are dealt out afterwards. Breaks count the blocks of
consecutive busy slots of each party (blocks - 1), which is contract 3.4 for one-slot meetings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning.timeline import Timeline


def fits(timeline: Timeline) -> bool:
    """One venue, one-slot meetings, all rooms open to every meeting alike, no interpreters, no
    per-day limits, and no fixed items in rooms."""
    frames = [f for f in timeline.frames if f.possible]
    if not frames or any(f.duration > timeline.step for f in frames):
        return False
    if any(f.needs for f in frames) or any(busy for busy in timeline.room_busy):
        return False
    if any(p.max_meetings_per_day is not None for p in timeline.problem.parties):
        return False
    room_sets = {tuple(o.room for o in f.options) for f in frames}
    if len(room_sets) != 1:
        return False
    venues = {o.venue for f in frames for o in f.options}
    if len(venues) != 1 or timeline.problem.objective.travel:
        return False
    return all(all(o.starts == f.options[0].starts for o in f.options) for f in frames)


@dataclass
class SlotModel:
    timeline: Timeline
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    x: dict = field(default_factory=dict)  # (meeting, slot start) -> literal
    present: dict = field(default_factory=dict)  # meeting -> literal or 1
    breaks: cp_model.LinearExpr | int = 0
    objective_terms: list = field(default_factory=list)
    must_literals: dict = field(default_factory=dict)
    use_assumptions: bool = False
    tables: int = 0
    value: cp_model.LinearExpr | int = 0  # the objective expression, once set
    busy: dict = field(default_factory=dict)  # party -> busy literal (or 0) per slot, in slot order
    party_breaks: dict = field(default_factory=dict)  # party -> its break count
    counts: dict = field(default_factory=dict)  # party -> busy slots when all its meetings are musts
    seats: int = 0  # parties the tables hold in one slot


def build_slots(timeline: Timeline, *, use_assumptions: bool = False) -> SlotModel:
    sm = SlotModel(timeline, use_assumptions=use_assumptions)
    model = sm.model
    frames = timeline.frames
    sm.tables = len(next(f for f in frames if f.options).options)
    sm.seats = sm.tables * max(len(f.parties) for f in frames)
    by_slot = defaultdict(list)
    by_party_slot = defaultdict(list)
    for f in frames:
        literals: dict[int, cp_model.IntVar] = {}
        present: cp_model.IntVar | int
        for t in f.possible:
            literal = model.new_bool_var(f"x{f.index}_{t}")
            literals[t] = literal
            by_slot[t].append(literal)
            for p in f.parties:
                by_party_slot[p, t].append(literal)
        sm.x.update({(f.index, t): lit for t, lit in literals.items()})
        if f.must:
            if use_assumptions:
                assumption = model.new_bool_var(f"must_{f.index}")
                if literals:
                    model.add(sum(literals.values()) == 1).only_enforce_if(assumption)
                else:
                    model.add_bool_or([~assumption])
                model.add(sum(literals.values()) <= 1)
                sm.must_literals[f.index] = assumption
                present = model.new_bool_var(f"m{f.index}")
                model.add(sum(literals.values()) == present)
            else:
                if literals:
                    model.add_exactly_one(literals.values())
                else:
                    model.add_bool_or([])
                present = 1
        else:
            present = model.new_bool_var(f"m{f.index}")
            model.add(sum(literals.values()) == present)
        if f.weight:  # a pinned meeting of some priority other than must counts as well
            sm.objective_terms.append((f.weight, present))
        sm.present[f.index] = present
    for in_slot in by_slot.values():
        if len(in_slot) > sm.tables:
            model.add(sum(in_slot) <= sm.tables)
    # Redundant: no more meetings than tables times slots. It tightens the bound of crowded days.
    every = [literal for in_slot in by_slot.values() for literal in in_slot]
    if len(every) > sm.tables * len(by_slot):
        model.add(sum(every) <= sm.tables * len(by_slot))
    for of_party in by_party_slot.values():
        if len(of_party) > 1:
            model.add_at_most_one(of_party)
    # after: a meeting starts no earlier than its predecessors end (one slot: a later slot).
    for f in frames:
        for ref in f.meeting.after:
            g = timeline.frames[timeline.meeting_index[ref]]
            for t in f.possible:
                lit = sm.x[f.index, t]
                earlier = [sm.x[g.index, u] for u in g.possible if u + g.duration <= t]
                model.add_bool_or(earlier).only_enforce_if(lit) if earlier else model.add(lit == 0)
    _breaks(sm, by_party_slot)
    return sm


def _breaks(sm: SlotModel, by_party_slot) -> None:
    timeline, model = sm.timeline, sm.model
    objective = timeline.problem.objective
    if not objective.breaks and objective.max_break_spread is None:
        return
    slots = timeline.slot_starts
    requested = sorted({p for f in timeline.frames for p in f.parties})
    per_party = []
    for p in requested:
        busy: list[cp_model.IntVar | int] = []
        for t in slots:
            literals = by_party_slot.get((p, t), [])
            if not literals:
                busy.append(0)
            elif len(literals) == 1:
                busy.append(literals[0])
            else:
                b = model.new_bool_var(f"busy{p}_{t}")
                model.add(b == sum(literals))
                busy.append(b)
        begins = []
        previous: cp_model.IntVar | int = 0
        for cell in busy:
            if isinstance(cell, int):  # never busy in this slot
                previous = 0
                continue
            begin = model.new_bool_var("")
            model.add(begin >= cell - previous)
            model.add_implication(begin, cell)
            if not isinstance(previous, int):
                model.add_implication(begin, ~previous)
            begins.append(begin)
            previous = cell
        active = [b for b in busy if not isinstance(b, int)]
        meeting_count = sum(1 for f in timeline.frames if p in f.parties and f.must and f.possible)
        if (
            meeting_count
            and not sm.use_assumptions
            and all(f.must for f in timeline.frames if p in f.parties and f.possible)
        ):
            # (not with assumptions: a must may then be dropped, and the count with it)
            model.add(sum(active) == meeting_count)  # redundant, but it tightens the relaxation
            sm.counts[p] = meeting_count
        musts = any(
            timeline.frames[f].must for f in range(len(timeline.frames)) if p in timeline.frames[f].parties
        )
        has_any: cp_model.IntVar | int
        if musts and not sm.use_assumptions:  # with assumptions its musts may all be dropped
            has_any = 1
        else:
            has_any = model.new_bool_var(f"any{p}")
            for b in active:
                model.add_implication(b, has_any)
            model.add(has_any <= sum(active))
        total = model.new_int_var(0, len(slots), f"breaks{p}")
        model.add(total == sum(begins) - has_any)
        per_party.append(total)
        sm.busy[p], sm.party_breaks[p] = busy, total
        if isinstance(has_any, int):
            _span(sm, p, busy, total, sum(active))  # busy slots, musts or not
    sm.breaks = sum(per_party)
    if objective.max_break_spread is not None and per_party:
        high = model.new_int_var(0, len(slots), "breaks_max")
        low = model.new_int_var(0, len(slots), "breaks_min")
        model.add_max_equality(high, per_party)
        model.add_min_equality(low, per_party)
        model.add(high - low <= objective.max_break_spread)


def _span(sm: SlotModel, p: int, busy: list, breaks, count) -> None:
    """Redundant: the party's first and last busy slot. Idle slots between them number
    last - first + 1 - count; there is a break iff there is an idle slot, and never more breaks
    than idle slots. Ties the break count to where the meetings lie."""
    model, n = sm.model, len(busy)
    first = model.new_int_var(0, n - 1, f"first{p}")
    last = model.new_int_var(0, n - 1, f"last{p}")
    for k, b in enumerate(busy):
        if isinstance(b, int):
            continue
        model.add(first <= k).only_enforce_if(b)
        model.add(last >= k).only_enforce_if(b)
    idle = model.new_int_var(0, n, f"idle{p}")
    model.add(idle == last - first + 1 - count)
    model.add(breaks <= idle)
    model.add(idle <= n * breaks)


def placements(sm: SlotModel, is_true) -> dict:
    """The solution as placements (meeting index -> (start, room, venue, [])): tables dealt out in
    each slot in meeting order. `is_true` reads a literal (a solver's or a callback's)."""
    timeline = sm.timeline
    by_slot: dict[int, list[int]] = {}
    for (i, t), literal in sm.x.items():
        if is_true(literal):
            by_slot.setdefault(t, []).append(i)
    placed: dict = {}
    for t, indices in by_slot.items():
        for i, option in zip(sorted(indices), timeline.frames[indices[0]].options, strict=False):
            placed[i] = (t, option.room, option.venue, [])
    return placed
