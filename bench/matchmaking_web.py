"""Matchmaking from the web, end to end: an organizer sets up an edition's matchmaking through its
page, imports 2,000 companies and 10,000 meeting requests through the import page (check, then
apply), closes requests and presses "Plan the meetings"; the run builds the problem, solves it in the
engine's child process and writes every company's agenda; then the run page, publishing, a company's
agenda page and PDF, and the table cards are fetched. Target: the run within 6 minutes, reported with
the share of requested weight met against the engine's bound.

    python bench/matchmaking_web.py [--companies 2000] [--requests 10000] [--tables 300] [--time-limit 180]

The requests come from bench/scenarios.matchmaking (random pairs, at most 12 per company, 20 % high,
60 % normal, 20 % low; 30 % of companies there on one day only). Pages are served in-process through
Django's test client (routing, forms, queries, templates; no network); the task runs in the request
(django-tasks' immediate backend), the engine in its own process as in production. Prints a table.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))


def _csv(header, rows) -> bytes:
    from hostcity.shared.spreadsheets import csv_bytes

    return csv_bytes(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--time-limit", type=int, default=180)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-match-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    setup_test_environment()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    from scenarios import matchmaking as generated
    from tests.factories import make_user

    from hostcity.matchmaking.models import Company, Matchmaking, MatchRun
    from hostcity.platforms.models import Edition, Platform

    problem = generated(
        options.seed, companies=options.companies, requests=options.requests, tables=options.tables
    )
    fair = Platform.objects.create(
        code="ciftis", name_en="Services Fair", name_zh="服贸会", kind="trade_fair"
    )
    edition = Edition.objects.create(platform=fair, year=2030, start_date="2030-09-02", end_date="2030-09-06")
    client = Client()
    client.force_login(make_user("platform_organizer"))
    rows: list[tuple[str, float, str]] = []

    def timed(label: str, call, note: str = ""):
        began = time.perf_counter()
        response = call()
        rows.append((label, time.perf_counter() - began, note))
        assert response.status_code in (200, 302), (label, response.status_code)
        return response

    sessions = "\n".join(f"{s['start'][:10]} {s['start'][11:]}-{s['end'][11:]}" for s in problem["sessions"])
    timed(
        "set up (form)",
        lambda: client.post(
            f"/matchmaking/edition/{edition.pk}/",
            {
                "code": "ciftis-2030",
                "tables": options.tables,
                "slot_minutes": 30,
                "quota": 30,
                "sessions": sessions,
            },
        ),
    )
    matchmaking = Matchmaking.objects.get()
    company_rows = []
    for k in range(len(problem["parties"])):
        company_rows.append(
            [
                f"Company {k:04d}",
                "DEU",
                "digital",
                f"c{k:04d}@example.com",
                "en",
                "cloud",
                "partners",
                "A. Person",
            ]
        )
    header = ["name_en", "country", "sector", "email", "languages", "offers", "needs", "contact_name"]
    url = f"/matchmaking/{matchmaking.pk}/import/"
    upload = SimpleUploadedFile("companies.csv", _csv(header, company_rows))
    timed(
        "import companies: check",
        lambda: client.post(url, {"kind": "companies", "file": upload, "action": "check"}),
    )
    timed("import companies: apply", lambda: client.post(url, {"action": "apply"}))
    rows[-1] = (rows[-1][0], rows[-1][1], f"{Company.objects.count()} companies")
    # one-day companies: the sessions of their day
    by_email = {c.email: c for c in Company.objects.all()}
    sessions_by_day = {}
    for s in matchmaking.sessions.all():
        sessions_by_day.setdefault(f"{timezone.localtime(s.start):%Y-%m-%d}", []).append(s)
    for party in problem["parties"]:
        if "available" in party:
            day = party["available"][0][0][:10]
            by_email[f"{party['id']}@example.com"].sessions.set(sessions_by_day.get(day, []))
    request_rows = [
        [f"{m['parties'][0]}@example.com", f"{m['parties'][1]}@example.com", m["priority"]]
        for m in problem["meetings"]
    ]
    upload = SimpleUploadedFile(
        "requests.csv", _csv(["requester_email", "target_email", "priority"], request_rows)
    )
    timed(
        "import requests: check",
        lambda: client.post(url, {"kind": "requests", "file": upload, "action": "check"}),
    )
    timed("import requests: apply", lambda: client.post(url, {"action": "apply"}))
    timed(
        "close requests", lambda: client.post(f"/matchmaking/{matchmaking.pk}/status/", {"action": "close"})
    )
    began = time.perf_counter()
    started = client.post(f"/matchmaking/{matchmaking.pk}/run/", {"time_limit": options.time_limit})
    whole = time.perf_counter() - began
    run = MatchRun.objects.get()
    assert run.status == "done", (run.status, run.error)
    value, bound, total = run.value, run.bound, run.requested_weight
    rows.append(("run: build the problem", run.seconds_building, f"{run.requested} meetings asked"))
    rows.append(
        ("run: solve", run.plan["solve_seconds"], f"{run.plan['status']}, limit {options.time_limit} s")
    )
    rows.append(("run: write agendas", run.seconds_writing, f"{run.met} meetings"))
    rows.append(("run: end to end (the request)", whole, "target 360 s"))
    timed("run page", lambda: client.get(started.url))
    timed("publish", lambda: client.post(f"/matchmaking/runs/{run.pk}/publish/"))
    company = Company.objects.order_by("pk").first()
    timed("a company's agenda page", lambda: client.get(f"/match/c/{company.token}/"))
    timed("a company's agenda PDF", lambda: client.get(f"/match/c/{company.token}/agenda.pdf"))
    timed(
        "table cards PDF",
        lambda: client.get(f"/matchmaking/runs/{run.pk}/tables.pdf"),
        f"{options.tables} tables",
    )
    print(
        f"\nMatchmaking from the web: {options.companies} companies, {len(request_rows)} requests, "
        f"{options.tables} tables x {len(problem['sessions'])} sessions of 30-minute slots\n"
    )
    print(f"| {'step':34} | {'seconds':>8} | note |")
    print(f"|{'-' * 36}|{'-' * 10}|------|")
    for label, seconds, note in rows:
        print(f"| {label:34} | {seconds:8.2f} | {note} |")
    print(
        f"\nmeetings placed {run.met} of {run.requested} ({100 * run.met / run.requested:.1f} %); "
        f"weight met {value} of {total} ({100 * value / total:.1f} %); engine's bound {bound} "
        f"({100 * bound / total:.1f} %); gap {100 * (bound - value) / max(bound, 1):.2f} %"
    )


if __name__ == "__main__":
    main()
