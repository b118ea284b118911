"""Demo directory: the practical services for foreigners listed in
../shared/reference/intl_orgs_and_foreigner_services_seed.csv (copied into the demo's data), each with
its source and no invented position; and, since the reference lists no schools, hospitals or events,
a few made-up ones marked "(demo)" placed in the foreign-resident areas, so that search and map have
something to show. Entries are published through the review workflow (proposed by the content editor,
published by the reviewer), as they would be."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.text import slugify

from hostcity.demo.notes import without_notes
from hostcity.directory import revisions
from hostcity.directory.models import Entry

DATA = Path(__file__).resolve().parent / "data" / "intl_orgs_seed.csv"
TOPICS = (("talent", "talent"), ("health", "health"), ("visa", "residence"), ("exit-entry", "residence"))

MADE_UP = [
    ("hospital", "Sanlitun Family Clinic (demo)", "三里屯家庭诊所（演示）", 39.9372, 116.4551, "en, fr, zh",
     {"departments": "General practice, Paediatrics, Gynaecology", "emergency": "on", "international_insurance": "on",
      "hours": "Mon–Sun 8:00–20:00", "address_en": "Sanlitun, Chaoyang", "address_zh": "朝阳区三里屯"}),
    ("hospital", "Liangmaqiao International Medical Centre (demo)", "亮马桥国际医疗中心（演示）", 39.9495, 116.4662,
     "en, de, ja, zh", {"departments": "Internal medicine, Dentistry", "international_insurance": "on",
                         "hours": "Mon–Sat 9:00–18:00", "address_en": "Liangmaqiao, Chaoyang", "address_zh": "朝阳区亮马桥"}),
    ("hospital", "Wangjing Korean-speaking Clinic (demo)", "望京韩语诊所（演示）", 39.9962, 116.4712, "ko, zh, en",
     {"departments": "General practice", "hours": "Mon–Fri 9:00–17:00", "address_en": "Wangjing, Chaoyang", "address_zh": "朝阳区望京"}),
    ("school", "Shunyi International School (demo)", "顺义国际学校（演示）", 40.0525, 116.5068, "en, zh",
     {"curricula": "IB PYP, MYP, DP", "age_from": "3", "age_to": "18", "fees_band": "premium",
      "address_en": "Shunyi Central Villa District", "address_zh": "顺义中央别墅区"}),
    ("school", "French School of the Embassy Area (demo)", "使馆区法语学校（演示）", 39.9410, 116.4580, "fr, en",
     {"curricula": "French national curriculum", "age_from": "3", "age_to": "15", "fees_band": "high",
      "address_en": "Third Embassy Area, Chaoyang", "address_zh": "朝阳区第三使馆区"}),
    ("event", "International Film Week (demo)", "国际电影周（演示）", 39.9085, 116.3975, "en, zh",
     {"category": "festival", "level": "international", "participants": "5000", "foreign_share": "20",
      "starts": "2027-04-18", "ends": "2027-04-25"}),
    ("event", "City Marathon (demo)", "城市马拉松（演示）", 39.9929, 116.3966, "en, zh",
     {"category": "sports", "level": "international", "participants": "30000", "foreign_share": "8",
      "starts": "2027-10-31", "ends": "2027-10-31"}),
]  # fmt: skip


def _topic(name: str) -> str:
    lowered = name.casefold()
    return next((topic for word, topic in TOPICS if word in lowered), "other")


def _publish(kind: str, data: dict, editor, reviewer) -> Entry:
    return revisions.publish(revisions.propose(kind, data, by=editor), by=reviewer)


@transaction.atomic
def load_directory() -> int:
    if Entry.objects.exists():
        return 0
    users = get_user_model().objects
    editor, reviewer = users.get(username="content_editor"), users.get(username="content_reviewer")
    made = 0
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "foreigner_service":
                continue
            data = {
                "slug": slugify(re.sub(r"\(.*?\)", "", row["name_en"]))[:80],
                "name_en": row["name_en"],
                "name_zh": row["name_zh"],
                "summary_en": without_notes(row["fact"]),
                "address_en": without_notes(row["location_or_address"]),
                "source": row["source_url"],
                "topic": _topic(row["name_en"]),
                "languages": "zh, en",
            }
            _publish("service", data, editor, reviewer)
            made += 1
    for kind, name_en, name_zh, lat, lon, languages, extra in MADE_UP:
        data = {"slug": slugify(name_en)[:80], "name_en": name_en, "name_zh": name_zh, "latitude": lat,
                "longitude": lon, "languages": languages, **extra}  # fmt: skip
        _publish(kind, data, editor, reviewer)
        made += 1
    return made
