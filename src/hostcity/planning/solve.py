"""Plan a hostcity/1 problem: pick the formulation that fits its structure, warm-start it from a
greedy plan, run CP-SAT with progress, turn the solution into a plan, explain what is unscheduled,
and validate the plan independently before returning it."""

from __future__ import annotations

import math
import sys
import threading
import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from hostcity.planning import bounds, explain, formulations
from hostcity.planning.figures import fair, figures
from hostcity.planning.options import Options, Progress, solver_for
from hostcity.planning.plan import plan_document
from hostcity.planning.problem import Problem
from hostcity.planning.searches import climb, feasibility, greedy, lns, probe, replan, ties
from hostcity.planning.searches.conflict import smallest_conflict
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan


class InvalidPlanError(RuntimeError):
    """The engine produced a plan its own validator refuses: nothing is written."""


@dataclass
class Solved:
    plan: dict
    formulation: str
    moved: list[str] = field(default_factory=list)
    why_moved: dict[str, explain.Why] = field(default_factory=dict)


# -- the search --------------------------------------------------------------------------------
def solve(problem: Problem, options: Options | None = None) -> Solved:
    options = options or Options()
    say = options.progress or (lambda line: print(line, file=sys.stderr, flush=True))
    if options.quiet:
        say = lambda line: None  # noqa: E731
    started = time.monotonic()
    deadline = started + options.time_limit
    timeline = Timeline(problem)
    form = formulations.chosen(options.formulation, timeline)
    say(
        f"{problem.name}: {len(problem.meetings)} requests, {len(problem.parties)} parties, "
        f"formulation {form.name}"
    )
    conflict = feasibility.obvious_conflict(timeline)
    if conflict is not None:  # feasibility first: no search can meet these musts
        say(f"infeasible: {conflict.reason or 'a must can never be held'}")
        return _infeasible(timeline, form, started, conflict.as_unscheduled(timeline))
    old = replan.previous_placements(timeline, options.previous) if options.previous else {}
    if form.name == "intervals":
        seconds = min(BOUND_SECONDS, BOUND_SHARE * options.time_limit)
        timeline.value_ceiling = bounds.resource_bound(timeline, seconds)
        say(f"bound by resources: {timeline.value_ceiling}  {time.monotonic() - started:.1f}s")
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
            placed = ties.settle(problem, timeline, form, options, placed, started, say)
            return _finish(problem, timeline, placed, "optimal", value, started, say, form, old)
    if not warm_complete and form.name == "intervals" and any(f.must for f in timeline.frames):
        # Other orders of first come, first served on the musts alone: cheap, and often enough (the
        # slot model's own feasibility solve is quick: a matchmaking day goes straight to it).
        musts_placed = greedy.musts_by_restarts(
            timeline, min(RESTART_SECONDS, RESTART_SHARE * options.time_limit)
        )
        filled = _filled_around(timeline, order, musts_placed) if musts_placed is not None else None
        if filled is not None:
            warm, warm_complete = filled, True
            say(
                f"every must placed, first come first served in another order  "
                f"{time.monotonic() - started:.1f}s"
            )
    if not warm_complete and any(f.must for f in timeline.frames):
        # Can the musts be met at all? A pure feasibility solve: a no is a proof, a yes a plan to start from.
        # Only the musts (and what they come after) are in that model: the others may all be left out.
        seconds = max(0.5, (deadline - time.monotonic()) * FEASIBILITY_SHARE)
        musts = lns.narrowed(timeline, {}, feasibility.musts_and_before(timeline))
        checked = form.build(musts)
        status, checker = feasibility.feasibility_solve(checked, seconds, options.workers)
        if status == cp_model.INFEASIBLE:
            say(f"the musts cannot all be met: shrinking the conflict  {time.monotonic() - started:.1f}s")
            conflict_found = smallest_conflict(timeline, form, options, deadline)
            say(f"infeasible: {len(conflict_found)} musts conflict  {time.monotonic() - started:.1f}s")
            return _infeasible(timeline, form, started, conflict_found)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = form.extract(checked, checker)
            filled = _filled_around(timeline, order, found)
            if filled is not None:
                warm, warm_complete = filled, True
            elif fair(timeline, found):
                warm, warm_complete = found, True
            say(f"every must can be met  {time.monotonic() - started:.1f}s")
    built = form.build(timeline)
    form.hint(built, warm)
    if form.name == "slots" and not old and climb.applies(timeline):
        return _solve_by_climbing(problem, timeline, options, built, warm, started, say)
    left = max(1.0, options.time_limit - (time.monotonic() - started))  # reading took some already
    solver = form.tune(solver_for(options, left * (PROBE_SHARE if not old else 0.5)))
    side = None
    if form.name == "intervals" and not old and warm_complete and options.workers >= SIDE_WORKERS:
        # One worker improves the first-come-first-served plan part by part while the rest solve
        # the whole model (which gives the bound).
        side = lns.Side(timeline, warm, started, say)
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
        proven = form.bound(timeline, built)  # what the formulation proves without search
        if proven is not None:
            bound = proven if bound is None else min(bound, proven)
        if form.name == "intervals" and not old and (bound is None or value < bound):
            placed, value = lns.neighbourhoods(timeline, options, placed, bound, started, say)
        word = "optimal" if bound is not None and value >= bound else "feasible"
        return _finish(problem, timeline, placed, word, bound, started, say, form, old)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        placed = form.extract(built, solver)
        warm_placed = {i: tuple(p) for i, p in warm.items()}
        if warm_complete and figures(timeline, warm_placed)["value"] > round(solver.objective_value):
            placed = warm_placed  # never worse than the warm start
        bound = round(solver.best_objective_bound)
        proven = form.bound(timeline, built)
        if proven is not None:
            bound = min(bound, proven)
        value = figures(timeline, placed)["value"]
        word = "optimal" if status == cp_model.OPTIMAL or value >= bound else "feasible"
        if word == "feasible" and not old and form.name == "intervals":
            placed, value = lns.neighbourhoods(timeline, options, placed, bound, started, say, LNS_PATIENCE)
            word = "optimal" if value >= bound else "feasible"
        if word == "feasible" and not old:
            placed, value, bound = probe.probe(timeline, form, options, placed, value, bound, started, say)
            word = "optimal" if value >= bound else "feasible"
        if not old:
            placed = ties.settle(problem, timeline, form, options, placed, started, say)
        return _finish(problem, timeline, placed, word, bound, started, say, form, old, options, value)
    if status == cp_model.INFEASIBLE:
        conflict_found = smallest_conflict(timeline, form, options, deadline)
        say(f"infeasible: {len(conflict_found)} musts conflict")
        return _infeasible(timeline, form, started, conflict_found)
    say("no plan found in time")
    plan = plan_document(timeline, {}, "unknown", None, time.monotonic() - started, [])
    return Solved(plan, form.name)


def _filled_around(timeline: Timeline, order: list[int], musts: dict) -> dict | None:
    """The rest first come, first served around musts placed already (kept where they are): the plan,
    when it holds every must and keeps the fairness bound; else None."""
    order = [i for i in order if i in musts] + [i for i in order if i not in musts]
    filled = greedy.first_come_first_served(timeline, order, prefer=musts)
    complete = all(f.index in filled for f in timeline.frames if f.must)
    return filled if complete and fair(timeline, filled) else None


def _infeasible(
    timeline: Timeline, form: formulations.Formulation, started: float, conflict: list[dict]
) -> Solved:
    plan = plan_document(timeline, {}, "infeasible", None, time.monotonic() - started, conflict)
    return Solved(plan, form.name)


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
    top = solver_for(options, 0)
    top.parameters.num_workers = max(1, options.workers - 1)
    top.parameters.interleave_search = top.parameters.num_workers == 1  # LNS in the one thread
    result: dict = {}

    def from_above(seconds: float) -> None:
        top.parameters.max_time_in_seconds = max(0.1, seconds)
        result["status"] = top.solve(built.model, climb.Incumbents(built, offer, lambda: climber.lower))
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
            conflict = smallest_conflict(timeline, SLOTS, options, deadline)
            say(f"infeasible: {len(conflict)} musts conflict")
            return _infeasible(timeline, SLOTS, started, conflict)
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
    return _finish(problem, timeline, best["placed"], word, bound, started, say, SLOTS, {})


def _finish(
    problem, timeline, placed, word, bound, started, say, form, old, options=None, best_value=None
) -> Solved:
    """Re-plan pass when asked, reasons for what is unscheduled, the plan, its validation."""
    moved: list[str] = []
    if old:
        if options is not None and best_value is not None:
            placed, word = replan.keep_old(
                timeline, form, options, placed, word, best_value, old, started, say
            )
        moved = sorted(
            timeline.frames[i].meeting.id
            for i, spot in old.items()
            if i not in placed or placed[i][:2] != spot[:2]
        )
    occupancy = explain.Occupancy(timeline, placed)
    unscheduled = [
        {"meeting": f.meeting.id, "reason": why.text, "why": why.entry()}
        for f in timeline.frames
        if f.index not in placed
        for why in [explain.unscheduled_reason(timeline, f, placed, occupancy)]
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
    return Solved(plan, form.name, moved, why_moved)


SLOTS = formulations.FORMULATIONS["slots"]
RESTART_SHARE, RESTART_SECONDS = 0.05, 3.0  # first come, first served on the musts in other orders
BOUND_SHARE, BOUND_SECONDS = 0.1, 5.0  # for the bound by resources (bounds.py), at most
FEASIBILITY_SHARE = 0.3  # of the time limit, at most, to decide whether the musts can be met at all
PROBE_SHARE = 0.4  # of the time limit for the first optimisation; the rest closes the gap by probing
LNS_PATIENCE = 0.15  # of the time limit: re-planning parts (lns.py) ends when it finds nothing better
TIE_SHARE = 0.2  # of the time limit, at most, for the tie rule once the value is settled
SIDE_WORKERS = 3  # the search by parts gets a worker of its own from this many (CP-SAT keeps two or more)
