"""Any body the API's parser cannot take is a 400 with a message, never a server error (finding 7)."""

import pytest

from hostcity.venues.models import Booking
from tests.factories import make_user

BODIES = {
    "nested arrays": "[" * 100_000,
    "nested objects": '{"a":' * 50_000,
    "nested, closed": "[" * 5_000 + "]" * 5_000,
    "not UTF-8": b"\xff\xfe{\x00",
    "a number too long to read": "[" + "9" * 5_000 + "]",
    "NaN": '{"title": NaN}',
    "truncated": '{"room": 1, "title": "x',
}


WRITERS = {
    "/api/bookings/": "protocol_officer",
    "/api/checkin/": "checkin_staff",
    "/api/directory/revisions/": "content_editor",
}


@pytest.fixture
def booker(client, db):
    client.force_login(make_user("protocol_officer"))
    return client


@pytest.mark.parametrize("name", BODIES)
@pytest.mark.parametrize("path", WRITERS)
def test_a_body_the_parser_cannot_take_is_a_400_with_a_message(client, db, name, path):
    client.force_login(make_user(WRITERS[path]))
    response = client.generic("POST", path, BODIES[name], content_type="application/json")
    assert response.status_code == 400, (name, response.status_code)
    assert "JSON parse error" in response.json()["detail"]
    assert not Booking.objects.exists()


def test_depth_is_counted_outside_strings():
    from hostcity.shared.api_parsers import MAX_DEPTH, too_deep

    assert not too_deep('{"title": "' + "[" * 1000 + '"}')
    assert not too_deep('{"a": "\\"[[[[", "b": [[1]]}')
    assert too_deep("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert not too_deep("[" * MAX_DEPTH + "]" * MAX_DEPTH)


def test_an_ordinary_body_still_works(booker):
    response = booker.post("/api/bookings/", {"room": 999}, content_type="application/json")
    assert response.status_code == 400 and "room" in response.json()
