"""Crafted B2B variants, made the way the JAIR 2022 paper made its Tables 6-8, on the 20 original
instances in ../shared/benchmarks/b2b-jair2022/: forbidden participant-slots (alpha), fixed meetings
(beta, with and without forbidden slots), precedences (gamma); several seeds. Prints, per recipe,
how many variants were proven infeasible, proven optimal, feasible or left unknown, with the times,
and the worst wall time against the limit. Asserts nothing: the measure is the whole family, never
one instance.

    .venv/bin/python bench/b2b_variants.py                      # 10 s a run, seed 1, every recipe
    .venv/bin/python bench/b2b_variants.py --seconds 60 --seeds 1 2 3 --recipes F0.3 X20
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "b2b-jair2022"
sys.path.insert(0, str(ROOT / "src"))

from hostcity.planning.formats.b2b_dzn import read_dzn, to_problem  # noqa: E402
from hostcity.planning.problem import ProblemError, parse_problem  # noqa: E402
from hostcity.planning.solve import Options, solve  # noqa: E402

# name -> (forbidden share of participant-slots, fixed share of meetings, precedence share of meetings)
RECIPES = {
    "F0.3": (0.003, 0.0, 0.0),
    "F0.7": (0.007, 0.0, 0.0),
    "X20": (0.0, 0.20, 0.0),
    "X40": (0.0, 0.40, 0.0),
    "X20+F0.3": (0.003, 0.20, 0.0),
    "X40+F0.3": (0.003, 0.40, 0.0),
    "P15": (0.0, 0.0, 0.15),
    "P25": (0.0, 0.0, 0.25),
}


def session_slots(data: dict, session: int) -> list[int]:
    total, morning = data["nTotalSlots"], data["nMorningSlots"]
    if session == 1:
        return list(range(1, morning + 1))
    if session == 2 and total > morning:
        return list(range(morning + 1, total + 1))
    return list(range(1, total + 1))


def variant(data: dict, recipe: str, seed: int) -> dict:
    """A copy of the instance's data with the recipe's forbidden slots, fixed meetings and
    precedences drawn at random (the paper's recipe: uniform over participant-slots and meetings)."""
    alpha, beta, gamma = RECIPES[recipe]
    rng = random.Random(f"{recipe}-{seed}")
    n_business, n_meetings, total = data["nBusiness"], data["nMeetings"], data["nTotalSlots"]
    out = dict(data)
    forbidden = [set(s) - {0} for s in data.get("forbidden", [set()] * n_business)]
    pairs = [(b, t) for b in range(n_business) for t in range(1, total + 1) if t not in forbidden[b]]
    for b, t in rng.sample(pairs, round(alpha * n_business * total)):
        forbidden[b].add(t)
    out["forbidden"] = forbidden
    fixed = list(data.get("fixed", [0] * n_meetings))
    # Fixed as an organiser would fix them: a slot of the meeting's session that both participants
    # have free and that still has a table (fixings that contradict each other outright are found by
    # the engine's checks at once, and say little).
    taken: dict[int, set[int]] = {}
    per_slot: dict[int, int] = {}
    for m in rng.sample(range(n_meetings), round(beta * n_meetings)):
        a, b, session = data["requested"][m]
        free = [
            t
            for t in session_slots(data, session)
            if t not in forbidden[a - 1] | forbidden[b - 1]
            and t not in taken.get(a, set()) | taken.get(b, set())
            and per_slot.get(t, 0) < data["nTables"]
        ]
        if free:
            t = rng.choice(free)
            fixed[m] = t
            taken.setdefault(a, set()).add(t)
            taken.setdefault(b, set()).add(t)
            per_slot[t] = per_slot.get(t, 0) + 1
    out["fixed"] = fixed
    precedences = [set(s) - {0} for s in data.get("precedences", [set()] * n_meetings)]
    order = list(range(n_meetings))
    rng.shuffle(order)
    place = {m: k for k, m in enumerate(order)}
    for m in rng.sample(range(n_meetings), round(gamma * n_meetings)):
        earlier = [x for x in range(n_meetings) if place[x] < place[m]]
        if earlier:
            precedences[m].add(rng.choice(earlier) + 1)  # 1-based, as in the .dzn files
    out["precedences"] = precedences
    return out


def run(name: str, data: dict, recipe: str, seed: int, seconds: float, workers: int) -> dict:
    started = time.monotonic()
    try:
        problem = parse_problem(to_problem(variant(data, recipe, seed), name=f"{name}-{recipe}-{seed}"))
    except ProblemError as exc:  # e.g. a fixed meeting outside its participant's availability
        return {"verdict": "invalid", "seconds": time.monotonic() - started, "why": exc.errors[0]}
    solved = solve(problem, Options(time_limit=seconds, workers=workers, quiet=True))
    status = solved.plan["status"]
    verdict = {"optimal": "optimal", "feasible": "feasible", "infeasible": "infeasible"}.get(
        status, "unknown"
    )
    return {"verdict": verdict, "seconds": time.monotonic() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument("--recipes", nargs="+", default=list(RECIPES), choices=list(RECIPES))
    parser.add_argument("--instances", nargs="*", help="names such as tic-12 (default: all 20)")
    options = parser.parse_args()
    files = sorted((SHARED / "instances").glob("*.original.dzn"))
    if options.instances:
        files = [f for f in files if f.name.removesuffix(".original.dzn") in options.instances]
    print(f"{len(files)} instances x {len(options.recipes)} recipes x {len(options.seeds)} seeds, "
          f"{options.seconds:g} s a run, {options.workers} workers", file=sys.stderr)  # fmt: skip
    rows = {recipe: [] for recipe in options.recipes}
    for path in files:
        name = path.name.removesuffix(".original.dzn")
        data = read_dzn(path.read_text())
        for recipe in options.recipes:
            for seed in options.seeds:
                result = run(name, data, recipe, seed, options.seconds, options.workers)
                rows[recipe].append(result)
                line = (
                    f"{name:>14} {recipe:>9} seed {seed}: {result['verdict']:>10} {result['seconds']:6.1f} s"
                )
                print(line, file=sys.stderr, flush=True)
    limit = options.seconds
    print("\n| recipe | variants | infeasible (proven) | optimal (proven) | feasible | unknown | invalid | "
          "median s infeasible | max s infeasible | worst wall / limit |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for recipe, results in rows.items():
        count = {v: sum(1 for r in results if r["verdict"] == v) for v in
                 ("infeasible", "optimal", "feasible", "unknown", "invalid")}  # fmt: skip
        infeasible = [r["seconds"] for r in results if r["verdict"] == "infeasible"]
        worst = max((r["seconds"] for r in results), default=0.0)
        median = f"{statistics.median(infeasible):.1f}" if infeasible else "—"
        most = f"{max(infeasible):.1f}" if infeasible else "—"
        cells = [recipe, len(results), *count.values(), median, most, f"{worst / limit:.2f}"]
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
