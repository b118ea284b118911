"""`hostcity plan PROBLEM …` and `hostcity plan check PROBLEM PLAN` (contract section 5)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hostcity.planning.problem import ProblemError, load_problem, parse_time

EXIT = {"optimal": 0, "feasible": 0, "infeasible": 3, "unknown": 4}


def _plan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hostcity plan", description="Plan a hostcity/1 problem.")
    parser.add_argument("problem", help="problem file (.json, .yaml or .yml)")
    parser.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS")
    parser.add_argument("--out", metavar="PLAN.json", help="write the plan here (default: standard output)")
    parser.add_argument("--workers", type=int, default=2, metavar="N")
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    parser.add_argument(
        "--from", dest="previous", metavar="OLD_PLAN.json", help="re-plan, moving as little as possible"
    )
    parser.add_argument("--report", action="store_true", help="also print a readable summary")
    parser.add_argument("--formulation", choices=["auto", "intervals", "slots"], default="auto")
    return parser


def _load(path: str):
    try:
        return load_problem(path)
    except ProblemError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        raise SystemExit(2) from None


def _previous_faults(previous) -> list[str]:
    """What makes a previous plan unusable for re-planning, each fault with its path."""
    if not isinstance(previous, dict) or not isinstance(previous.get("assignments", []), list):
        return ["(top): a plan is a mapping with a list of assignments"]
    faults = []
    for k, item in enumerate(previous.get("assignments", [])):
        if not isinstance(item, dict):
            faults.append(f"assignments[{k}]: expected a mapping")
            continue
        try:
            parse_time(item.get("start"))
        except ValueError as exc:
            faults.append(f"assignments[{k}].start: {exc}")
    return faults


def plan_main(argv: list[str]) -> int:
    from hostcity.planning.report import render
    from hostcity.planning.solve import Options, solve

    args = _plan_parser().parse_args(argv)
    problem = _load(args.problem)
    previous = None
    if args.previous:
        try:
            previous = json.loads(Path(args.previous).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"{args.previous}: cannot read the previous plan: {exc}", file=sys.stderr)
            return 2
        faults = _previous_faults(previous)
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
    try:
        plan = json.loads(Path(args.plan).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{args.plan}: cannot read the plan: {exc}", file=sys.stderr)
        return 2
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
