"""The engine against a plain CP-SAT interval model on generated summits (bench/summits.py), side by
side: the engine with its limit (60 s), the plain model with twice as long (120 s), both two workers.

The plain model is the engine's own interval formulation (planning/model/general.py: presence, start,
room, interpreters, travel between venues, fixed items) handed to CP-SAT as a CP-SAT user would write
it: one choice per room (no classes of rooms alike), CP-SAT's default parameters, no bound by
resources, no first plan, no search by parts, no probing. It shares the engine's constraints, so
both plans are checked by the independent validator (planning/validate.py).

    python bench/summit_compare.py --seeds 1-6 [--time-limit 60] [--baseline-limit 120] [--workers 2]

Prints a table; asserts nothing."""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ortools.sat.python import cp_model
from summits import summit

from hostcity.planning.figures import figures
from hostcity.planning.model import general
from hostcity.planning.plan import plan_document
from hostcity.planning.problem import parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan


def seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        out.extend(range(int(first), int(last or first) + 1))
    return out


def baseline(problem, seconds: float, workers: int) -> dict:
    """Plain CP-SAT on the interval model: the value, bound and musts of what it found."""
    started = time.monotonic()
    timeline = Timeline(problem)
    built = general.build_general(timeline, alike_rooms=False)  # the model as CP-SAT users write it
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    status = solver.solve(built.model)
    wall = time.monotonic() - started
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return {"value": None, "bound": None, "musts": "-", "seconds": wall, "valid": None}
    placed = general.placements(built, solver)
    plan = plan_document(timeline, placed, "feasible", round(solver.best_objective_bound), wall, [])
    o = figures(timeline, placed)
    return {
        "value": o["value"],
        "bound": round(solver.best_objective_bound),
        "musts": f"{o['must_scheduled']}/{o['must_total']}",
        "seconds": wall,
        "valid": check_plan(problem, plan).ok,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-6")
    parser.add_argument("--time-limit", type=float, default=60)
    parser.add_argument("--baseline-limit", type=float, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-baseline", action="store_true")
    options = parser.parse_args()
    print(
        f"Generated summits: engine {options.time_limit:.0f} s, plain CP-SAT {options.baseline_limit:.0f} s, "
        f"{options.workers} workers\n"
    )
    print(
        "| seed | requests | musts | engine value | bound | gap | musts met | status | wall s "
        "| plain value | plain bound | plain musts | plain wall s | engine - plain |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for seed in seeds(options.seeds):
        tree = summit(seed)
        problem = parse_problem(tree)
        started = time.monotonic()
        plan = solve(
            problem, Options(time_limit=options.time_limit, workers=options.workers, quiet=True)
        ).plan
        wall = time.monotonic() - started
        o = plan["objective"]
        value, bound = o.get("value"), o.get("bound")
        gap = f"{100 * (bound - value) / max(1, abs(bound)):.2f}%" if value is not None and bound else "-"
        musts = sum(m.priority == "must" for m in problem.meetings)
        met = f"{o.get('must_scheduled', '-')}/{o.get('must_total', '-')}"
        if options.no_baseline:
            plain = {"value": None, "bound": None, "musts": "-", "seconds": 0.0}
        else:
            plain = baseline(problem, options.baseline_limit, options.workers)
        diff = (
            f"{100 * (value - plain['value']) / max(1, plain['value']):+.2f}%"
            if value is not None and plain["value"]
            else "-"
        )
        print(
            f"| {seed} | {len(problem.meetings)} | {musts} | {value} | {bound} | {gap} | {met} "
            f"| {plan['status']} "
            f"| {wall:.1f} | {plain['value']} | {plain['bound']} | {plain['musts']} | {plain['seconds']:.1f} "
            f"| {diff} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
