"""The glossary's consistency check at scale: 100,000 bilingual fields (the names of venues, partner
networks and rooms, in English and Chinese), a glossary
of 2,000 adopted terms, a share of the records using a deprecated or different form, others the
same Chinese with two English forms, some with one language only. Times the whole check as the page
and the command run it (read the fields from the database, check them) and the check alone, on
SQLite by default or PostgreSQL with DATABASE_URL; reports what it found against what was planted.

    python bench/glossary_check.py [--fields 100000] [--terms 2000] [--runs 3]

Prints a table; asserts nothing.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=100_000)
    parser.add_argument("--terms", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    os.environ.setdefault("HOSTCITY_HOME", tempfile.mkdtemp(prefix="hostcity-glossary-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from hostcity.glossary import consistency
    from hostcity.glossary.models import Term
    from hostcity.platforms.models import PartnerNetwork
    from hostcity.venues.models import Room, Venue

    rng = random.Random(22)
    Term.objects.bulk_create(
        Term(zh=f"标准名称{k:05d}", en=f"Standard Name {k:05d}", variants=[f"Old Name {k:05d}"], domain="venue",
             source="bench", status="adopted")
        for k in range(options.terms)
    )  # fmt: skip
    planted = {"differs": 0, "deprecated": 0, "two_forms": 0, "one_language": 0}
    paired: dict[int, set[int]] = {}

    def pair(k: int) -> tuple[str, str]:
        roll = rng.random()
        if roll < 0.05:  # a glossary term with another English form
            t = rng.randrange(options.terms)
            planted["differs"] += 1
            return f"Standard Name {t:05d} (Hall)", f"标准名称{t:05d}"
        if roll < 0.08:
            t = rng.randrange(options.terms)
            planted["deprecated"] += 1
            return f"Old Name {t:05d}", f"标准名称{t:05d}"
        if roll < 0.10:
            planted["one_language"] += 1
            return f"Only English {k}", ""
        if roll < 0.14:  # shared Chinese: two English forms when both of a pair of rows land here
            g = k // 2
            paired.setdefault(g, set()).add(k % 2)
            return (f"Pair {g} East" if k % 2 else f"Pair {g} West"), f"成对名称{g}"
        return f"Unique Name {k}", f"唯一名称{k}"

    quarter = options.fields // 3
    venue = Venue.objects.create(code="bench", name_en="Bench", name_zh="测试", category="hotel",
                                 latitude=39.9, longitude=116.4)  # fmt: skip
    batches = [
        (Venue, lambda en, zh, k: Venue(code=f"v{k}", name_en=en, name_zh=zh, category="hotel",
                                        latitude=39.9, longitude=116.4)),
        (PartnerNetwork, lambda en, zh, k: PartnerNetwork(name_en=en, name_zh=zh, kind="chamber")),
        (Room, lambda en, zh, k: Room(venue_id=venue_ids[k % len(venue_ids)], name_en=en, name_zh=zh,
                                      kind="bilateral", capacity=20)),  # one room a venue: names are unique in it
    ]  # fmt: skip
    k, venue_ids = 0, [venue.pk]
    for model, make in batches:
        rows = []
        for _ in range(quarter):
            en, zh = pair(k)
            rows.append(make(en, zh, k))
            k += 1
        model.objects.bulk_create(rows, batch_size=5000)
        venue_ids = list(Venue.objects.values_list("pk", flat=True))
    planted["two_forms"] = sum(2 for forms in paired.values() if len(forms) == 2)
    fields = list(consistency.database_values())
    print(f"{len(fields)} bilingual fields in the database ({len(consistency.bilingual_fields())} kinds of field), "
          f"{options.terms} adopted terms")  # fmt: skip
    whole, alone, found = [], [], None
    for _ in range(options.runs):
        began = time.perf_counter()
        found = consistency.check(consistency.database_values())
        whole.append(time.perf_counter() - began)
        began = time.perf_counter()
        consistency.check(fields)
        alone.append(time.perf_counter() - began)
    tracemalloc.start()
    consistency.check(consistency.database_values())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    counts = {kind: sum(1 for f in found if f.kind == kind) for kind in planted}
    print()
    print(f"| measure | median of {options.runs} | min |")
    print("|---|---|---|")
    print(f"| read + check {len(fields):,} fields | {statistics.median(whole):.2f} s | {min(whole):.2f} s |")
    print(f"| check alone | {statistics.median(alone):.2f} s | {min(alone):.2f} s |")
    print(f"| peak Python memory of one check | {peak / 2**20:.1f} MiB | |")
    print()
    print("| finding | planted | found |")
    print("|---|---|---|")
    for kind in planted:
        print(f"| {kind} | {planted[kind]} | {counts[kind]} |")


if __name__ == "__main__":
    main()
