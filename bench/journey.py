"""A delegation's journey at summit scale (issue 20): 150 delegations of 40 members (6,000 delegates),
the vetting authority's answers imported, badges issued under the vetting rule, a letter of
invitation for everyone (issued into the register, then printed as one PDF), every member lodged in
hotel blocks with the conflicts checked and each rooming list exported, two flights a delegation and
each day's arrivals board as Excel.

    python bench/journey.py [--delegations 150] [--per 40]

DATABASE_URL chooses the database (default: a fresh SQLite file; PostgreSQL when set, emptied first).
Prints a table; asserts nothing but that every step did what it should.
"""

import argparse
import resource
import time
from datetime import date, datetime, timedelta

from accreditation import delegates_workbook, setup


def timed(rows, step, size, work):
    started = time.perf_counter()
    result = work()
    rows.append((step, size(result), time.perf_counter() - started))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegations", type=int, default=150)
    parser.add_argument("--per", type=int, default=40)
    options = parser.parse_args()
    setup()
    import random

    import pycountry
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.utils import timezone

    from hostcity.delegations.accreditation.badges import issue_badges
    from hostcity.delegations.imports import import_delegates
    from hostcity.delegations.journey.arrival_views import _rows as board_rows
    from hostcity.delegations.journey.arrivals import movements_on, save_movement
    from hostcity.delegations.journey.lodging import conflicts, lodge, rooming_rows
    from hostcity.delegations.letters import pdf as letters_pdf
    from hostcity.delegations.letters.register import issue_letters
    from hostcity.delegations.models import (
        Delegate,
        Delegation,
        HotelBlock,
        Letter,
        Movement,
        Zone,
        ZoneAccess,
    )
    from hostcity.delegations.vetting.imports import REQUEST_COLUMNS, import_vetting, request_rows
    from hostcity.events.models import Event
    from hostcity.shared.audit.trail import Actor
    from hostcity.shared.spreadsheets import xlsx_bytes
    from hostcity.venues.models import Venue

    rng, by, rows = random.Random(20), Actor(), []
    event = Event.objects.create(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛", kind="summit",
                                 start_date=date(2030, 12, 1), end_date=date(2030, 12, 3))  # fmt: skip
    codes = [c.alpha_3 for c in pycountry.countries][: options.delegations]
    for code in codes:
        Delegation.objects.create(
            event=event, country=code, head_rank=1, quota=options.per, registration="approved"
        )
    data = delegates_workbook(codes, options.per, rng)
    report = import_delegates(SimpleUploadedFile("delegates.xlsx", data), event=event, apply=True, by=by)
    assert report.applied, report.errors[:3]
    Delegate.objects.update(passport_expiry="2035-01-01", nationality="")

    answers = request_rows(event)
    for row in answers:
        row[-1] = "refused" if rng.random() < 0.02 else "cleared"
    upload = SimpleUploadedFile("answers.xlsx", xlsx_bytes("vetting", REQUEST_COLUMNS, answers))
    vetted = timed(rows, "vetting answers imported (Excel, checked, applied)", lambda r: f"{r.updated} delegates",
                   lambda: import_vetting(upload, event=event, apply=True, by=by))  # fmt: skip
    assert vetted.applied, vetted.errors[:3]

    zone = Zone.objects.create(event=event, code="P", name_en="Plenary hall", name_zh="全体会议厅")
    for category in Delegate.Category.values:
        ZoneAccess.objects.create(
            zone=zone, category=category, valid_from=event.start_date, valid_to=event.end_date
        )
    timed(
        rows,
        "badges issued under the vetting rule",
        lambda r: f"{len(r)} badges",
        lambda: issue_badges(event, by=by),
    )

    members = list(
        Delegate.objects.filter(delegation__event=event).select_related("delegation__organization")
    )
    made = timed(rows, "letters of invitation issued into the register", lambda r: f"{len(r)} letters",
                 lambda: issue_letters(event, members, "invitation", by=by))  # fmt: skip
    letters = list(Letter.objects.filter(event=event).order_by("sequence"))
    timed(rows, "letters printed (one PDF, bilingual)", lambda r: f"{len(letters)} pages, {len(r) // 1024} KB",
          lambda: letters_pdf.render(letters))  # fmt: skip
    assert len(made) == len(members)

    tz = timezone.get_current_timezone()
    delegations = list(Delegation.objects.filter(event=event).select_related("organization"))

    def fly():
        for k, d in enumerate(delegations):
            lands = datetime(2030, 11, 30, 8, 0, tzinfo=tz) + timedelta(minutes=5 * k)
            save_movement(
                Movement(delegation=d, direction="arrival", flight=f"CA{k:04d}", at=lands), [], by=by
            )
            leaves = datetime(2030, 12, 3, 16, 0, tzinfo=tz) + timedelta(minutes=5 * k)
            save_movement(Movement(delegation=d, direction="departure", flight=f"CA{k + 5000:04d}", at=leaves),
                          [], by=by)  # fmt: skip
        return Movement.objects.count()

    timed(rows, "flights saved (two a delegation, the stay kept)", lambda r: f"{r} flights", fly)
    board = timed(rows, "arrivals board of the first day, Excel",
                  lambda r: f"{len(r)} flights", lambda: board_rows(movements_on(event, date(2030, 11, 30))))  # fmt: skip
    xlsx_bytes("arrivals", [str(i) for i in range(9)], board)

    hotels = [Venue.objects.create(code=f"hotel-{k}", name_en=f"Hotel {k}", name_zh=f"酒店{k}", category="hotel",
                                   latitude=39.9, longitude=116.4, district="Chaoyang 朝阳区") for k in range(6)]  # fmt: skip
    blocks = [HotelBlock.objects.create(event=event, hotel=h, rooms=1200, first_night=date(2030, 11, 30),
                                        last_night=date(2030, 12, 2)) for h in hotels]  # fmt: skip
    for d in delegations:
        d.refresh_from_db()

    def house():
        return sum(len(lodge(d, blocks[k % len(blocks)], by=by)) for k, d in enumerate(delegations))

    timed(rows, "every member lodged in hotel blocks", lambda r: f"{r} stays", house)
    timed(rows, "lodging conflicts checked", lambda r: f"{len(r)} conflicts", lambda: conflicts(event))
    timed(rows, "rooming lists exported (Excel, one a hotel)", lambda r: f"{r} rows",
          lambda: sum(len(xlsx_bytes("rooming", ["x"] * 8, rooming_rows(b))) and len(rooming_rows(b)) for b in blocks))  # fmt: skip

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"A delegation's journey, {len(delegations)} delegations, {len(members)} delegates "
          f"({connection.vendor}), peak memory {peak} MB\n")  # fmt: skip
    print("| step | size | seconds |")
    print("|---|---|---:|")
    for step, size, secs in rows:
        print(f"| {step} | {size} | {secs:.1f} |")


if __name__ == "__main__":
    main()
