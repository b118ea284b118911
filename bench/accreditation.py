"""Accreditation at summit scale: importing 10,000 delegates from Excel, and an A4 sheet PDF of 500
badges with Chinese names. Targets: import under 20 s, the PDF under 30 s.

    python bench/accreditation.py [--delegates 10000] [--badges 500]

DATABASE_URL chooses the database (default: a fresh SQLite file; PostgreSQL when set, emptied first).
Prints a table; asserts nothing.
"""

import argparse
import io
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def setup() -> None:
    home = tempfile.mkdtemp(prefix="hostcity-accreditation-bench-")
    os.environ.setdefault("HOSTCITY_HOME", home)
    os.environ.setdefault("SECRET_KEY", "bench-only-secret")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hostcity.test_settings")
    sys.path.insert(0, str(ROOT / "src"))
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'drop database if exists "{name}" with (force)')
            conn.execute(f'create database "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def delegates_workbook(codes: list[str], per: int, rng: random.Random) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("delegates")
    sheet.append(
        [
            "delegation",
            "family_name",
            "given_names",
            "name_zh",
            "category",
            "passport_number",
            "birth_date",
            "languages",
        ]
    )
    n = 0
    for code in codes:
        for k in range(per):
            n += 1
            born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000))
            sheet.append(
                [
                    code,
                    f"Family{n}",
                    f"Given{k}",
                    rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                    "head" if k == 0 else rng.choice(["official", "official", "security", "media", "staff"]),
                    f"P{n:08d}",
                    born.isoformat(),
                    "en",
                ]
            )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=10_000)
    parser.add_argument("--badges", type=int, default=500)
    options = parser.parse_args()
    setup()
    import pycountry
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection

    from hostcity.delegations.accreditation import badge_pdf
    from hostcity.delegations.accreditation.badges import issue_badges
    from hostcity.delegations.imports import import_delegates
    from hostcity.delegations.models import Badge, Delegate, Delegation, Zone, ZoneAccess
    from hostcity.events.models import Event
    from hostcity.shared.audit.trail import Actor

    rng = random.Random(3)
    event = Event.objects.create(
        name_en="Belt and Road Forum",
        name_zh="一带一路国际合作高峰论坛",
        kind="summit",
        start_date=date(2030, 12, 1),
        end_date=date(2030, 12, 3),
    )
    per = 50
    codes = [c.alpha_3 for c in pycountry.countries][: -(-options.delegates // per)]
    for code in codes:
        Delegation.objects.create(event=event, country=code, head_rank=1, quota=per, registration="approved")
    data = delegates_workbook(codes, per, rng)
    rows = []
    started = time.perf_counter()
    report = import_delegates(SimpleUploadedFile("delegates.xlsx", data), event=event, apply=True, by=Actor())
    seconds = time.perf_counter() - started
    assert report.applied, report.errors[:5]
    rows.append(("import, Excel, check and save", f"{report.created} delegates", seconds, 20))

    zone = Zone.objects.create(event=event, code="P", name_en="Plenary hall", name_zh="全体会议厅")
    for category in Delegate.Category.values:
        ZoneAccess.objects.create(
            zone=zone, category=category, valid_from=event.start_date, valid_to=event.end_date
        )
    Delegate.objects.update(vetting="cleared")  # the vetting authority's answer (bench/journey.py times it)
    started = time.perf_counter()
    issue_badges(event, by=Actor())
    rows.append(
        (
            "issue badges in precedence order",
            f"{Badge.objects.count()} badges",
            time.perf_counter() - started,
            None,
        )
    )
    chosen = list(
        Badge.objects.select_related(
            "delegate__delegation__organization", "delegate__delegation__event"
        ).order_by("number")[: options.badges]
    )
    started = time.perf_counter()
    pdf = badge_pdf.render(chosen, layout="sheet")
    rows.append(
        (
            "A4 sheet PDF, Chinese names",
            f"{len(chosen)} badges, {len(pdf) // 1024} KB",
            time.perf_counter() - started,
            30,
        )
    )

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"Accreditation at summit scale ({connection.vendor}), peak memory {peak} MB\n")
    print("| step | size | seconds | target |")
    print("|---|---|---:|---:|")
    for step, size, secs, target in rows:
        print(f"| {step} | {size} | {secs:.1f} | {f'< {target} s' if target else '—'} |")


if __name__ == "__main__":
    main()
