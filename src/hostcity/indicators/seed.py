"""The indicators seeded from ../shared/reference/beijing_intl_exchange_kpis.csv (copied into this
package's data), each value with its source, publisher and the reference's note; and the indicators
the platform computes from its own records. A reference value that is not a plain number ("n/a",
blank, "48 hardware + 30 software") is left out and reported; "100+" is kept as 100 with its text in
the note; a period ("2021-2025", "as of 2023-06") is filed under its last year with the period in the
note. Running it again changes nothing that is there."""

from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from hostcity.indicators.computed import refresh
from hostcity.indicators.models import Indicator, Value

DATA = Path(__file__).resolve().parent / "data" / "beijing_intl_exchange_kpis.csv"

# code: (English, Chinese, unit en, unit zh, field, direction)
DEFINITIONS = {
    "fortune_global500_hq_beijing": ("Fortune Global 500 headquarters in Beijing", "在京世界500强企业总部", "companies", "家", 4, "up"),
    "icca_association_meetings_beijing": ("ICCA association meetings held in Beijing", "在京举办的国际大会及会议协会（ICCA）认定会议", "meetings", "场", 3, "up"),
    "icca_association_meetings_china": ("ICCA association meetings held in China", "在中国举办的ICCA认定会议", "meetings", "场", 3, "up"),
    "cn_meeting_report_international_meetings_beijing": ("International meetings in Beijing (China meeting report)", "在京国际会议（中国会议统计报告）", "meetings", "场", 3, "up"),
    "international_organizations_registered_in_beijing": ("International organizations registered in Beijing", "在京注册登记的国际组织", "organizations", "个", 4, "up"),
    "mnc_regional_hq_in_beijing": ("Regional headquarters of multinationals in Beijing", "在京跨国公司地区总部", "headquarters", "家", 4, "up"),
    "foreign_invested_enterprises_beijing": ("Foreign-invested enterprises in Beijing", "在京外商投资企业", "enterprises", "家", 4, "up"),
    "new_foreign_invested_enterprises": ("New foreign-invested enterprises", "新设外商投资企业", "enterprises", "家", 4, "up"),
    "sister_cities_municipal": ("Sister cities of the municipality", "市级友好城市", "cities", "个", 3, "up"),
    "sister_and_friendship_cities_municipal_plus_district": ("Sister and friendship cities (city and districts)", "友好城市和友好交流城市（市区两级）", "cities", "个", 3, "up"),
    "party_and_state_guest_delegations_received": ("Party and state guest delegations received", "接待党宾国宾团组", "delegations", "个", 1, "up"),
    "foreign_heads_of_state_gov_received": ("Foreign heads of state and government received", "接待外国元首和政府首脑", "persons", "人", 1, "up"),
    "major_home_diplomacy_events_served": ("Major home-diplomacy events served", "服务保障重大主场外交活动", "events", "场", 1, "up"),
    "winter_olympics_foreign_dignitaries_received": ("Foreign dignitaries received at the Winter Olympics", "冬奥会接待外国政要", "persons", "人", 1, "up"),
    "intl_exchange_centre_plan_projects": ("Tasks of the international exchange centre action plan", "国际交往中心建设行动计划任务", "tasks", "项", 2, "up"),
    "key_facilities_planned": ("Key facilities planned", "规划重点设施", "projects", "项", 2, "up"),
    "international_schools": ("International schools", "国际学校", "schools", "所", 5, "up"),
    "exit_entry_service_points_for_foreigners": ("Exit-entry service points for foreigners", "外国人出入境服务站点", "service halls", "个", 5, "up"),
    "international_exchange_centers_index_rank": ("Rank among international exchange centres (index)", "国际交往中心指数排名", "rank", "位", 3, "down"),
    "chaoyang_share_of_foreign_embassies": ("Chaoyang's share of foreign embassies", "朝阳区外国使馆占比", "share", "比例", 2, "up"),
    "pek_passenger_throughput": ("Capital Airport passenger throughput", "首都机场旅客吞吐量", "million passengers", "百万人次", 2, "up"),
}  # fmt: skip

COMPUTED = {
    "hostcity_organizations": ("International organizations registered or operating (platform records)", "已登记或运营的国际组织（平台记录）", "organizations", "个", 4, "organizations"),
    "hostcity_delegations": ("Delegations received (platform records)", "接待代表团（平台记录）", "delegations", "个", 1, "delegations"),
    "hostcity_events": ("Events held (platform records)", "举办活动（平台记录）", "events", "场", 1, "events"),
    "hostcity_bookings": ("Venue bookings (platform records)", "场馆预订（平台记录）", "bookings", "次", 2, "bookings"),
    "hostcity_sister_cities": ("Sister and friendship cities (platform records)", "友好城市（平台记录）", "cities", "个", 3, "sister_cities"),
}  # fmt: skip

NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(\+?)$")
YEAR = re.compile(r"(\d{4})")


def parse(row: dict) -> tuple[int, Decimal, str] | str:
    """(year, value, note) of a reference row, or why it is left out."""
    text = row["value"].strip().replace(",", "")
    match = NUMBER.match(text)
    if not match:
        return f"not a plain number: {row['value']!r}"
    years = YEAR.findall(row["year_or_period"])
    if not years:
        return f"no year in {row['year_or_period']!r}"
    notes = []
    if match.group(2):
        notes.append(f"at least ({row['value'].strip()})")
    if row["year_or_period"].strip() != years[-1]:
        notes.append(f"period: {row['year_or_period'].strip()}")
    if row.get("scope_note"):
        notes.append(row["scope_note"].strip())
    if row.get("confidence"):
        notes.append(f"confidence {row['confidence'].strip()}")
    try:
        value = Decimal(match.group(1))
    except InvalidOperation:
        return f"not a number: {row['value']!r}"
    return int(years[-1]), value, "; ".join(notes)[:300]


@transaction.atomic
def seed() -> dict:
    made = {"indicators": 0, "values": 0, "left_out": []}
    for code, (en, zh, unit_en, unit_zh, field, direction) in DEFINITIONS.items():
        _i, created = Indicator.objects.get_or_create(
            code=code,
            defaults={"name_en": en, "name_zh": zh, "unit_en": unit_en, "unit_zh": unit_zh, "field": field,
                      "direction": direction, "source": "../shared/reference/beijing_intl_exchange_kpis.csv"},
        )  # fmt: skip
        made["indicators"] += created
    indicators = {i.code: i for i in Indicator.objects.filter(code__in=DEFINITIONS)}
    with DATA.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            parsed = parse(row)
            if isinstance(parsed, str):
                made["left_out"].append(f"row {number} ({row['indicator']}): {parsed}")
                continue
            year, value, note = parsed
            _v, created = Value.objects.get_or_create(
                indicator=indicators[row["indicator"]],
                year=year,
                defaults={"value": value, "note": note, "source_url": row["source_url"].strip()[:500],
                          "publisher": row["source_publisher"].strip()[:200]},
            )  # fmt: skip
            made["values"] += created
    for code, (en, zh, unit_en, unit_zh, field, kind) in COMPUTED.items():
        indicator, created = Indicator.objects.get_or_create(
            code=code,
            defaults={"name_en": en, "name_zh": zh, "unit_en": unit_en, "unit_zh": unit_zh, "field": field,
                      "computed": kind, "first_year": 2020, "source": "hostcity records"},
        )  # fmt: skip
        made["indicators"] += created
        refresh(indicator)
    return made
