"""Plan a hostcity/1 problem: pick the formulation that fits its structure, warm-start it from a
greedy plan, run CP-SAT with progress, turn the solution into a plan, explain what is unscheduled,
and validate the plan independently before returning it."""

from __future__ import annotations

import itertools
import math
import sys
import threading
import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning import bounds, climb, explain, feasibility, greedy, lns, ties
from hostcity.planning.model import general, slots
from hostcity.planning.model.build import value_expression
from hostcity.planning.problem import Problem, parse_time
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan

FMT = "%Y-%m-%dT%H:%M"


class InvalidPlanError(RuntimeError):
    """The engine produced a plan its own validator refuses: nothing is written."""


@dataclass
class Options:
    time_limit: float = 60.0
    workers: int = 2
    quiet: bool = False
    previous: dict | None = None  # a plan to keep where still valid (re-planning)
    formulation: str = "auto"  # auto | intervals | slots
    progress: object = None  # callable(str) for progress lines; default stderr


@dataclass
class Solved:
    plan: dict
    formulation: str
    moved: list[str] = field(default_factory=list)
    why_moved: dict[str, str] = field(default_factory=dict)


class Progress(cp_model.CpSolverSolutionCallback):
    def __init__(self, say, started: float):
        super().__init__()
        self.say, self.started, self.last = say, started, 0.0

    def on_solution_callback(self) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            self.say(
                f"best {self.objective_value:.0f}  bound {self.best_objective_bound:.0f}  "
                f"{now - self.started:.1f}s"
            )


# -- building -----------------------------------------------------------------------------------
def _objective(model, terms, breaks_expr, travel_expr, objective):
    expr = value_expression(terms, breaks_expr, travel_expr, objective)
    model.maximize(expr)
    return expr


def _solver(options: Options, time_limit: float | None = None) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit if time_limit is not None else options.time_limit
    solver.parameters.num_workers = max(1, options.workers)
    return solver


# -- the plan -----------------------------------------------------------------------------------
def figures(timeline: Timeline, placed: dict) -> dict:
    """The engine's own account of a solution's objective (3.1-3.4)."""
    problem = timeline.problem
    frames = timeline.frames
    table = timeline.travel.table
    scheduled_weight = sum(frames[i].weight for i in placed)  # a must weighs nothing
    agendas = _agendas(timeline, placed)
    total_breaks = sum(_breaks_in(timeline, agendas.get(p, [])) for p in _requested(timeline))
    total_travel = 0
    for p in range(len(problem.parties)):
        stops = [(s, s + d, v) for s, d, v in agendas.get(p, [])]
        stops += [(b.start, b.end, b.venue) for b in timeline.party_busy[p]]
        stops.sort()
        total_travel += sum(table[a[2]][b[2]] for a, b in itertools.pairwise(stops))
    musts = [f for f in frames if f.must]
    value = (
        scheduled_weight - problem.objective.breaks * total_breaks - problem.objective.travel * total_travel
    )
    return {
        "value": value,
        "scheduled_weight": scheduled_weight,
        "must_scheduled": sum(1 for f in musts if f.index in placed),
        "must_total": len(musts),
        "total_breaks": total_breaks,
        "total_travel_minutes": total_travel,
    }


def _agendas(timeline: Timeline, placed: dict) -> dict[int, list[tuple[int, int, int]]]:
    """Each party's placed meetings as (start, duration, venue), in time order."""
    agendas: dict[int, list] = {}
    for i, (s, _r, v, *_rest) in placed.items():
        for p in timeline.frames[i].parties:
            agendas.setdefault(p, []).append((s, timeline.frames[i].duration, v))
    for agenda in agendas.values():
        agenda.sort()
    return agendas


def _requested(timeline: Timeline) -> set[int]:
    return {p for f in timeline.frames for p in f.parties}


def _breaks_in(timeline: Timeline, agenda: list) -> int:
    return sum(
        1
        for (s1, d1, _v1), (s2, _d2, _v2) in itertools.pairwise(agenda)
        if timeline.slot_of[s2] != timeline.last_slot(s1, d1) + 1
    )


def party_breaks(timeline: Timeline, placed: dict) -> dict[int, int]:
    """Breaks (3.4) of each party named in a request: consecutive meetings not in consecutive slots."""
    agendas = _agendas(timeline, placed)
    return {p: _breaks_in(timeline, agendas.get(p, [])) for p in _requested(timeline)}


def fair(timeline: Timeline, placed: dict) -> bool:
    """Whether the placements keep max_break_spread (3.4) over the parties named in a request."""
    spread = timeline.problem.objective.max_break_spread
    counts = party_breaks(timeline, placed).values() if spread is not None else ()
    return not counts or max(counts) - min(counts) <= spread


def plan_document(timeline: Timeline, placed: dict, status: str, bound, seconds: float, unscheduled) -> dict:
    problem = timeline.problem
    assignments = []
    for i in sorted(placed, key=lambda k: (placed[k][0], k)):
        start, room, venue, chosen = placed[i]
        frame = timeline.frames[i]
        assignments.append(
            {
                "meeting": frame.meeting.id,
                "start": timeline.moment(start).strftime(FMT),
                "end": timeline.moment(start + frame.duration).strftime(FMT),
                "venue": timeline.venue_ids[venue],
                "room": timeline.rooms[room][1].id,
                "interpreters": [problem.interpreters[x].id for x in chosen],
            }
        )
    objective = figures(timeline, placed) if status in ("optimal", "feasible") else {}
    if bound is not None:
        objective["bound"] = bound
    return {
        "format": "hostcity-plan/1",
        "problem": problem.name,
        "status": status,
        "objective": objective,
        "solve_seconds": round(seconds, 2),
        "assignments": assignments,
        "unscheduled": unscheduled,
    }


# -- extraction ---------------------------------------------------------------------------------
def _extract(kind: str, built, solver) -> dict:
    """The solution as placements: meeting index -> (start, room, venue, interpreters)."""
    if kind == "slots":
        return slots.placements(built, solver.boolean_value)
    return general.placements(built, solver)


def _hint(model_kind, built, placement: dict) -> None:
    if model_kind == "slots":
        for (i, t), literal in built.x.items():
            built.model.add_hint(literal, i in placement and placement[i][0] == t)
        return
    general.hint(built, placement)


def _from_previous(timeline: Timeline, previous: dict) -> dict:
    """The previous plan's placements, as (start, room, venue, interpreters) by meeting index."""
    out = {}
    interpreters = {x.id: k for k, x in enumerate(timeline.problem.interpreters)}
    for a in previous.get("assignments", []):
        i = timeline.meeting_index.get(a.get("meeting"))
        r = timeline.room_index.get(a.get("room"))
        if i is None or r is None:
            continue
        start = timeline.minute(parse_time(a["start"]))
        out[i] = (
            start,
            r,
            timeline.rooms[r][0],
            [interpreters[x] for x in a.get("interpreters", []) if x in interpreters],
        )
    return out


def capacity_bound(timeline: Timeline, tables: int) -> int:
    """A proven upper bound for the slot formulation: no more meetings than tables times slots, so at
    most the heaviest that many requests count (breaks only take away)."""
    weights = sorted((f.weight for f in timeline.frames if not f.must and f.possible), reverse=True)
    room = tables * len({t for f in timeline.frames for t in f.possible})
    held = [f for f in timeline.frames if f.must]  # always scheduled: pinned ones count their weight
    return sum(weights[: max(0, room - len(held))]) + sum(f.weight for f in held)


def _build(timeline: Timeline, kind: str, use_assumptions: bool = False):
    if kind == "slots":
        sm = slots.build_slots(timeline, use_assumptions=use_assumptions)
        sm.value = _objective(sm.model, sm.objective_terms, sm.breaks, 0, timeline.problem.objective)
        sm.model.add(sm.value <= capacity_bound(timeline, sm.tables))  # redundant: tightens the bound
        return sm
    built = general.build_general(timeline, use_assumptions=use_assumptions)
    if timeline.value_ceiling is not None and not use_assumptions:
        built.model.add(built.value <= timeline.value_ceiling)  # redundant: CP-SAT stops when it meets it
    return built


def _stay_terms(kind, built, old: dict):
    """Literals true when a meeting keeps its previous start and room (re-planning)."""
    model = built.model
    keep = []
    if kind == "slots":
        for i, (start, *_rest) in old.items():
            literal = built.x.get((i, start))
            if literal is not None:
                keep.append(literal)
        return keep
    for mv in built.meetings:
        if mv is None or mv.frame.index not in old:
            continue
        start, room = old[mv.frame.index][0], old[mv.frame.index][1]
        if start not in mv.frame.possible:
            continue
        literal = model.new_bool_var(f"keep_{mv.frame.index}")
        model.add(mv.start == start).only_enforce_if(literal)
        room_literal = next(
            (lit for o, lit in zip(mv.frame.options, mv.room_literals, strict=True) if o.room == room), None
        )
        if room_literal is None:
            model.add(literal == 0)
        else:
            model.add_implication(literal, room_literal)
        keep.append(literal)
    return keep


def solve(problem: Problem, options: Options | None = None) -> Solved:
    options = options or Options()
    say = options.progress or (lambda line: print(line, file=sys.stderr, flush=True))
    if options.quiet:
        say = lambda line: None  # noqa: E731
    started = time.monotonic()
    deadline = started + options.time_limit
    timeline = Timeline(problem)
    kind = options.formulation
    if kind == "auto":
        kind = "slots" if slots.fits(timeline) else "intervals"
    say(
        f"{problem.name}: {len(problem.meetings)} requests, {len(problem.parties)} parties, "
        f"formulation {kind}"
    )
    conflict = feasibility.obvious_conflict(timeline)
    if conflict is not None:  # feasibility first: no search can meet these musts
        say(f"infeasible: {conflict.reason or 'a must can never be held'}")
        return _infeasible(timeline, kind, started, conflict.as_unscheduled(timeline))
    old = _from_previous(timeline, options.previous) if options.previous else {}
    if kind == "intervals":
        seconds = min(BOUND_SECONDS, BOUND_SHARE * options.time_limit)
        timeline.value_ceiling = bounds.resource_bound(timeline, seconds)
        say(f"bound by resources: {timeline.value_ceiling}  {time.monotonic() - started:.1f}s")
    built = _build(timeline, kind)
    order = greedy.priority_order(timeline)
    if old:  # what was placed before goes first, where it was when it still can
        order = [i for i in order if i in old] + [i for i in order if i not in old]
    warm = greedy.first_come_first_served(timeline, order, prefer=old)
    warm_complete = all(f.index in warm for f in timeline.frames if f.must) and fair(timeline, warm)
    if warm_complete and not old and timeline.value_ceiling is not None:
        placed = {i: tuple(p) for i, p in warm.items()}
        value = figures(timeline, placed)["value"]
        if value >= timeline.value_ceiling:  # the first plan meets the bound: nothing to search for
            say(f"first come, first served meets the bound {value}")
            placed = _settle_ties(problem, timeline, kind, options, placed, started, say)
            return _finish(problem, timeline, placed, "optimal", value, started, say, kind, old)
    if not warm_complete and any(f.must for f in timeline.frames):
        # Can the musts be met at all? A pure feasibility solve: a no is a proof, a yes a plan to start from.
        # Only the musts (and what they come after) are in that model: the others may all be left out.
        seconds = max(0.5, (deadline - time.monotonic()) * FEASIBILITY_SHARE)
        musts = lns.narrowed(timeline, {}, feasibility.musts_and_before(timeline))
        checked = _build(musts, kind)
        status, checker = feasibility.feasibility_solve(checked, seconds, options.workers)
        if status == cp_model.INFEASIBLE:
            conflict_found = smallest_conflict(timeline, kind, options, deadline)
            say(f"infeasible: {len(conflict_found)} musts conflict  {time.monotonic() - started:.1f}s")
            return _infeasible(timeline, kind, started, conflict_found)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = _extract(kind, checked, checker)
            # The rest first come, first served around the musts where the check put them.
            order = [i for i in order if i in found] + [i for i in order if i not in found]
            filled = greedy.first_come_first_served(timeline, order, prefer=found)
            if all(f.index in filled for f in timeline.frames if f.must) and fair(timeline, filled):
                warm, warm_complete = filled, True
            elif fair(timeline, found):
                warm, warm_complete = found, True
            say(f"every must can be met  {time.monotonic() - started:.1f}s")
    _hint(kind, built, warm)
    if kind == "slots" and not old and climb.applies(timeline):
        return _solve_by_climbing(problem, timeline, options, built, warm, started, say)
    left = max(1.0, options.time_limit - (time.monotonic() - started))  # reading took some already
    solver = _solver(options, left * (PROBE_SHARE if not old else 0.5))
    side = None
    if kind == "intervals" and not old and warm_complete and options.workers >= 2:
        # One worker improves the first-come-first-served plan part by part while the rest solve
        # the whole model (which gives the bound).
        side = _Side(timeline, warm, started, say)
        solver.parameters.num_workers = options.workers - 1
    status = solver.solve(built.model, Progress(say, started))
    if side is not None:
        warm = side.result()
    if status == cp_model.UNKNOWN and warm_complete:
        # No solution in time from the solver, but the warm start meets every must: a valid plan.
        say("no solver solution in time: using the first-come-first-served plan")
        placed = {i: tuple(p) for i, p in warm.items()}
        value = figures(timeline, placed)["value"]
        bound = round(solver.best_objective_bound) if abs(solver.best_objective_bound) < 1e18 else None
        if bound is not None and bound < value:
            bound = None  # the solver stopped before it had a bound: what it reports is not one
        if kind == "slots":
            cap = capacity_bound(timeline, built.tables)
            bound = cap if bound is None else min(bound, cap)
        elif timeline.value_ceiling is not None:
            bound = timeline.value_ceiling if bound is None else min(bound, timeline.value_ceiling)
        if kind == "intervals" and not old and (bound is None or value < bound):
            placed, value = _neighbourhoods(timeline, options, placed, bound, started, say)
        word = "optimal" if bound is not None and value >= bound else "feasible"
        return _finish(problem, timeline, placed, word, bound, started, say, kind, old)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        placed = _extract(kind, built, solver)
        warm_placed = {i: tuple(p) for i, p in warm.items()}
        if warm_complete and figures(timeline, warm_placed)["value"] > round(solver.objective_value):
            placed = warm_placed  # never worse than the warm start
        bound = round(solver.best_objective_bound)
        if kind == "slots":
            bound = min(bound, capacity_bound(timeline, built.tables))
        value = figures(timeline, placed)["value"]
        word = "optimal" if status == cp_model.OPTIMAL or value >= bound else "feasible"
        if word == "feasible" and not old and kind == "intervals":
            placed, value = _neighbourhoods(timeline, options, placed, bound, started, say, LNS_PATIENCE)
            word = "optimal" if value >= bound else "feasible"
        if word == "feasible" and not old:
            placed, value, bound = _probe(timeline, kind, options, placed, value, bound, started, say)
            word = "optimal" if value >= bound else "feasible"
        if not old:
            placed = _settle_ties(problem, timeline, kind, options, placed, started, say)
        return _finish(problem, timeline, placed, word, bound, started, say, kind, old, options, value)
    if status == cp_model.INFEASIBLE:
        conflict_found = smallest_conflict(timeline, kind, options, deadline)
        say(f"infeasible: {len(conflict_found)} musts conflict")
        return _infeasible(timeline, kind, started, conflict_found)
    say("no plan found in time")
    plan = plan_document(timeline, {}, "unknown", None, time.monotonic() - started, [])
    return Solved(plan, kind)


def _infeasible(timeline: Timeline, kind: str, started: float, conflict: list[dict]) -> Solved:
    plan = plan_document(timeline, {}, "infeasible", None, time.monotonic() - started, conflict)
    return Solved(plan, kind)


class _Incumbents(cp_model.CpSolverSolutionCallback):
    """Hands each solution of the top-down search to `offer`; stops once it meets the proven bound."""

    def __init__(self, sm, offer, lower):
        super().__init__()
        self.sm, self.offer, self.lower = sm, offer, lower

    def on_solution_callback(self) -> None:
        if self.offer(slots.placements(self.sm, self.boolean_value)) <= self.lower():
            self.stop_search()


def _solve_by_climbing(problem, timeline, options, built, warm, started, say) -> Solved:
    """Breaks are the whole objective: climb from below (climb.py) while a hunter asks just above it in
    a second thread (and the usual search works from above in a third, with three workers or more);
    whichever settles the question stops the others. With one worker: climb, then search from above."""
    deadline = started + options.time_limit
    lock = threading.Lock()
    best: dict = {"placed": None, "breaks": None}
    climber = climb.Climb(built, say, ceiling=lambda: best["breaks"])

    def offer(placed: dict) -> int:
        if not fair(timeline, placed):
            return sys.maxsize  # the first-come-first-served plan may break the fairness bound
        breaks = figures(timeline, placed)["total_breaks"]
        with lock:
            if best["breaks"] is None or breaks < best["breaks"]:
                best.update(placed=placed, breaks=breaks)
                say(f"best {breaks} breaks  {time.monotonic() - started:.1f}s")
        if breaks <= climber.level:
            climber.stop()  # the question the climb is asking has its answer
        return breaks

    if all(f.index in warm for f in timeline.frames):
        offer({i: tuple(p) for i, p in warm.items()})
    top = _solver(options, 0)
    top.parameters.num_workers = max(1, options.workers - 1)
    top.parameters.interleave_search = top.parameters.num_workers == 1  # LNS in the one thread
    result: dict = {}

    def from_above(seconds: float) -> None:
        top.parameters.max_time_in_seconds = max(0.1, seconds)
        result["status"] = top.solve(built.model, _Incumbents(built, offer, lambda: climber.lower))
        if result["status"] in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
            climber.stop()

    if not climber.complete:  # some party's meeting count is unknown: only the search from above
        top.parameters.num_workers = max(1, options.workers)
        top.parameters.interleave_search = options.workers == 1
        from_above(deadline - time.monotonic())
    elif options.workers >= 2:
        # One worker climbs, one hunts just above it; more go to the search from above.
        helpers = [threading.Thread(target=climber.hunt, args=(deadline, offer), daemon=True)]
        if options.workers >= 3:
            top.parameters.num_workers = options.workers - 2
            top.parameters.interleave_search = top.parameters.num_workers == 1
            helpers.append(
                threading.Thread(target=from_above, args=(deadline - time.monotonic(),), daemon=True)
            )
        for helper in helpers:
            helper.start()
        climber.run(deadline)
        climber.stop()
        top.stop_search()
        for helper in helpers:
            helper.join()
    else:
        climber.run(started + options.time_limit * 0.6)
        if climber.found is None and not climber.infeasible:
            from_above(deadline - time.monotonic())
    status = result.get("status", cp_model.UNKNOWN)
    if climber.found is not None:
        offer(climber.found)
    if best["placed"] is None:
        if status == cp_model.INFEASIBLE or climber.infeasible:
            conflict = smallest_conflict(timeline, "slots", options, deadline)
            say(f"infeasible: {len(conflict)} musts conflict")
            return _infeasible(timeline, "slots", started, conflict)
        say("no plan found in time")
        return Solved(plan_document(timeline, {}, "unknown", None, time.monotonic() - started, []), "slots")
    weight = problem.objective.breaks
    pinned = sum(f.weight for f in timeline.frames)  # every meeting is held: pinned ones count theirs
    lower = climber.lower
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and abs(top.best_objective_bound) < 1e18:
        lower = max(lower, math.ceil((pinned - top.best_objective_bound) / weight - 1e-9))
    if status == cp_model.OPTIMAL:
        lower = max(lower, best["breaks"])
    word = "optimal" if best["breaks"] <= lower else "feasible"
    bound = pinned - weight * lower
    return _finish(problem, timeline, best["placed"], word, bound, started, say, "slots", {})


def _finish(
    problem, timeline, placed, word, bound, started, say, kind, old, options=None, best_value=None
) -> Solved:
    """Re-plan pass when asked, reasons for what is unscheduled, the plan, its validation."""
    moved: list[str] = []
    if old:
        if options is not None and best_value is not None:
            placed, word = _keep_old(timeline, kind, options, placed, word, best_value, old, started, say)
        moved = sorted(
            timeline.frames[i].meeting.id
            for i, spot in old.items()
            if i not in placed or placed[i][:2] != spot[:2]
        )
    occupancy = explain.Occupancy(timeline, placed)
    unscheduled = [
        {"meeting": f.meeting.id, "reason": explain.unscheduled_reason(timeline, f, placed, occupancy)}
        for f in timeline.frames
        if f.index not in placed
    ]
    why_moved = {
        timeline.frames[i].meeting.id: explain.why_moved(timeline, timeline.frames[i], old[i], placed.get(i))
        for i in old
        if timeline.frames[i].meeting.id in moved
    }
    plan = plan_document(timeline, placed, word, bound, time.monotonic() - started, unscheduled)
    report = check_plan(problem, plan)
    if not report.ok:
        raise InvalidPlanError("; ".join(report.errors[:10]))
    say(f"{word}: value {plan['objective']['value']}, bound {bound}, {time.monotonic() - started:.1f}s")
    return Solved(plan, kind, moved, why_moved)


BOUND_SHARE, BOUND_SECONDS = 0.1, 5.0  # for the bound by resources (bounds.py), at most
FEASIBILITY_SHARE = 0.3  # of the time limit, at most, to decide whether the musts can be met at all
PROBE_SHARE = 0.4  # of the time limit for the first optimisation; the rest closes the gap by probing
LNS_PATIENCE = 0.15  # of the time limit: re-planning parts (lns.py) ends when it finds nothing better
TIE_SHARE = 0.2  # of the time limit, at most, for the tie rule once the value is settled


def _settle_ties(problem, timeline, kind, options, placed, started, say) -> dict:
    """Contract 3.3: keep the value, lower breaks (then travel) when the objective weighs them at 0.
    Runs in the time left, and at least a second; a plan that is not better is not taken."""
    order = ties.wanted(problem, timeline)
    if not order or not placed:
        return placed
    counted = Timeline(ties.counting(problem, order))
    value = figures(timeline, placed)["value"]
    deadline = time.monotonic() + max(
        1.0, min(options.time_limit * TIE_SHARE, started + options.time_limit - time.monotonic())
    )
    settled: list[tuple[str, int]] = []
    for name in order:
        current = figures(timeline, placed)[ties.FIGURE[name]]
        built = _build(counted, kind)
        target = ties.measure(built, name)
        if current and not isinstance(target, int) and time.monotonic() < deadline:
            original = value_expression(
                built.objective_terms, built.breaks, ties.measure(built, "travel"), problem.objective
            )
            built.model.add(original >= value)
            for done, most in settled:
                built.model.add(ties.measure(built, done) <= most)
            built.model.minimize(target)
            _hint(kind, built, placed)
            solver = _solver(options, max(0.5, deadline - time.monotonic()))
            if solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                candidate = _extract(kind, built, solver)
                then = figures(timeline, candidate)
                lower = then[ties.FIGURE[name]]
                if then["value"] >= value and lower < current and fair(timeline, candidate):
                    say(f"same value, {name}: {current} -> {lower}")
                    placed, current = candidate, lower
        settled.append((name, current))
    return placed


class _Side:
    """The search by parts (lns.py) in a thread of its own, one worker, until `result()` is asked."""

    def __init__(self, timeline, placed: dict, started: float, say):
        self.stop = threading.Event()
        self.search = _search(timeline, 1, started, say)
        self.best = ({i: tuple(p) for i, p in placed.items()}, None)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.best = self.search.run(self.best[0], math.inf, stop=self.stop)

    def result(self) -> dict:
        self.stop.set()
        self.thread.join()
        return self.best[0]


def _search(timeline, workers: int, started: float, say) -> lns.Search:
    return lns.Search(
        timeline,
        lambda candidate: figures(timeline, candidate)["value"],
        lambda candidate: fair(timeline, candidate),
        workers=workers,
        say=lambda line: say(f"{line}  {time.monotonic() - started:.1f}s"),
    )


def _neighbourhoods(timeline, options, placed, bound, started, say, patience=1.0) -> tuple[dict, int]:
    """Improve the best plan part by part (lns.py) until it meets the bound, the time is up, or
    `patience` (a share of the time limit) passes without a better plan. Returns the placements and
    their value."""
    search = _search(timeline, max(1, options.workers), started, say)
    placed, value = search.run(
        placed,
        started + options.time_limit,
        ceiling=bound,
        patience=max(2.0, patience * options.time_limit),
    )
    say(f"neighbourhoods: {search.improved} better plans in {search.rounds} parts, best {value}")
    return placed, value


def _probe(timeline, kind, options, placed, best, bound, started, say):
    """Close the gap between the best value and the bound by bisection: is there a plan worth at least
    `target`? A yes raises the best (a new plan), a proof of no lowers the bound. Each answer is exact,
    so when they meet the plan is optimal."""
    deadline = started + options.time_limit
    ceiling = bound  # the highest target still worth asking about (a proof, or a guess after no answer)
    optimistic = True  # ask for the bound itself first: optima often sit on it, and a yes ends the search
    while best < ceiling:
        remaining = deadline - time.monotonic()
        if remaining < 1.0:
            break
        target = ceiling if optimistic else (best + ceiling + 1) // 2
        slice_ = remaining / 3 if optimistic else (remaining / 2 if ceiling - best > 1 else remaining)
        optimistic = False
        built = _build(timeline, kind)
        built.model.add(built.value >= target)  # still maximising: it searches better than bare feasibility
        _hint(kind, built, placed)
        solver = _solver(options, max(1.0, slice_))
        status = solver.solve(built.model)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            placed = _extract(kind, built, solver)
            best = figures(timeline, placed)["value"]
            if status == cp_model.OPTIMAL:
                bound = ceiling = best
            say(f"probe {target}: found {best}  bound {bound}  {time.monotonic() - started:.1f}s")
        elif status == cp_model.INFEASIBLE:
            bound = min(bound, target - 1)
            ceiling = min(ceiling, bound)
            say(f"probe {target}: none  best {best}  bound {bound}  {time.monotonic() - started:.1f}s")
        elif target == ceiling and ceiling == bound:
            say(f"probe {target}: no answer in time")  # the optimistic probe: now bisect below it
        else:
            ceiling = target - 1  # no answer: ask for less next time
            say(f"probe {target}: no answer in time")
    remaining = deadline - time.monotonic()
    if best < bound and remaining >= 1.0:
        # The guesses met the best without a proof: the time left goes to improving the best plan.
        built = _build(timeline, kind)
        _hint(kind, built, placed)
        solver = _solver(options, remaining)
        if solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            candidate = _extract(kind, built, solver)
            if figures(timeline, candidate)["value"] > best:
                placed = candidate
                best = figures(timeline, placed)["value"]
            bound = min(bound, round(solver.best_objective_bound))
            say(f"improved: best {best}  bound {bound}  {time.monotonic() - started:.1f}s")
    return placed, best, bound


def _keep_old(timeline, kind, options, placed, word, best_value, old, started, say):
    """Second pass: keep the value, move as few of the previous plan's meetings as possible."""
    remaining = max(1.0, options.time_limit - (time.monotonic() - started))
    built = _build(timeline, kind)
    keep = _stay_terms(kind, built, old)
    model = built.model
    model.add(built.value >= round(best_value))
    model.maximize(sum(keep))
    _hint(kind, built, placed)
    solver = _solver(options, remaining)
    status = solver.solve(built.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        placed = _extract(kind, built, solver)
    say("re-planned: the value kept, as many meetings as possible left where they were")
    return placed, word


def smallest_conflict(
    timeline: Timeline, kind: str, options: Options, deadline: float | None = None
) -> list[dict]:
    """A minimal set of musts that cannot all be met, each with a reason (assumptions, then deletion),
    within the deadline: when the time runs out before every must was tried, the set found so far is
    returned and each reason says it may not be the smallest."""
    deadline = deadline if deadline is not None else time.monotonic() + options.time_limit
    built = _build(timeline, kind, use_assumptions=True)
    built.model.clear_objective()  # only the musts matter here
    musts = dict(built.must_literals)
    solver = _solver(options, max(0.5, min(30.0, deadline - time.monotonic())))
    built.model.add_assumptions(list(musts.values()))
    status = solver.solve(built.model)
    literal_index = {lit.index: i for i, lit in musts.items()}
    core = list(musts)
    if status == cp_model.INFEASIBLE:
        named = solver.sufficient_assumptions_for_infeasibility()
        if any(x not in literal_index for x in named):
            # CP-SAT's presolve may name a variable it merged an assumption into, not the assumption
            # (google/or-tools#5141): ask again without presolve, whose core is in the model's terms.
            solver.parameters.cp_model_presolve = False
            if solver.solve(built.model) == cp_model.INFEASIBLE:
                named = solver.sufficient_assumptions_for_infeasibility()
        found = [literal_index[x] for x in named if x in literal_index]
        if found:
            core = found  # else deletion below starts from every must
    # Deletion: drop each must that is not needed for the conflict, while there is time.
    minimal = True
    for k, i in enumerate(list(core)):
        remaining = deadline - time.monotonic()
        if remaining < 0.2:
            minimal = False
            break
        trial = [j for j in core if j != i]
        built.model.clear_assumptions()
        built.model.add_assumptions([musts[j] for j in trial])
        check = _solver(options, max(0.1, min(10.0, remaining / max(1, len(core) - k))))
        verdict = check.solve(built.model)
        if verdict == cp_model.INFEASIBLE:
            core = trial
        elif verdict == cp_model.UNKNOWN:
            minimal = False  # kept without proof that it is needed
    frames = [timeline.frames[i] for i in core]
    note = "" if minimal else " (the time ran out before this set was shrunk to the smallest)"
    return [
        {
            "meeting": f.meeting.id,
            "reason": explain.must_reason(timeline, f, [o for o in frames if o is not f]) + note,
        }
        for f in frames
    ]
