"""Demo delegations: a leaders' summit twelve days from today shaped like the 2019 Belt and Road
Forum roundtable (its 37 countries, heads of state and of government, two organizations), with
zones, badges for the approved lists, a banquet seating plan and a closed loop. Names of delegates
are made up; countries and their order of precedence are real."""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from hostcity.delegations.accreditation.badges import issue_badges
from hostcity.delegations.models import (
    Delegate,
    Delegation,
    Loop,
    LoopMember,
    Organization,
    SeatingPlan,
    SecurityItem,
    Zone,
    ZoneAccess,
)
from hostcity.delegations.seating.layout import generate
from hostcity.demo.names import pool
from hostcity.demo.portraits import give_portraits
from hostcity.events.models import Event
from hostcity.shared.audit.trail import Actor

# 2019 roundtable: language of each delegation; heads of government where the head was one.
LEADERS = {
    "AUT": "de", "AZE": "ru", "BLR": "ru", "BRN": "en", "KHM": "km", "CHL": "es", "CYP": "el", "CZE": "cs",
    "DJI": "fr", "EGY": "ar", "ETH": "am", "GRC": "el", "HUN": "hu", "IDN": "id", "ITA": "it", "KAZ": "ru",
    "KEN": "en", "KGZ": "ru", "LAO": "lo", "MYS": "ms", "MNG": "mn", "MOZ": "pt", "MMR": "my", "NPL": "ne",
    "PAK": "ur", "PNG": "en", "PHL": "en", "PRT": "pt", "RUS": "ru", "SRB": "sr", "SGP": "en", "CHE": "de",
    "TJK": "tg", "THA": "th", "ARE": "ar", "UZB": "uz", "VNM": "vi",
}  # fmt: skip
SPOKEN = {"ru", "en", "fr", "ar", "es", "pt", "de"}  # the demo's interpreters, besides Chinese
HEADS_OF_GOVERNMENT = {
    "ETH",
    "GRC",
    "HUN",
    "ITA",
    "KHM",
    "LAO",
    "MYS",
    "NPL",
    "PAK",
    "PNG",
    "SGP",
    "THA",
    "VNM",
}
ORGANIZATIONS = [
    ("UN", "United Nations", "联合国"),
    ("IMF", "International Monetary Fund", "国际货币基金组织"),
]


POSITIONS = {  # titles of a delegation's members, for seating plans and badges
    "head": [("Head of delegation", "代表团团长")],
    "official": [("Minister of Foreign Affairs", "外交部长"), ("Ambassador to China", "驻华大使"),
                 ("Deputy Minister of Commerce", "商务部副部长"), ("Senior Adviser", "高级顾问")],
    "security": [("Head of security", "安全主管")],
    "media": [("Press officer", "新闻官")],
}  # fmt: skip


def load_delegations(
    seed: int = 2019,
    *,
    name_en: str = "Belt and Road Forum (demo)",
    name_zh: str = "“一带一路”国际合作高峰论坛（演示）",
    days_ahead: int = 12,
    plan: bool = True,
) -> dict:
    """The demo summit, its delegations, badges, seating and closed loop, its programme and requests;
    planned and the plan accepted unless `plan` is off (the scale-out test plans such summits itself)."""
    if Event.objects.filter(name_en=name_en).exists():
        return {"delegations": 0, "badges": 0}
    rng = random.Random(seed)
    first = timezone.localdate() + timedelta(days=days_ahead)
    event = Event.objects.create(
        name_en=name_en,
        name_zh=name_zh,
        kind=Event.Kind.SUMMIT,
        start_date=first,
        end_date=first + timedelta(days=2),
        precedence_rule="alphabetical",  # as the 2019 roundtable list was published
        precedence_letter="A",
    )
    zones = {
        code: Zone.objects.create(event=event, code=code, name_en=en, name_zh=zh)
        for code, en, zh in [
            ("P", "Plenary hall", "全体会议厅"),
            ("B", "Bilateral meeting area", "双边会见区"),
            ("M", "Press centre", "新闻中心"),
            ("H", "Hotel floors", "酒店楼层"),
        ]
    }
    access = {"head": "PBH", "official": "PBH", "security": "PBH", "staff": "PH", "media": "M", "spouse": "H"}
    for category, codes in access.items():
        for code in codes:
            ZoneAccess.objects.create(
                zone=zones[code],
                category=category,
                valid_from=first - timedelta(days=1),
                valid_to=event.end_date,
            )
    delegations = []
    for k, (code, language) in enumerate(sorted(LEADERS.items())):
        rank = (
            Delegation.Rank.HEAD_OF_GOVERNMENT
            if code in HEADS_OF_GOVERNMENT
            else Delegation.Rank.HEAD_OF_STATE
        )
        state = "approved" if k % 5 else rng.choice(["submitted", "open"])
        # Delegations whose language no interpreter of the demo speaks work in English as well.
        languages = [language] if language in SPOKEN else [language, "en"]
        delegations.append(
            Delegation.objects.create(
                event=event, country=code, head_rank=rank, quota=8, languages=languages, registration=state
            )
        )
    for acronym, en, zh in ORGANIZATIONS:
        organization, _ = Organization.objects.get_or_create(
            acronym=acronym, defaults={"name_en": en, "name_zh": zh}
        )
        delegations.append(
            Delegation.objects.create(
                event=event,
                organization=organization,
                head_rank=Delegation.Rank.HEAD_OF_ORGANIZATION,
                quota=6,
                languages=["en"],
                registration="approved",
            )
        )
    # The demo's liaison officer accompanies three delegations (their pages show those only).
    officer = get_user_model().objects.filter(username="liaison_officer").first()
    if officer is not None:
        Delegation.objects.filter(event=event, country__in=["KAZ", "UZB", "KGZ"]).update(
            liaison_officer=officer
        )
    members = []
    # The vetting authority has answered for most: a few are still waiting, one was refused.
    vetting = ["cleared"] * 17 + ["requested"] * 2 + ["not_requested"]
    for k, delegation in enumerate(delegations):
        families, givens = pool(delegation.languages[0] if delegation.languages else "en")
        for category in ["head", "official", "official", "security", "media"]:
            family, family_zh = rng.choice(families)
            status = "cleared" if category == "head" else rng.choice(vetting)
            position_en, position_zh = rng.choice(POSITIONS[category])
            # passports valid for years, but two heads' expire within six months of the summit
            expiry = (
                date(2027, 3, 1)
                if category == "head" and k in (3, 17)
                else date(rng.randint(2028, 2035), 6, 30)
            )
            members.append(
                Delegate(
                    delegation=delegation,
                    family_name=family,
                    given_names=rng.choice(givens),
                    name_zh=family_zh,
                    category=category,
                    position_en=position_en,
                    position_zh=position_zh,
                    nationality=delegation.country,
                    passport_number=f"E{rng.randint(10_000_000, 99_999_999)}",
                    passport_expiry=expiry.isoformat(),
                    vetting=status,
                )
            )
    members[-2].vetting = "refused"  # the security officer of the last delegation: no badge
    Delegate.objects.bulk_create(members)
    give_portraits(Delegate.objects.filter(delegation__event=event).exclude(category="media"))
    badges = issue_badges(event, by=Actor())
    seating = SeatingPlan.objects.create(
        event=event,
        title_en="Welcome banquet",
        title_zh="欢迎宴会",
        head_table_seats=11,
        round_tables=6,
        seats_per_table=10,
        host_en="President of the host country",
        host_zh="东道国元首",
    )
    generate(seating, by=Actor())
    loop = Loop.objects.create(
        event=event,
        name_en="Leaders' closed loop",
        name_zh="领导人闭环",
        starts=first - timedelta(days=1),
        ends=event.end_date,
    )
    LoopMember.objects.bulk_create(
        LoopMember(loop=loop, delegate=m, joined=loop.starts)
        for m in Delegate.objects.filter(delegation__event=event, category="head")
    )
    SecurityItem.objects.bulk_create(
        [
            SecurityItem(event=event, kind="request", title="Motorcade routes, day 1: road closures",
                         agency="Beijing Traffic Management Bureau", status="in_progress"),
            SecurityItem(event=event, kind="request", title="Vetting of the media pool",
                         agency="Beijing Public Security Bureau", status="open"),
            SecurityItem(event=event, kind="incident", title="Unregistered drone over the venue's car park",
                         agency="Beijing Public Security Bureau", status="closed",
                         details="Spotted at 18:40 by the venue's guard; grounded by the police at 18:55."),
        ]
    )  # fmt: skip
    from hostcity.demo.journeys import load_journeys
    from hostcity.demo.summit_plan import plan_demo_summit

    load_journeys(event, rng)

    planned = plan_demo_summit(event, by=None, plan=plan)
    return {"event": event.pk, "delegations": len(delegations), "badges": len(badges), **planned}
