"""The demo's glossary: a few standard translations adopted by the content reviewer, one proposed and
waiting, so that the consistency check has something to hold the demo's names against. They are an
illustration, and say so in their source: a real office adopts its city's official list."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model

from hostcity.glossary.models import Term

SOURCE = "Demo glossary (an illustration: check against the city's official list before use)"
ADOPTED = [  # (Chinese, standard English, wrong or deprecated forms, domain)
    (
        "国家会议中心",
        "China National Convention Center",
        ["China National Convention Centre", "CNCC"],
        "venue",
    ),
    ("国家会议中心二期", "China National Convention Center Phase II", ["CNCC Phase II"], "venue"),
    ("人民大会堂", "Great Hall of the People", [], "venue"),
    ("钓鱼台国宾馆", "Diaoyutai State Guesthouse", ["Diaoyutai Guest House"], "venue"),
    ("北京大兴国际机场", "Beijing Daxing International Airport", ["Daxing Airport"], "venue"),
    ("新闻发布厅", "Press Conference Room", ["Press Room"], "venue"),
    ("第四使馆区", "Fourth Embassy Area", [], "place"),
    ("代表团团长", "Head of delegation", ["Chief of delegation"], "title"),
]
PROPOSED = [("贵宾厅", "VIP Lounge", ["VIP Room"], "venue")]
# Forms in the UN's other languages (fr, es, ru, ar) the delegates' pages show in place of the English.
THIRD_FORMS = {
    "人民大会堂": ("Grand Palais du Peuple", "Gran Palacio del Pueblo", "Дом народных собраний",
                   "قاعة الشعب الكبرى"),
    "钓鱼台国宾馆": ("Résidence d'État de Diaoyutai", "Residencia Estatal de Huéspedes de Diaoyutai",
                   "Государственная резиденция Дяоюйтай", "دار ضيافة الدولة دياويوتاي"),
    "国家会议中心": ("Centre national des congrès de Chine", "Centro Nacional de Convenciones de China",
                   "Национальный конференц-центр Китая", "مركز المؤتمرات الوطني الصيني"),
    "北京大兴国际机场": ("Aéroport international de Pékin-Daxing", "Aeropuerto Internacional de Pekín-Daxing",
                     "Международный аэропорт Пекин Дасин", "مطار بكين داشينغ الدولي"),
    "代表团团长": ("Chef de délégation", "Jefe de delegación", "Глава делегации", "رئيس الوفد"),
}  # fmt: skip


def load_glossary() -> dict:
    reviewer = get_user_model().objects.filter(username="content_reviewer").first()
    editor = get_user_model().objects.filter(username="content_editor").first()
    for rows, status in ((ADOPTED, Term.Status.ADOPTED), (PROPOSED, Term.Status.PROPOSED)):
        for zh, en, variants, domain in rows:
            Term.objects.update_or_create(
                zh=zh, domain=domain,
                defaults={"en": en, "variants": variants, "source": SOURCE, "status": status,
                          **dict(zip(("fr", "es", "ru", "ar"), THIRD_FORMS.get(zh, ("", "", "", "")), strict=True)),
                          "adopted_on": date(2026, 11, 30) if status == Term.Status.ADOPTED else None,
                          "proposed_by": editor, "reviewed_by": reviewer if status == Term.Status.ADOPTED else None},
            )  # fmt: skip
    from hostcity.glossary import consistency

    findings = consistency.check(consistency.database_values())
    return {"terms": Term.objects.count(), "findings": len(findings)}
