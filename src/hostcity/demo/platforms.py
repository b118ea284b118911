"""Demo platforms and a planned matchmaking. The three state-level platforms named in the seed
document (../shared/seed/): CIFTIS, the Zhongguancun Forum and the Financial Street Forum, with the
year each was first held. No edition figures are given: the reference data has none, and the demo
does not make them up. One demonstration edition of CIFTIS carries a matchmaking whose companies and
requests are generated (fictional names, marked as such), planned by the engine and published."""

from __future__ import annotations

import random
from datetime import date

from django.db import transaction

from hostcity.matchmaking import runs, setup
from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest
from hostcity.matchmaking.tasks import solve_run
from hostcity.platforms.models import Edition, Platform
from hostcity.venues.models import Venue

PLATFORMS = [
    # code, English, Chinese, kind, first held, website
    ("ciftis", "China International Fair for Trade in Services (CIFTIS)", "中国国际服务贸易交易会（服贸会）",
     "trade_fair", 2012, "https://www.ciftis.org"),
    ("zgc-forum", "Zhongguancun Forum (ZGC Forum)", "中关村论坛", "forum", 2007, ""),
    ("financial-street-forum", "Financial Street Forum", "金融街论坛", "forum", 2012, ""),
]  # fmt: skip

PREFIXES = [("Nordic", "北欧"), ("Atlas", "阿特拉斯"), ("Helvetia", "赫尔维蒂"), ("Pacific", "太平洋"),
            ("Danube", "多瑙"), ("Andes", "安第斯"), ("Sahara", "撒哈拉"), ("Baltic", "波罗的"),
            ("Lotus", "莲花"), ("Aurora", "极光"), ("Meridian", "子午"), ("Cedar", "雪松")]  # fmt: skip
TRADES = {
    "digital": [("Cloud", "云"), ("Data", "数据"), ("Software", "软件")],
    "finance": [("Capital", "资本"), ("Payments", "支付"), ("Insurance", "保险")],
    "health": [("Biotech", "生物"), ("Medical", "医疗")],
    "manufacturing": [("Robotics", "机器人"), ("Machines", "机械")],
    "mobility": [("Mobility", "出行"), ("Autonomous", "智驾")],
    "energy": [("Solar", "光伏"), ("Hydrogen", "氢能")],
    "services": [("Consulting", "咨询"), ("Legal", "法律")],
    "logistics": [("Logistics", "物流"), ("Shipping", "航运")],
}
COUNTRIES = [("DEU", "de"), ("FRA", "fr"), ("GBR", "en"), ("ITA", "it"), ("ESP", "es"), ("JPN", "ja"),
             ("KOR", "ko"), ("SGP", "en"), ("ARE", "ar"), ("BRA", "pt"), ("KAZ", "ru"), ("CHN", "zh"),
             ("CHE", "de"), ("NLD", "nl"), ("EGY", "ar"), ("AUS", "en")]  # fmt: skip
SESSIONS = "2027-09-03 09:00-12:00\n2027-09-03 13:30-17:00\n2027-09-04 09:00-12:00"


def load_platforms() -> dict[str, Platform]:
    made = {}
    for code, name_en, name_zh, kind, since, website in PLATFORMS:
        made[code], _ = Platform.objects.get_or_create(
            code=code,
            defaults={
                "name_en": name_en,
                "name_zh": name_zh,
                "kind": kind,
                "since": since,
                "website": website,
            },
        )
    return made


@transaction.atomic
def _companies(matchmaking: Matchmaking, rng: random.Random, count: int) -> list[Company]:
    companies = []
    for k in range(count):
        sector = rng.choice(list(TRADES))
        trade_en, trade_zh = rng.choice(TRADES[sector])
        prefix_en, prefix_zh = PREFIXES[k % len(PREFIXES)]
        country, language = rng.choice(COUNTRIES)
        companies.append(
            Company(
                matchmaking=matchmaking,
                name_en=f"{prefix_en} {trade_en} {k + 1:03d} (demo)",
                name_zh=f"{prefix_zh}{trade_zh}{k + 1:03d}（演示）",
                country=country,
                sector=sector,
                offers=f"{trade_en} services and products",
                needs=rng.choice(
                    ["Partners in China", "Distributors", "Investors", "Suppliers", "Joint research"]
                ),
                languages=sorted({language, "en"}),
                contact_name="Demo contact",
                email=f"company{k + 1:03d}@demo.example",
            )
        )
    Company.objects.bulk_create(companies)
    return list(Company.objects.filter(matchmaking=matchmaking).order_by("pk"))


@transaction.atomic
def _requests(matchmaking: Matchmaking, rng: random.Random, companies: list[Company]) -> int:
    by_sector: dict[str, list[Company]] = {}
    for c in companies:
        by_sector.setdefault(c.sector, []).append(c)
    made, pairs = [], set()
    for company in companies:
        for _ in range(rng.randint(0, min(5, matchmaking.quota))):
            pool = by_sector[company.sector] if rng.random() < 0.5 else companies
            target = rng.choice(pool)
            if target.pk == company.pk or (company.pk, target.pk) in pairs:
                continue
            pairs.add((company.pk, target.pk))
            priority = rng.choices(["high", "normal", "low"], [2, 6, 2])[0]
            made.append(
                MeetingRequest(matchmaking=matchmaking, requester=company, target=target, priority=priority)
            )
    MeetingRequest.objects.bulk_create(made)
    return len(made)


def load_matchmaking(seed: int = 2027) -> dict:
    """The demonstration edition of CIFTIS with 150 generated companies, their requests, and a
    published plan. Loaded once: a second call finds it there."""
    platforms = load_platforms()
    edition, _ = Edition.objects.get_or_create(
        platform=platforms["ciftis"],
        year=2027,
        defaults={
            "start_date": date(2027, 9, 2),
            "end_date": date(2027, 9, 6),
            "outcomes": "Demonstration edition: its dates and its matchmaking are made up for the demo; "
            "no figures are given.",
        },
    )
    existing = Matchmaking.objects.filter(edition=edition).first()
    if existing is not None:
        return {
            "companies": existing.companies.count(),
            "met": existing.published_run.met if existing.published_run else 0,
        }
    venue = Venue.objects.filter(code="cncc2").first() or Venue.objects.filter(code="cncc1").first()
    matchmaking = setup.save_setup(
        Matchmaking(edition=edition, code="ciftis-2027", venue=venue, tables=40, slot_minutes=30, quota=10),
        SESSIONS,
    )
    rng = random.Random(seed)
    companies = _companies(matchmaking, rng, 150)
    requests = _requests(matchmaking, rng, companies)
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    run = runs.start_run(matchmaking, by=None, time_limit=20, enqueue=False)
    solve_run.call(run.pk)  # here and now: the demo opens planned
    run.refresh_from_db()
    if run.status == run.Status.DONE:
        runs.publish(run)
    return {"companies": len(companies), "requests": requests, "met": run.met, "requested": run.requested}
