"""The public directory and the indicators dashboard at scale: 20,000 directory entries searched the
ways a visitor does (words in English or Chinese, kind and language near a named area, a deep page),
and the dashboard with 40 indicators over 15 years of values and targets. Times are server time
in-process (routing, queries, rendering; no network), on SQLite by default or PostgreSQL with
DATABASE_URL. Targets: directory search p95 under 200 ms; the dashboard under 300 ms.

    python bench/directory_pages.py [--entries 20000] [--indicators 40] [--years 15] [--requests 30]

Prints a table; asserts nothing.
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
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

KINDS = ["school", "hospital", "event", "service"]
LANGS = ["en", "fr", "de", "ja", "ko", "ru", "es", "ar"]
WORDS_EN = ["International", "Family", "Medical", "Community", "Garden", "Harbour", "Lotus", "Summit"]
WORDS_ZH = ["国际", "家庭", "医疗", "社区", "花园", "港湾", "莲花", "峰会"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--indicators", type=int, default=40)
    parser.add_argument("--years", type=int, default=15)
    parser.add_argument("--requests", type=int, default=30)
    options = parser.parse_args()
    os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-directory-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    call_command("migrate", verbosity=0)
    setup_test_environment()
    from tests.factories import make_user

    from hostcity.directory.models import Entry
    from hostcity.directory.revisions import search_text
    from hostcity.indicators.models import Indicator, Target, Value

    rng = random.Random(7)
    began = time.perf_counter()
    entries = []
    for k in range(options.entries):
        w = rng.randrange(len(WORDS_EN))
        entry = Entry(
            kind=rng.choice(KINDS),
            slug=f"entry-{k:05d}",
            name_en=f"{WORDS_EN[w]} {rng.choice(['Clinic', 'School', 'Centre', 'Festival'])} {k:05d}",
            name_zh=f"{WORDS_ZH[w]}{rng.choice(['诊所', '学校', '中心', '节'])}{k:05d}",
            summary_en="Services for international residents.",
            address_en=f"{k} Some Road",
            latitude=39.75 + rng.random() * 0.4,
            longitude=116.2 + rng.random() * 0.5,
            languages=sorted(set(rng.sample(LANGS, rng.randint(1, 3))) | {"zh"}),
            emergency=rng.random() < 0.2,
        )
        entry.search = search_text(entry)
        entries.append(entry)
    Entry.objects.bulk_create(entries, batch_size=2000)
    fields = [1, 2, 3, 4, 5]
    indicators = Indicator.objects.bulk_create(
        [
            Indicator(code=f"ind-{k:02d}", name_en=f"Indicator {k}", name_zh=f"指标{k}", unit_en="units",
                      unit_zh="个", field=fields[k % 5], first_year=2010, last_year=2035)
            for k in range(options.indicators)
        ]
    )  # fmt: skip
    first = 2026 - options.years
    Value.objects.bulk_create(
        [
            Value(indicator=i, year=y, value=rng.randint(10, 1000), source_url="https://example.org/source")
            for i in indicators
            for y in range(first, 2026)
        ]
    )
    Target.objects.bulk_create(
        [
            Target(indicator=i, year=y, value=rng.randint(10, 1000))
            for i in indicators
            for y in range(first, 2026)
        ]
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    loaded = time.perf_counter() - began
    visitor, officer = Client(), Client()
    officer.force_login(make_user("viewer"))
    urls = [
        (visitor, "directory: everything", "/visit/"),
        (visitor, "directory: words (English)", "/visit/?q=family+clinic"),
        (visitor, "directory: words (Chinese)", "/visit/?q=家庭诊所"),
        (visitor, "directory: French hospital near the embassies", "/visit/?kind=hospital&language=fr&near=third-embassy-area&radius=3"),
        (visitor, "directory: anything within 10 km of the CBD", "/visit/?near=cbd&radius=10"),
        (visitor, "directory: emergency, page 50", "/visit/?kind=hospital&emergency=on&page=50"),
        (visitor, "directory: an entry", "/visit/entry-10000/"),
        (officer, f"dashboard: {options.indicators} indicators x {options.years} years", "/indicators/"),
    ]  # fmt: skip
    rows = []
    for client, label, url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        times = []
        for _ in range(options.requests):
            t = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - t) * 1000)
        rows.append((label, statistics.median(times), statistics.quantiles(times, n=20)[-1], max(times)))
    print(
        f"\nDirectory and dashboard on {connection.vendor}: {options.entries} entries; {options.indicators} "
        f"indicators x {options.years} years (loaded in {loaded:.0f} s)\n"
    )
    print("| page | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    for label, p50, p95, most in rows:
        print(f"| {label} | {p50:.0f} | {p95:.0f} | {most:.0f} |")


if __name__ == "__main__":
    main()
