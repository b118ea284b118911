"""Indicators: seeded from the reference with sources, values need a source, targets only in the
program's years, computed values from the platform's records, the dashboard against targets, imports
all or nothing, exports."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from hostcity.indicators import computed, values
from hostcity.indicators.dashboard import build
from hostcity.indicators.models import Indicator, Target, Value
from hostcity.indicators.seed import seed
from hostcity.shared.spreadsheets import csv_bytes
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    return seed()


def test_seeded_from_the_reference_with_sources(seeded):
    assert seeded["values"] == 40 and len(seeded["left_out"]) == 9
    fg500 = Indicator.objects.get(code="fortune_global500_hq_beijing")
    v2012 = fg500.values.get(year=2012)
    assert v2012.value == 44 and v2012.publisher == "China Daily" and v2012.source_url.startswith("http")
    schools = Value.objects.get(indicator__code="international_schools")
    assert schools.value == 100 and "at least (100+)" in schools.note
    orgs = Value.objects.get(indicator__code="international_organizations_registered_in_beijing")
    assert orgs.year == 2023 and "period: as of 2023-06" in orgs.note
    assert seed()["values"] == 0  # a second run adds nothing


def test_values_need_a_source_and_targets_a_year_of_the_program(seeded):
    fg500 = Indicator.objects.get(code="fortune_global500_hq_beijing")
    with pytest.raises(ValidationError) as caught:
        values.record_value(fg500, year=2026, value="50", source_url="")
    assert "needs its source" in caught.value.message_dict["source_url"][0]
    with pytest.raises(ValidationError, match="not a web address"):
        values.record_value(fg500, year=2026, value="50", source_url="the newspaper")
    with pytest.raises(ValidationError, match="outside the program's years"):
        values.set_target(fg500, year=2099, value="60")
    with pytest.raises(ValidationError, match="not a number"):
        values.set_target(fg500, year=2030, value="lots")
    assert not Target.objects.exists()
    values.set_target(fg500, year=2025, value="55")
    [fields] = [f for f in build() if f.number == 4 and any(s.indicator == fg500 for s in f.series)]
    series = next(s for s in fields.series if s.indicator == fg500)
    assert series.latest.year == 2025 and series.target_then == 55 and series.on_track is False  # 47 < 55


def test_lower_is_better_and_computed_values(seeded):
    rank = Indicator.objects.get(code="international_exchange_centers_index_rank")
    values.set_target(rank, year=2025, value="8")
    series = build([rank])[0].series[0]
    assert series.on_track is True  # rank 6, target 8 or better
    from hostcity.platforms.models import SisterCity

    SisterCity.objects.create(city_en="Tokyo", city_zh="东京", country="JPN", since=date(1979, 3, 14))
    SisterCity.objects.create(city_en="Paris", city_zh="巴黎", country="FRA", since=date(2021, 5, 1))
    cities = Indicator.objects.get(code="hostcity_sister_cities")
    computed.refresh(cities, until=2026)
    by_year = dict(cities.values.values_list("year", "value"))
    assert by_year == {2020: 1, 2021: 2, 2022: 2, 2023: 2, 2024: 2, 2025: 2, 2026: 2}
    assert all(v.computed and v.publisher == "hostcity records" for v in cities.values.all())


def test_pages_imports_and_exports(client, seeded):
    client.force_login(make_user("viewer"))
    page = client.get("/indicators/")
    assert (
        page.status_code == 200 and 'id="indicator-charts"' in page.text and "Fortune Global 500" in page.text
    )
    assert client.get("/indicators/export.xlsx")["Content-Type"].startswith("application/vnd.openxml")
    assert client.get("/indicators/export.pdf").content.startswith(b"%PDF")
    refused = client.post(
        "/indicators/fortune_global500_hq_beijing/", {"action": "target", "t-year": 2030, "t-value": 60}
    )
    assert refused.status_code == 302 and not Target.objects.exists()  # a viewer reads only
    client.force_login(make_user("registry_officer"))
    bad = client.post(
        "/indicators/fortune_global500_hq_beijing/", {"action": "value", "v-year": 2026, "v-value": "50"}
    )
    assert "needs its source" in bad.text
    rows = [
        ["fortune_global500_hq_beijing", "2030", "60"],
        ["nothing", "2030", "1"],
        ["fortune_global500_hq_beijing", "1900", "1"],
    ]
    upload = SimpleUploadedFile("t.csv", csv_bytes(["indicator", "year", "target"], rows))
    report = client.post(
        "/indicators/import/", {"kind": "targets", "file": upload, "action": "check"}
    ).context["report"]
    assert [str(e) for e in report.errors] == [
        "Row 3, indicator: Unknown indicator “nothing”.",
        "Row 4, year: 1900 is outside the program's years for this indicator (2010–2035).",
    ]
    assert not Target.objects.exists()
    upload = SimpleUploadedFile("t.csv", csv_bytes(["indicator", "year", "target"], rows[:1]))
    client.post("/indicators/import/", {"kind": "targets", "file": upload, "action": "check"})
    assert client.post("/indicators/import/", {"action": "apply"}).context["report"].applied
    assert Target.objects.get().value == 60


def test_the_api_enters_values_and_targets_through_the_same_rules(seeded):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(make_user("registry_officer"))
    indicator = Indicator.objects.get(code="international_schools").pk
    bad = api.post(
        "/api/indicator-values/", {"indicator": indicator, "year": 2026, "value": "120"}, format="json"
    )
    assert bad.status_code == 400 and "source_url" in bad.json()
    good = api.post(
        "/api/indicator-values/",
        {"indicator": indicator, "year": 2026, "value": "120", "source_url": "https://example.org/report"},
        format="json",
    )
    assert good.status_code == 201
    far = api.post(
        "/api/indicator-targets/", {"indicator": indicator, "year": 2050, "value": "150"}, format="json"
    )
    assert far.status_code == 400 and "year" in far.json()


def test_a_field_without_targets_says_so_instead_of_zero_of_zero(client, db):
    from hostcity.indicators.models import Indicator
    from tests.factories import make_user

    Indicator.objects.create(
        code="schools", name_en="Schools", name_zh="学校", unit_en="schools", unit_zh="所", field=5
    )
    client.force_login(make_user("viewer"))
    page = client.get("/indicators/").text
    assert "no target set yet" in page and "0 of 0" not in page
