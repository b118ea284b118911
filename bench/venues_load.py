"""Venue pages under load: 500 venues, 5,000 rooms, 100,000 bookings (by default on PostgreSQL).

    python bench/venues_load.py [--venues 500] [--rooms-per-venue 10] [--bookings 100000] [--requests 60]

DATABASE_URL chooses the database (default postgres://postgres@127.0.0.1:5432/hostcity_bench, created
if missing). The data is generated once and reused. Each page is requested in-process through
Django's test client (server time: URL resolution, queries, template rendering; no network), and the
table gives p50/p95/max in milliseconds and the queries per request. Prints; asserts nothing.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/hostcity_bench"


def ensure_database(url: str) -> None:
    if not url.startswith("postgres"):
        return
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("select 1 from pg_database where datname = %s", [name]).fetchone():
            conn.execute(f'create database "{name}"')


def setup(url: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()


def generate(n_venues: int, rooms_per_venue: int, n_bookings: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from hostcity.venues.models import Booking, FunctionalArea, Room, Venue

    if Venue.objects.filter(code__startswith="bench-").count() >= n_venues:
        return
    rng = random.Random(7)
    started = time.perf_counter()
    with transaction.atomic():
        areas = [
            FunctionalArea.objects.get_or_create(
                code=f"bench-area-{i}",
                defaults=dict(name_en=f"Bench area {i}", name_zh=f"测试功能区{i}", kind="section"),
            )[0]
            for i in range(12)
        ]
        categories = [c for c, _ in Venue.Category.choices]
        Venue.objects.bulk_create(
            Venue(
                code=f"bench-{i}",
                name_en=f"Bench venue {i}",
                name_zh=f"测试场馆{i}",
                category=rng.choice(categories),
                area=rng.choice([*areas, None]),
                latitude=39.6 + rng.random() * 0.9,
                longitude=115.9 + rng.random() * 1.1,
                capacity=rng.choice([None, 200, 1000, 5000]),
                district="Chaoyang 朝阳区",
                address=f"{i} Bench Road",
            )
            for i in range(n_venues)
        )
        venues = list(Venue.objects.filter(code__startswith="bench-"))
        kinds = [k for k, _ in Room.Kind.choices]
        Room.objects.bulk_create(
            Room(
                venue=v,
                name_en=f"Room {j}",
                name_zh=f"会议室{j}",
                kind=rng.choice(kinds),
                capacity=rng.choice([12, 20, 40, 80, 200, 600]),
                interpretation_booths=rng.choice([0, 0, 2, 4]),
            )
            for v in venues
            for j in range(rooms_per_venue)
        )
    rooms = list(Room.objects.filter(venue__code__startswith="bench-").values_list("pk", flat=True))
    per_room = max(1, n_bookings // len(rooms))
    first = timezone.make_aware(
        datetime.combine(timezone.localdate() - timedelta(days=30), datetime.min.time())
    )
    batch = []
    for room in rooms:
        slot = first + timedelta(hours=8)
        for _ in range(per_room):
            slot += timedelta(hours=rng.choice([2, 3, 5, 24]))
            batch.append(
                Booking(
                    room_id=room,
                    start=slot,
                    end=slot + timedelta(hours=1),
                    purpose="Bench meeting",
                    status=rng.choice(["confirmed", "tentative", "cancelled"]),
                )
            )
        if len(batch) >= 10_000:
            Booking.objects.bulk_create(batch)
            batch = []
    Booking.objects.bulk_create(batch)
    print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def measure(client, urls: list[str]) -> tuple[list[float], list[int]]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries = [], []
    client.get(urls[0])  # warm caches (templates, permissions)
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(ctx.captured_queries))
    return times, queries


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venues", type=int, default=500)
    parser.add_argument("--rooms-per-venue", type=int, default=10)
    parser.add_argument("--bookings", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=60)
    options = parser.parse_args()
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    ensure_database(url)
    setup(url)
    generate(options.venues, options.rooms_per_venue, options.bookings)
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh statistics, as autovacuum would have after a bulk load
            cursor.execute("ANALYZE")

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.utils import timezone

    from hostcity.accounts.roles import sync_roles
    from hostcity.venues.models import Booking, FunctionalArea, Room, Venue

    sync_roles()
    user, _ = get_user_model().objects.get_or_create(username="bench_manager")
    user.groups.add(Group.objects.get(name="venue_manager"))
    client = Client()
    client.force_login(user)
    rng = random.Random(11)
    n = options.requests
    codes = list(Venue.objects.filter(code__startswith="bench-").values_list("code", flat=True))
    area_ids = list(FunctionalArea.objects.filter(code__startswith="bench-").values_list("pk", flat=True))
    today = timezone.localdate()

    def finder_url():
        day = today + timedelta(days=rng.randint(-20, 20))
        hour = rng.randint(8, 18)
        kind = rng.choice(["bilateral", "plenary", "banquet", ""])
        return (
            f"/venues/finder/?kind={kind}&capacity={rng.choice([10, 40, 100])}&start={day}T{hour:02}:00"
            f"&end={day}T{hour + 1:02}:00&near={rng.choice(codes)}"
        )

    cases = {
        "atlas, first page": ["/venues/"] * n,
        "atlas, page k": [f"/venues/?page={rng.randint(1, 20)}" for _ in range(n)],
        "atlas, search": [f"/venues/?q=venue {rng.randint(1, 499)}" for _ in range(n)],
        "atlas, filtered": [
            f"/venues/?area={rng.choice(area_ids)}&min_capacity=100&min_booths=2" for _ in range(n)
        ],
        "venue page (week)": [
            f"/venues/venue/{rng.choice(codes)}/?week={today + timedelta(days=rng.randint(-21, 21))}"
            for _ in range(n)
        ],
        "room finder": [finder_url() for _ in range(n)],
        "bookings list": [f"/venues/bookings/?page={rng.randint(1, 30)}" for _ in range(n)],
    }
    from django.db import connection

    print(
        f"database: {connection.vendor}; venues {Venue.objects.count()}, rooms {Room.objects.count()}, "
        f"bookings {Booking.objects.count()}; {n} requests per page\n"
    )
    print(f"| {'page':<20} | {'p50 ms':>7} | {'p95 ms':>7} | {'max ms':>7} | {'queries':>9} |")
    print(f"|{'-' * 22}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 11}|")
    for name, urls in cases.items():
        times, queries = measure(client, urls)
        spread = f"{min(queries)}" if min(queries) == max(queries) else f"{min(queries)}-{max(queries)}"
        print(
            f"| {name:<20} | {statistics.median(times):7.1f} | {p95(times):7.1f} | {max(times):7.1f} "
            f"| {spread:>9} |"
        )


if __name__ == "__main__":
    main()
