"""The planning engine's benchmark. Prints tables; asserts nothing.

    python bench/planner.py b2b [--time-limit 60] [--workers 2] [--only NAME]
    python bench/planner.py scales [--time-limit 60] [--workers 2] [--only NAME]
        (NAME: state-visit, brf, brf-travel, focac, matchmaking)

b2b: the 20 JAIR 2022 instances in ../shared/benchmarks/b2b-jair2022 (fairness d = 2, objective total
breaks), read into hostcity/1 by hostcity.planning.formats.b2b_dzn: breaks found, bound, seconds,
published optimum.
scales: seeded generated problems (bench/scenarios.py) from a state visit to a matchmaking day: value,
bound, gap, seconds, peak memory, and the same requests planned first come, first served.
"""

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
SHARED = ROOT.parent / "shared" / "benchmarks" / "b2b-jair2022"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def b2b(options) -> None:
    from hostcity.planning.formats.b2b_dzn import read_dzn, to_problem
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.solve import Options, solve

    optima = {row["instance"]: row for row in csv.DictReader((SHARED / "optima.csv").open())}
    print(f"B2B JAIR 2022, fairness d = 2, {options.time_limit:.0f} s and {options.workers} workers each\n")
    print("| instance | meetings | breaks found | bound | status | seconds | published optimum |")
    print("|---|---:|---:|---:|---|---:|---:|")
    proven = 0
    for name, row in optima.items():
        if options.only and options.only not in name:
            continue
        data = read_dzn((SHARED / "instances" / f"{name}.dzn").read_text())
        problem = parse_problem(to_problem(data, name=name))
        started = time.monotonic()
        plan = solve(
            problem, Options(time_limit=options.time_limit, workers=options.workers, quiet=True)
        ).plan
        seconds = time.monotonic() - started
        objective = plan["objective"]
        breaks = objective.get("total_breaks", "-")
        bound = -objective["bound"] if "bound" in objective else "-"
        optimum = int(row["optimum_total_breaks_d2"])
        proven += plan["status"] == "optimal" and breaks == optimum
        print(
            f"| {name.removesuffix('.original')} | {row['meetings']} | {breaks} | {bound} | {plan['status']} "
            f"| {seconds:.1f} | {optimum} |",
            flush=True,
        )
    print(f"\nproven optimal and equal to the published optimum: {proven}")


def scales(options) -> None:
    from scenarios import SCENARIOS

    from hostcity.planning.figures import figures
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.searches.greedy import first_come_first_served
    from hostcity.planning.solve import Options, solve
    from hostcity.planning.timeline import Timeline

    print(f"Generated problems (seed 2026), {options.time_limit:.0f} s and {options.workers} workers\n")
    print(
        "| problem | requests | musts met | value | bound | gap | seconds | peak MB "
        "| first come, first served |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    replans = []
    for name, make in SCENARIOS.items():
        if options.only and options.only != name:
            continue
        problem = parse_problem(make(seed=2026))
        started = time.monotonic()
        plan = solve(
            problem, Options(time_limit=options.time_limit, workers=options.workers, quiet=True)
        ).plan
        seconds = time.monotonic() - started
        o = plan["objective"]
        timeline = Timeline(problem)
        by_hand = figures(timeline, first_come_first_served(timeline))
        value, bound = o.get("value"), o.get("bound")
        gap = (
            f"{100 * (bound - value) / max(1, abs(bound)):.1f}%"
            if value is not None and bound is not None
            else "-"
        )
        musts = f"{o.get('must_scheduled', '-')}/{o.get('must_total', '-')}"
        fcfs = f"{by_hand['value']} (musts {by_hand['must_scheduled']}/{by_hand['must_total']})"
        print(
            f"| {name} | {len(problem.meetings)} | {musts} | {value} | {bound} | {gap} | {seconds:.1f} "
            f"| {peak_mb():.0f} | {fcfs} |",
            flush=True,
        )
        if name == "brf" and plan["status"] in ("optimal", "feasible"):
            replans.append(delayed_arrival(make(seed=2026), plan, options))
    for line in replans:
        print(line)


def delayed_arrival(tree: dict, plan: dict, options) -> str:
    """Delay the arrival of the leader with the earliest scheduled meeting by three hours; re-plan from
    the old plan; count the meetings moved that the delay did not force to move."""
    from datetime import datetime, timedelta

    from hostcity.planning.problem import parse_problem
    from hostcity.planning.solve import Options, solve

    fmt = "%Y-%m-%dT%H:%M"
    meetings = {m["id"]: m for m in tree["meetings"]}
    leaders = {p["id"]: p for p in tree["parties"] if p.get("arrival")}
    first = min(
        (a for a in plan["assignments"] if set(meetings[a["meeting"]]["parties"]) & set(leaders)),
        key=lambda a: a["start"],
    )
    who = next(p for p in meetings[first["meeting"]]["parties"] if p in leaders)
    new_arrival = datetime.strptime(first["start"], fmt) + timedelta(hours=3)
    leaders[who]["arrival"]["time"] = new_arrival.strftime(fmt)
    problem = parse_problem(tree)
    forced = {
        a["meeting"]
        for a in plan["assignments"]
        if who in meetings[a["meeting"]]["parties"] and a["start"] < new_arrival.strftime(fmt)
    }
    started = time.monotonic()
    solved = solve(problem, Options(time_limit=10, workers=options.workers, quiet=True, previous=plan))
    seconds = time.monotonic() - started
    unforced = sorted(set(solved.moved) - forced)
    return (
        f"\nre-plan after {who}'s arrival moved to {new_arrival:%Y-%m-%d %H:%M}: {solved.plan['status']} in "
        f"{seconds:.1f} s; {len(solved.moved)} meetings moved, {len(forced)} forced by the delay, "
        f"{len(unforced)} not forced ({', '.join(unforced) or 'none'}); "
        f"value {solved.plan['objective'].get('value')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["b2b", "scales"])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="")
    options = parser.parse_args()
    {"b2b": b2b, "scales": scales}[options.what](options)


if __name__ == "__main__":
    main()
