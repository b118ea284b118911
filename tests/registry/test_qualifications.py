"""The overseas qualifications catalog: searched in either language, filtered, imported."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from hostcity.registry.models import Qualification
from tests.factories import make_user


def make(profession_en, profession_zh, country, **extra):
    defaults = dict(
        body_en="Board", equivalent_en="Licence", equivalent_zh="执照", recognized_on=date(2023, 1, 1)
    )
    return Qualification.objects.create(
        profession_en=profession_en, profession_zh=profession_zh, country=country, **{**defaults, **extra}
    )


@pytest.fixture
def catalog(db):
    make("Architect", "建筑师", "GBR", body_en="Architects Registration Board")
    make("Physician", "医师", "DEU")
    make("Certified Public Accountant", "注册会计师", "USA")


def test_search_in_either_language_and_by_country(client, catalog):
    client.force_login(make_user("viewer"))
    assert "Architect" in client.get("/registry/qualifications/?q=建筑").text
    found = client.get("/registry/qualifications/?q=accountant").text
    assert "注册会计师" in found and "Physician" not in found
    assert "Physician" in client.get("/registry/qualifications/?country=DEU").text
    assert "Nothing found" in client.get("/registry/qualifications/?q=astronaut").text


def test_the_list_costs_the_same_queries_for_one_or_many(client, db):
    client.force_login(make_user("viewer"))
    make("Architect", "建筑师", "GBR")
    client.get("/registry/qualifications/")
    with CaptureQueriesContext(connection) as one:
        client.get("/registry/qualifications/")
    for k in range(5):
        make(f"Profession {k}", f"职业{k}", "FRA")
    with CaptureQueriesContext(connection) as many:
        client.get("/registry/qualifications/")
    assert len(one) == len(many)


def test_import_checks_then_applies(client, db):
    client.force_login(make_user("registry_officer"))
    header = "profession_en,profession_zh,country,body_en,equivalent_en,equivalent_zh,recognized_on\n"
    rows = [
        "Nurse,护士,XXX,Council,Nurse licence,护士执业证,2023-05-01",
        "Nurse,护士,AUS,Council,Nurse licence,护士执业证,2023-13-45",
    ]
    bad = header + "\n".join(rows) + "\n"
    report = client.post(
        "/registry/qualifications/import/", {"file": SimpleUploadedFile("q.csv", bad.encode())}
    ).text
    assert "Row 2, country: Unknown country code" in report and "Row 3, recognized_on:" in report
    good = header + "Nurse,护士,AUS,Council,Nurse licence,护士执业证,2023-05-01\n"
    assert (
        "Applying will create 1"
        in client.post(
            "/registry/qualifications/import/", {"file": SimpleUploadedFile("q.csv", good.encode())}
        ).text
    )
    assert "Imported: 1 created" in client.post("/registry/qualifications/import/", {"action": "apply"}).text
    assert Qualification.objects.get().equivalent_zh == "护士执业证"
