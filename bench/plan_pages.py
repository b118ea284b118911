"""The run page with a large plan: a generated matchmaking day (bench/scenarios.py) solved by the
engine until at least 400 meetings are placed, stored as a run, and its page drawn by room and by
party. Times are server time in-process (routing, queries, rendering; no network). Target: 300 ms.

    python bench/plan_pages.py [--meetings 400] [--requests 40]

Prints a table; asserts nothing.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=400)
    parser.add_argument("--requests", type=int, default=40, help="page requests per view")
    options = parser.parse_args()
    os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-plan-pages-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()
    from scenarios import matchmaking
    from tests.factories import make_user

    from hostcity.events.models import Event, PlanRun
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.solve import Options, solve

    problem = matchmaking(7, companies=400, requests=int(options.meetings * 1.2), tables=40)
    started = time.perf_counter()
    plan = solve(parse_problem(problem), Options(time_limit=20, workers=2, quiet=True)).plan
    solved = time.perf_counter() - started
    event = Event.objects.create(
        name_en="Matchmaking (bench)",
        name_zh="洽谈（压测）",
        kind="forum",
        start_date=date(2030, 9, 2),
        end_date=date(2030, 9, 3),
    )
    run = PlanRun.objects.create(event=event, problem=problem, plan=plan, fingerprint="bench", status="done")
    client = Client()
    client.force_login(make_user("protocol_officer"))
    rows = []
    for by in ("room", "party"):
        url = f"/events/runs/{run.pk}/?by={by}"
        client.get(url)
        times = []
        for _ in range(options.requests):
            t = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        assert response.status_code == 200
        rows.append(
            (
                by,
                statistics.median(times),
                statistics.quantiles(times, n=20)[-1],
                max(times),
                len(response.content) // 1024,
            )
        )
    held, asked = len(plan["assignments"]), len(problem["meetings"])
    print(f"Run page with {held} meetings ({asked} requests, solved in {solved:.1f} s)\n")
    print("| view | p50 ms | p95 ms | max ms | page KB |")
    print("|---|---:|---:|---:|---:|")
    for by, p50, p95, most, size in rows:
        print(f"| by {by} | {p50:.0f} | {p95:.0f} | {most:.0f} | {size} |")


if __name__ == "__main__":
    main()
