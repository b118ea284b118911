"""What schemathesis found the API answering with server errors, now answered as bad input: an
edition ending before it starts (partial update), a venue still in use deleted, a revision whose
content is not an object, an indicator's years out of range, languages that are not codes."""

from datetime import date

import pytest
from rest_framework.test import APIClient

from hostcity.platforms.models import Edition, Platform
from tests.factories import make_booking, make_room, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    client = APIClient()
    client.force_authenticate(make_user("administrator"))
    return client


def test_bad_input_is_a_4xx_never_a_5xx(api):
    fair = Platform.objects.create(code="f", name_en="F", name_zh="F", kind="forum")
    edition = Edition.objects.create(
        platform=fair, year=2030, start_date=date(2030, 9, 2), end_date=date(2030, 9, 6)
    )
    bad = api.patch(f"/api/editions/{edition.pk}/", {"end_date": "2000-01-01"}, format="json")
    assert bad.status_code == 400 and "end_date" in bad.json()
    from hostcity.matchmaking.models import Matchmaking

    room = make_room()
    make_booking(room)
    matchmaking = Matchmaking.objects.create(
        edition=edition, code="m", venue=room.venue
    )  # protects the venue
    gone = api.delete(f"/api/venues/{room.venue.pk}/")
    assert gone.status_code == 409 and "Still in use" in gone.json()["non_field_errors"][0]
    revision = api.post("/api/directory/revisions/", {"kind": "school", "data": None}, format="json")
    assert revision.status_code == 400 and "data" in revision.json()
    years = {"code": "x", "name_en": "X", "name_zh": "X", "unit_en": "u", "unit_zh": "u", "field": 1}
    huge = api.post("/api/indicators/", {**years, "first_year": 9223372036854775807}, format="json")
    assert huge.status_code == 400 and "first_year" in huge.json()
    backwards = api.post("/api/indicators/", {**years, "first_year": 2030, "last_year": 2020}, format="json")
    assert backwards.status_code == 400 and "last_year" in backwards.json()
    company = {"matchmaking": matchmaking.pk, "name_en": "A", "country": "DEU", "sector": "digital"}
    company |= {"offers": "-", "needs": "-", "contact_name": "-", "email": "a@a.example", "languages": True}
    wrong = api.post("/api/matchmaking/companies/", company, format="json")
    assert wrong.status_code == 400 and "languages" in wrong.json()


def test_far_off_years_are_refused_for_closures_and_bookings(api):
    room = make_room()
    far = api.post(
        "/api/closures/",
        {
            "room": room.pk,
            "start": "0306-09-24T04:23:14Z",
            "end": "2030-01-01T00:00:00Z",
            "reason": "maintenance",
        },
        format="json",
    )
    assert far.status_code == 400 and "start" in far.json()
    late = api.post(
        "/api/bookings/",
        {"room": room.pk, "start": "2030-01-01T09:00:00Z", "end": "5022-08-29T22:59:12Z", "purpose": "x"},
        format="json",
    )
    assert late.status_code == 400 and "end" in late.json()
