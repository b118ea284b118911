"""What one request of each path of the mixed load costs inside the server process: Django's test
client on the mixed-load bench's data (PostgreSQL, the Redis cache), no network, no other load.
Prints, per path, the median and p90 of the time spent in Django and the number of queries.

    python bench/request_costs.py [--repeat 60]

DATABASE_URL chooses the database (default postgres://postgres@127.0.0.1:5432/hostcity_costs_bench,
emptied and refilled); REDIS_URL the cache (default redis://127.0.0.1:6379/14, emptied; empty for the
database's cache table). Asserts nothing; every request must answer 200, or the bench stops.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/hostcity_costs_bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=60, help="timed requests per path (after 5 unmeasured)")
    options = parser.parse_args()
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    redis = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
    if redis:
        import redis as redis_client

        redis_client.Redis.from_url(redis).flushdb()
    os.environ.update(
        {"DATABASE_URL": url, "REDIS_URL": redis, "SECRET_KEY": "bench-only-secret", "HOSTCITY_DEBUG": "0",
         "HOSTCITY_HOME": tempfile.mkdtemp(prefix="hostcity-costs-bench-"),
         "DJANGO_SETTINGS_MODULE": "hostcity.settings"}
    )  # fmt: skip
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT)]
    from checkin_load import fresh_database, prepare
    from mixed_load import API_READS, PUBLIC_PAGES, STAFF_PAGES, prepare_more

    fresh_database(url)
    gate_key, badges, event = prepare(2000)
    staff_key, staff_name = prepare_more()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)  # the manifest, as in production

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from tests.factories import sign_in

    host = {"SERVER_NAME": "127.0.0.1"}
    staff = Client(**host)
    sign_in(staff, get_user_model().objects.get(username=staff_name))
    anonymous, api = Client(**host), Client(**host)
    rng = random.Random(7)

    def checkin():
        body = {"token": rng.choice(badges), "event": event, "zone": "P", "gate": "bench"}
        return api.post(
            "/api/checkin/", body, content_type="application/json", HTTP_AUTHORIZATION=f"Token {gate_key}"
        )

    paths = {"POST /api/checkin/": checkin}
    for path in API_READS:
        paths[f"GET {path}"] = lambda p=path: api.get(p, HTTP_AUTHORIZATION=f"Token {staff_key}")
    for path in STAFF_PAGES:
        paths[f"GET {path} (staff)"] = lambda p=path: staff.get(p)
    for path in PUBLIC_PAGES:
        paths[f"GET {path}"] = lambda p=path: anonymous.get(p)

    print(f"In-process cost per request, {options.repeat} timed requests a path\n")
    print("| request | median ms | p90 ms | queries |")
    print("|---|---:|---:|---:|")
    for name, send in paths.items():
        for _ in range(5):
            answer = send()
            if answer.status_code != 200:
                sys.exit(f"{name} answered {answer.status_code}")
        times = []
        for _ in range(options.repeat):
            start = time.perf_counter()
            send()
            times.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            send()
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"| {name} | {statistics.median(times):.1f} | {p90:.1f} | {len(queries)} |")


if __name__ == "__main__":
    main()
