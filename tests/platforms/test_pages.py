"""Field 3's pages: a platform's editions over the years, sister cities with their exchanges."""

from datetime import date
from decimal import Decimal

import pytest

from hostcity.platforms.models import CityExchange, Edition, Platform, SisterCity
from tests.factories import make_user


@pytest.fixture
def viewer_client(client, db):
    client.force_login(make_user("viewer"))
    return client


def test_a_platform_with_its_editions(viewer_client):
    fair = Platform.objects.create(
        code="ciftis", name_en="Services Fair", name_zh="服贸会", kind="trade_fair", since=2012
    )
    for year, people, amount in [(2021, 1000, "120.50"), (2022, 1500, None), (2023, 2000, "300")]:
        Edition.objects.create(
            platform=fair, year=year, start_date=date(year, 9, 2), end_date=date(year, 9, 7),
            participants=people, deals_amount=Decimal(amount) if amount else None,
        )  # fmt: skip
    listing = viewer_client.get("/platforms/")
    assert "Services Fair" in listing.text and ">3<" in listing.text and "2023" in listing.text
    page = viewer_client.get("/platforms/ciftis/")
    assert page.context["chart"] == {
        "years": [2021, 2022, 2023],
        "participants": [1000, 1500, 2000],
        "exhibitors": [None, None, None],
        "deals_amount": [120.5, None, 300.0],
    }
    assert 'id="edition-data"' in page.text and "echarts.min.js" in page.text
    assert viewer_client.get("/platforms/nothing/").status_code == 404


def test_sister_cities_and_their_exchanges(viewer_client):
    tokyo = SisterCity.objects.create(city_en="Tokyo", city_zh="东京", country="JPN", since=date(1979, 3, 14))
    SisterCity.objects.create(
        city_en="Lyon", city_zh="里昂", country="FRA", kind="friendship", since=date(2010, 1, 1)
    )
    CityExchange.objects.create(
        city=tokyo, date=date(2024, 5, 1), title_en="Youth exchange", title_zh="青少年交流"
    )
    listing = viewer_client.get("/platforms/cities/")
    assert "Tokyo" in listing.text and "日本" in listing.text and "Lyon" in listing.text
    friends = viewer_client.get("/platforms/cities/?kind=friendship")
    assert "Lyon" in friends.text and "Tokyo" not in friends.text
    detail = viewer_client.get(f"/platforms/cities/{tokyo.pk}/")
    assert "青少年交流" in detail.text and "1979-03-14" in detail.text


def test_sister_cities_import_checks_then_applies(client, db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(make_user("registry_officer"))
    SisterCity.objects.create(city_en="Tokyo", city_zh="东京", country="JPN", since=date(1979, 3, 14))
    header = "city_en,city_zh,country,kind,since\n"
    rows = [
        "Paris,巴黎,FRA,sister,1997-10-23",
        "Atlantis,亚特兰蒂斯,XXX,sister,2000-01-01",
        "Paris,巴黎,FRA,sister,1997-10-23",
        "Rome,罗马,ITA,twin,1998-05-28",
    ]
    bad = header + "\n".join(rows) + "\n"
    report = client.post("/platforms/cities/import/", {"file": SimpleUploadedFile("c.csv", bad.encode())})
    text = report.text
    assert (
        "Row 3, country: Unknown country code “XXX”" in text
        and "Row 4, city_en: Paris is also in row 2." in text
    )
    assert "Row 5, kind:" in text and not SisterCity.objects.filter(city_en="Paris").exists()
    good = header + "Paris,巴黎,FRA,sister,1997-10-23\ntokyo,东京都,jpn,sister,1979-03-14\n"
    checked = client.post("/platforms/cities/import/", {"file": SimpleUploadedFile("c.csv", good.encode())})
    assert "Applying will create 1 and update 1" in checked.text
    applied = client.post("/platforms/cities/import/", {"action": "apply"})
    assert "Imported: 1 created, 1 updated." in applied.text
    assert SisterCity.objects.get(city_en="Tokyo").city_zh == "东京都" and SisterCity.objects.count() == 2


def test_the_api_reads_and_refuses_bad_editions(client, db):
    client.force_login(make_user("registry_officer"))
    fair = client.post(
        "/api/platforms/",
        {"code": "zgc", "name_en": "Zhongguancun Forum", "name_zh": "中关村论坛", "kind": "forum"},
        content_type="application/json",
    )
    assert fair.status_code == 201
    bad = client.post(
        "/api/editions/",
        {"platform": fair.json()["id"], "year": 2024, "start_date": "2024-04-27", "end_date": "2024-04-25"},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "end_date" in bad.json()
    good = client.post(
        "/api/editions/",
        {
            "platform": fair.json()["id"],
            "year": 2024,
            "start_date": "2024-04-25",
            "end_date": "2024-04-29",
            "participants": 3000,
        },
        content_type="application/json",
    )
    assert good.status_code == 201
    listing = client.get("/api/platforms/?search=中关村").json()
    assert listing["count"] == 1 and listing["results"][0]["editions"][0]["participants"] == 3000
