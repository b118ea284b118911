"""`hostcity plan PROBLEM …` and `hostcity plan check PROBLEM PLAN` (contract section 5)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from hostcity.planning.limits import Limits
from hostcity.planning.options import DEFAULT_TIME_LIMIT
from hostcity.planning.problem import ProblemError, load_problem, parse_time, read_tree

EXIT = {"optimal": 0, "feasible": 0, "infeasible": 3, "unknown": 4}


def _seconds(text: str) -> float:
    """A time limit: a finite number of seconds, more than 0 and at most a day."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not math.isfinite(value) or not 0 < value <= 86_400:
        raise argparse.ArgumentTypeError(f"{text}: a time limit is more than 0 and at most 86400 seconds")
    return value


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 1 <= value <= 256:
        raise argparse.ArgumentTypeError(f"{text}: between 1 and 256 workers")
    return value


def _plan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hostcity plan", description="Plan a hostcity/1 problem.")
    parser.add_argument("problem", help="problem file (.json, .yaml or .yml)")
    parser.add_argument("--time-limit", type=_seconds, default=DEFAULT_TIME_LIMIT, metavar="SECONDS")
    parser.add_argument("--out", metavar="PLAN.json", help="write the plan here (default: standard output)")
    parser.add_argument("--workers", type=_workers, default=2, metavar="N")
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    parser.add_argument(
        "--from", dest="previous", metavar="OLD_PLAN.json", help="re-plan, moving as little as possible"
    )
    parser.add_argument("--report", action="store_true", help="also print a readable summary")
    parser.add_argument("--formulation", choices=["auto", "intervals", "slots"], default="auto")
    return parser


def _fail(errors: list[str]):
    for line in errors:
        print(line, file=sys.stderr)
    raise SystemExit(2)


def _load(path: str):
    try:
        return load_problem(path, Limits.from_env())
    except ProblemError as exc:
        _fail(exc.errors)
    except ValueError as exc:  # a limit in the environment that is not a number
        _fail([str(exc)])


def _read_plan(path: str, what: str):
    """A plan file's tree, or exit 2 naming the path (the same reader as problems)."""
    try:
        return read_tree(path, what=what)
    except ProblemError as exc:
        _fail([f"cannot read the {what}: {line}" for line in exc.errors])


def _plan_faults(plan) -> list[str]:
    """What makes a plan file unreadable as a plan (its shape, each fault with its path), before the
    validator or the re-planner reads it."""
    if not isinstance(plan, dict):
        return ["(top): a plan is a mapping with a list of assignments"]
    faults = []
    for key in ("assignments", "unscheduled"):
        if not isinstance(plan.get(key, []), list):
            faults.append(f"{key}: expected a list")
    if not isinstance(plan.get("objective", {}), dict):
        faults.append("objective: expected a mapping")
    if faults:
        return faults
    for k, item in enumerate(plan.get("assignments", [])):
        if not isinstance(item, dict):
            faults.append(f"assignments[{k}]: expected a mapping")
            continue
        for key in ("meeting", "room", "venue", "end"):
            if key in item and not isinstance(item[key], str | None):
                faults.append(f"assignments[{k}].{key}: expected text")
        interpreters = item.get("interpreters") or []
        if not isinstance(interpreters, list) or not all(isinstance(i, str) for i in interpreters):
            faults.append(f"assignments[{k}].interpreters: expected a list of interpreter ids")
        try:
            parse_time(item.get("start"))
        except ValueError as exc:
            faults.append(f"assignments[{k}].start: {exc}")
    for k, item in enumerate(plan.get("unscheduled", [])):
        if not isinstance(item, dict) or not isinstance(item.get("meeting"), str):
            faults.append(f"unscheduled[{k}]: expected a mapping with a meeting id")
    return faults


def plan_main(argv: list[str]) -> int:
    from hostcity.planning.report import render
    from hostcity.planning.solve import Options, solve

    args = _plan_parser().parse_args(argv)
    problem = _load(args.problem)
    previous = None
    if args.previous:
        previous = _read_plan(args.previous, "previous plan")
        faults = _plan_faults(previous)
        if faults:
            for fault in faults:
                print(f"{args.previous}: {fault}", file=sys.stderr)
            return 2
    solved = solve(
        problem,
        Options(
            time_limit=args.time_limit,
            workers=args.workers,
            quiet=args.quiet,
            previous=previous,
            formulation=args.formulation,
        ),
    )
    plan = solved.plan
    text = json.dumps(plan, ensure_ascii=False, indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    summary = sys.stdout if args.out else sys.stderr
    if previous is not None:  # the result of a re-plan, not progress: printed even with --quiet
        print(f"moved: {', '.join(solved.moved) or 'nothing'}", file=summary)
        for meeting, why in solved.why_moved.items():
            print(f"  {meeting}: {why}", file=summary)
    if args.report:
        summary.write(render(problem, plan))
    return EXIT[plan["status"]]


def check_main(argv: list[str]) -> int:
    from hostcity.planning.validate import check_plan

    parser = argparse.ArgumentParser(
        prog="hostcity plan check", description="Validate a plan against a problem."
    )
    parser.add_argument("problem")
    parser.add_argument("plan")
    args = parser.parse_args(argv)
    problem = _load(args.problem)
    plan = _read_plan(args.plan, "plan")
    faults = _plan_faults(plan)
    if faults:
        _fail([f"{args.plan}: {fault}" for fault in faults])
    report = check_plan(problem, plan)
    print(json.dumps(report.objective, indent=2))
    for error in report.errors:
        print(error, file=sys.stderr)
    if report.ok:
        claimed = plan.get("objective", {}).get("value")
        if claimed is not None and claimed != report.objective["value"]:
            print(f"the plan claims value {claimed}; it is {report.objective['value']}", file=sys.stderr)
            return 1
        print("valid", file=sys.stderr)
        return 0
    return 1


def main(argv: list[str]) -> int:
    if argv and argv[0] == "check":
        return check_main(argv[1:])
    return plan_main(argv)
