import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from hostcity.venues.models import Booking, Venue
from tests.factories import at, make_booking, make_closure, make_room, make_user, make_venue

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(manager):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=manager).key}")
    return client


def test_token_auth_lists_venues_with_pagination_and_filters(api):
    make_venue(code="a", category="hotel", name_en="Alpha")
    make_venue(code="b", category="airport", name_en="Beta")
    data = api.get("/api/venues/?category=airport").json()
    assert data["count"] == 1 and data["results"][0]["code"] == "b"
    assert api.get("/api/venues/?search=Alpha").json()["results"][0]["code"] == "a"
    assert set(api.get("/api/venues/").json()) == {"count", "next", "previous", "results"}


def test_create_booking_through_the_rules(api):
    room = make_room()
    response = api.post(
        "/api/bookings/",
        {
            "room": room.pk,
            "start": "2030-12-03T10:00:00+08:00",
            "end": "2030-12-03T11:00:00+08:00",
            "purpose": "Talks",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    assert response.json()["booked_by"].startswith("user") and response.json()["status"] == "tentative"


def test_overlapping_booking_gets_400_naming_the_conflict(api):
    room = make_room(name_en="East Hall")
    make_booking(room, start=at(3, 10), purpose="Kenya talks")
    response = api.post(
        "/api/bookings/",
        {
            "room": room.pk,
            "start": "2030-12-03T10:30:00+08:00",
            "end": "2030-12-03T11:30:00+08:00",
            "purpose": "x",
        },
        format="json",
    )
    assert response.status_code == 400
    (message,) = response.json()["non_field_errors"]
    assert message.startswith("East Hall is already booked") and "Kenya talks" in message
    assert Booking.objects.count() == 1


@pytest.mark.parametrize(
    "payload,field,message",
    [
        (
            {"room": 999999, "start": "2030-12-03T10:00:00Z", "end": "2030-12-03T11:00:00Z", "purpose": "x"},
            "room",
            'Invalid pk "999999" - object does not exist.',
        ),
        (
            {"room": "abc", "start": "2030-12-03T10:00:00Z", "end": "2030-12-03T11:00:00Z", "purpose": "x"},
            "room",
            "Incorrect type. Expected pk value, received str.",
        ),
        ({"room": None, "start": "tomorrow", "end": "2030-12-03T11:00:00Z", "purpose": "x"}, "start", None),
        (
            {"start": "2030-12-03T12:00:00Z", "end": "2030-12-03T11:00:00Z", "purpose": "x"},
            "end",
            "The end must be after the start.",
        ),
    ],
)
def test_bad_booking_input_names_the_field(api, payload, field, message):
    if "room" not in payload:
        payload["room"] = make_room().pk
    response = api.post("/api/bookings/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()
    if message:
        assert response.json()[field] == [message]
    assert not Booking.objects.exists()


def test_patch_moves_a_booking_and_refuses_a_clash(api):
    room = make_room()
    make_booking(room, start=at(3, 10))
    mine = make_booking(room, start=at(3, 14))
    assert (
        api.patch(
            f"/api/bookings/{mine.pk}/", {"start": "2030-12-03T10:30:00+08:00"}, format="json"
        ).status_code
        == 400
    )
    response = api.patch(
        f"/api/bookings/{mine.pk}/",
        {"start": "2030-12-03T15:00:00+08:00", "end": "2030-12-03T16:00:00+08:00"},
        format="json",
    )
    assert response.status_code == 200 and response.json()["start"].startswith("2030-12-03T15:00")


def test_series_lists_all_conflicts_and_saves_nothing(api):
    room = make_room()
    make_booking(room, start=at(3, 9))
    make_closure(room=room, start=at(4, 0))
    body = {
        "room": room.pk,
        "start": "2030-12-02T09:00:00+08:00",
        "end": "2030-12-02T10:00:00+08:00",
        "purpose": "Daily",
        "frequency": "daily",
        "until": "2030-12-06",
    }
    response = api.post("/api/bookings/series/", body, format="json")
    assert response.status_code == 400 and len(response.json()["non_field_errors"]) == 2
    assert Booking.objects.count() == 1
    body["until"] = "2030-12-02"
    response = api.post("/api/bookings/series/", body, format="json")
    assert response.status_code == 201 and len(response.json()) == 1


def test_closure_over_a_booking_is_refused(api):
    room = make_room()
    make_booking(room, start=at(3, 10))
    response = api.post(
        "/api/closures/",
        {
            "room": room.pk,
            "start": "2030-12-03T00:00:00+08:00",
            "end": "2030-12-04T00:00:00+08:00",
            "reason": "security_lockdown",
        },
        format="json",
    )
    assert response.status_code == 400 and "is already booked" in response.json()["non_field_errors"][0]


def test_venue_with_wrong_types_is_refused(api):
    response = api.post(
        "/api/venues/",
        {
            "code": "x",
            "name_en": "X",
            "name_zh": "X",
            "category": "castle",
            "latitude": "north",
            "longitude": 200,
        },
        format="json",
    )
    assert response.status_code == 400
    assert set(response.json()) == {"category", "latitude", "longitude"}
    assert not Venue.objects.exists()


def test_viewer_can_read_but_not_book():
    client = APIClient()
    client.force_authenticate(make_user("viewer"))
    room = make_room()
    assert client.get("/api/bookings/").status_code == 200
    response = client.post(
        "/api/bookings/",
        {"room": room.pk, "start": "2030-12-03T10:00:00Z", "end": "2030-12-03T11:00:00Z", "purpose": "x"},
        format="json",
    )
    assert response.status_code == 403


def test_openapi_schema_lists_the_endpoints(api):
    response = api.get("/api/schema/?format=json")
    paths = response.json()["paths"]
    for path in (
        "/api/areas/",
        "/api/venues/",
        "/api/rooms/",
        "/api/closures/",
        "/api/bookings/",
        "/api/bookings/series/",
    ):
        assert path in paths
