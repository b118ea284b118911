import pytest
from django.core.exceptions import ValidationError

from hostcity.venues.geojson import validate_outline
from hostcity.venues.models import Closure, Room, Venue
from tests.factories import make_closure, make_room, make_venue

pytestmark = pytest.mark.django_db

VENUE = {
    "code": "new-hall",
    "name_en": "New Hall",
    "name_zh": "新馆",
    "category": "hotel",
    "latitude": "39.9",
    "longitude": "116.4",
    "security_level": "standard",
}


def test_add_venue_then_edit_it_with_its_code_fixed(manager_client):
    response = manager_client.post("/venues/new/", VENUE)
    assert response.status_code == 302 and response.url == "/venues/venue/new-hall/"
    response = manager_client.post(
        "/venues/venue/new-hall/edit/", {**VENUE, "code": "renamed", "capacity": "300"}
    )
    assert response.status_code == 302
    venue = Venue.objects.get()
    assert (venue.code, venue.capacity) == ("new-hall", 300)


def test_venue_form_names_bad_fields(manager_client):
    response = manager_client.post("/venues/new/", {**VENUE, "latitude": "95", "category": "castle"})
    assert set(response.context["form"].errors) == {"latitude", "category"}
    assert not Venue.objects.exists()


def test_room_names_are_unique_within_a_venue(manager_client):
    venue = make_venue(code="v")
    make_room(venue, name_en="East Hall")
    body = {
        "name_en": "East Hall",
        "name_zh": "东大厅",
        "kind": "bilateral",
        "capacity": 40,
        "interpretation_booths": 2,
    }
    response = manager_client.post("/venues/venue/v/rooms/new/", body)
    assert response.context["form"].errors == {"name_en": ["This venue already has a room of that name."]}
    response = manager_client.post("/venues/venue/v/rooms/new/", {**body, "name_en": "West Hall"})
    assert response.status_code == 302 and Room.objects.filter(venue=venue).count() == 2


def test_room_edit_keeps_its_venue(manager_client):
    room = make_room(name_en="Hall")
    body = {
        "name_en": "Hall",
        "name_zh": "厅",
        "kind": "plenary",
        "capacity": 500,
        "interpretation_booths": 6,
    }
    assert manager_client.post(f"/venues/rooms/{room.pk}/edit/", body).status_code == 302
    room.refresh_from_db()
    assert (room.kind, room.capacity, room.venue_id) == ("plenary", 500, room.venue_id)


def test_lifting_a_closure(manager_client):
    closure = make_closure(venue=make_venue())
    response = manager_client.post(f"/venues/closures/{closure.pk}/lift/")
    assert response.status_code == 302 and not Closure.objects.exists()
    assert manager_client.get(f"/venues/closures/{closure.pk}/lift/").status_code == 405


SQUARE = [[116.3, 39.9], [116.4, 39.9], [116.4, 40.0], [116.3, 39.9]]


@pytest.mark.parametrize(
    "outline",
    [
        None,
        {"type": "Polygon", "coordinates": [SQUARE]},
        {"type": "MultiPolygon", "coordinates": [[SQUARE], [SQUARE]]},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [SQUARE]}},
        {
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [SQUARE]}}],
        },
    ],
)
def test_valid_outlines(outline):
    validate_outline(outline)


@pytest.mark.parametrize(
    "outline,message",
    [
        ({"type": "Point", "coordinates": [116, 39]}, "outline: expected a Polygon or MultiPolygon geometry"),
        (
            {"type": "Polygon", "coordinates": [SQUARE[:3]]},
            "coordinates[0]: a ring needs at least 4 positions",
        ),
        (
            {"type": "Polygon", "coordinates": [[*SQUARE[:3], [200, 39.9]]]},
            "coordinates[0][3]: longitude 200",
        ),
        (
            {"type": "Polygon", "coordinates": [[*SQUARE[:3], [116.3, 39.0]]]},
            "coordinates[0]: a ring must end where it starts",
        ),
        (
            {"type": "MultiPolygon", "coordinates": [[SQUARE], [[["a", 1]] * 4]]},
            "coordinates[1][0][0]: a position is",
        ),
        (
            {"type": "FeatureCollection", "features": [{"geometry": None}]},
            "features[0].geometry: expected a Polygon",
        ),
        ("not json object", "outline: expected a Polygon"),
    ],
)
def test_invalid_outlines_name_the_path(outline, message):
    with pytest.raises(ValidationError) as error:
        validate_outline(outline)
    assert message in error.value.messages[0]


def test_area_api_refuses_a_bad_outline(manager_client):
    response = manager_client.post(
        "/api/areas/",
        {
            "code": "x",
            "name_en": "X",
            "name_zh": "X",
            "kind": "core",
            "outline": {"type": "Polygon", "coordinates": []},
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json() == {"outline": ["coordinates: a polygon is a list of rings"]}
