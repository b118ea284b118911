from datetime import date

import pytest

from hostcity.matchmaking.models import Company, Matchmaking
from hostcity.matchmaking.setup import save_setup
from hostcity.platforms.models import Edition, Platform

SESSIONS = "2030-09-02 09:00-10:30\n2030-09-02 11:00-12:00"  # 3 + 2 slots of 30 minutes


@pytest.fixture
def edition(db):
    fair = Platform.objects.create(
        code="ciftis", name_en="Services Fair", name_zh="服贸会", kind="trade_fair"
    )
    return Edition.objects.create(
        platform=fair, year=2030, start_date=date(2030, 9, 2), end_date=date(2030, 9, 6)
    )


@pytest.fixture
def matchmaking(edition):
    return save_setup(
        Matchmaking(edition=edition, code="ciftis-2030", tables=2, slot_minutes=30, quota=3), SESSIONS
    )


def make_company(matchmaking, name: str, **fields) -> Company:
    values = {
        "name_en": name,
        "name_zh": fields.pop("name_zh", ""),
        "country": "DEU",
        "sector": "digital",
        "offers": "cloud services",
        "needs": "partners",
        "languages": ["en"],
        "contact_name": "Anna",
        "email": f"{name.lower().replace(' ', '.')}@example.com",
    }
    values.update(fields)
    return Company.objects.create(matchmaking=matchmaking, **values)
