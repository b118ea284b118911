"""Demo registry: the international organizations headquartered in Beijing listed in
../shared/reference/intl_orgs_and_foreigner_services_seed.csv (copied into the demo's data), each
operating with its source; their settlement steps and timelines are left for users to record."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from hostcity.demo.notes import without_notes
from hostcity.registry.models import InternationalOrganization

DATA = Path(__file__).resolve().parent / "data" / "intl_orgs_seed.csv"
KINDS = {"intergovernmental_org_hq": "intergovernmental", "un_body_hq": "un_body"}


def load_organizations() -> int:
    made = 0
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind = KINDS.get(row["kind"])
            if kind is None:
                continue
            acronym = re.search(r"\(([A-Z]{2,}[^)]*)\)", row["name_en"])
            _, created = InternationalOrganization.objects.get_or_create(
                name_en=row["name_en"],
                defaults={
                    "name_zh": row["name_zh"],
                    "kind": kind,
                    "acronym": acronym.group(1).split(",")[0] if acronym else "",
                    "hq_country": "CHN",
                    "status": InternationalOrganization.Status.OPERATING,
                    "office_address": without_notes(row["location_or_address"]),
                    "source": row["source_url"].split(" ; ")[0][:500],
                },
            )
            made += created
    return made
