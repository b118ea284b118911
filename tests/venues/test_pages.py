from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar
from rest_framework.authtoken.models import Token

from hostcity.venues import calendar_feeds
from hostcity.venues.models import Booking, Closure
from tests.factories import at, make_area, make_booking, make_closure, make_room, make_venue

pytestmark = pytest.mark.django_db


def queries_for(client, url) -> int:
    client.get(url)  # the first request of a session also asks whether a second factor is owed
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_atlas_query_count_does_not_grow_with_rows(manager_client):
    area = make_area()
    make_room(make_venue(area=area))
    one = queries_for(manager_client, "/venues/")
    for _ in range(3):
        venue = make_venue(area=make_area())
        make_room(venue)
        make_room(venue)
    assert queries_for(manager_client, "/venues/") == one


def test_venue_page_query_count_does_not_grow_with_rooms_or_bookings(manager_client):
    venue = make_venue(code="v1")
    make_booking(make_room(venue), start=at(2, 10))
    one = queries_for(manager_client, "/venues/venue/v1/?week=2030-12-02")
    for hour in (9, 11, 13):
        room = make_room(venue)
        make_booking(room, start=at(3, hour))
        make_closure(room=room, start=at(5, 0))
    assert queries_for(manager_client, "/venues/venue/v1/?week=2030-12-02") == one


def test_bookings_list_query_count_is_constant(manager_client):
    make_booking(start=at(1, 10))
    one = queries_for(manager_client, "/venues/bookings/?past=1")
    for day in (2, 3, 4):
        make_booking(start=at(day, 10))
    assert queries_for(manager_client, "/venues/bookings/?past=1") == one


def test_atlas_filters_and_searches_both_languages(manager_client):
    area = make_area(code="yanqi")
    yanqi = make_venue(
        name_en="Yanqi Lake ICC", name_zh="雁栖湖国际会议中心", area=area, category="summit_retreat"
    )
    make_room(yanqi, interpretation_booths=8, capacity=300)
    hotel = make_venue(name_en="Beijing Hotel", name_zh="北京饭店", category="hotel")
    make_room(hotel, interpretation_booths=0, capacity=800)

    def names(query):
        response = manager_client.get("/venues/?" + query)
        return [v.name_en for v in response.context["page"]]

    assert names("q=雁栖") == ["Yanqi Lake ICC"]
    assert names("q=beijing") == ["Beijing Hotel"]
    assert names(f"area={area.pk}") == ["Yanqi Lake ICC"]
    assert names("category=hotel") == ["Beijing Hotel"]
    assert names("min_capacity=500") == ["Beijing Hotel"]
    assert names("min_booths=4") == ["Yanqi Lake ICC"]
    page = manager_client.get("/venues/?q=雁栖&page=1").context["page"]  # not the kept render of "q=雁栖"
    assert (page[0].room_count, page[0].largest_room, page[0].booths) == (1, 300, 8)


def test_atlas_answers_htmx_with_the_results_only(manager_client):
    make_venue(name_en="Only")
    response = manager_client.get("/venues/?q=Only", HTTP_HX_REQUEST="true")
    assert b"<html" not in response.content and b"Only" in response.content


def test_finder_ranks_free_rooms_by_distance_and_skips_busy_and_closed_ones(manager_client):
    near = make_venue(code="dyt", name_en="Diaoyutai", latitude=39.9169, longitude=116.3279)
    next_door = make_venue(name_en="Next door", latitude=39.92, longitude=116.33)
    far = make_venue(name_en="Far", latitude=40.397, longitude=116.668)
    closed = make_venue(name_en="Closed", latitude=39.917, longitude=116.328)
    small = make_room(near, name_en="Small", capacity=10)
    busy = make_room(near, name_en="Busy", capacity=50)
    make_booking(busy, start=at(1, 15), hours=1)
    make_room(next_door, name_en="Next", capacity=40)
    make_room(far, name_en="Far room", capacity=60)
    make_room(closed, name_en="Locked", capacity=60)
    make_closure(venue=closed, start=at(1, 0))
    make_room(next_door, name_en="Banquet", kind="banquet", capacity=400)
    response = manager_client.get(
        "/venues/finder/",
        {
            "kind": "bilateral",
            "capacity": 40,
            "start": "2030-12-01T15:00",
            "end": "2030-12-01T16:00",
            "near": "dyt",
        },
    )
    results = response.context["results"]
    assert [f.room.name_en for f in results] == ["Next", "Far room"]
    assert 0.2 < results[0].distance_km < 0.6 and 60 < results[1].distance_km < 75
    assert small.name_en not in response.content.decode()


def test_finder_reports_an_end_before_start(manager_client):
    response = manager_client.get(
        "/venues/finder/", {"capacity": 4, "start": "2030-12-01T16:00", "end": "2030-12-01T15:00"}
    )
    assert response.context["results"] is None
    assert response.context["form"].errors == {"end": ["The end must be after the start."]}


def test_booking_form_books_and_redirects_to_the_week(manager_client):
    room = make_room()
    response = manager_client.post(
        "/venues/book/",
        {
            "venue": room.venue.pk,
            "room": room.pk,
            "start": "2030-12-03T10:00",
            "end": "2030-12-03T11:00",
            "purpose": "Talks",
            "status": "confirmed",
        },
    )
    assert response.status_code == 302 and response.url.endswith("?week=2030-12-03")
    assert Booking.objects.get().status == "confirmed"


def test_booking_form_shows_a_precise_conflict_and_saves_nothing(manager_client):
    room = make_room(name_en="East Hall")
    make_booking(room, start=at(3, 10), purpose="Kenya talks")
    response = manager_client.post(
        "/venues/book/",
        {
            "venue": room.venue.pk,
            "room": room.pk,
            "start": "2030-12-03T10:30",
            "end": "2030-12-03T11:30",
            "purpose": "Other",
            "status": "tentative",
        },
    )
    assert response.status_code == 200
    (error,) = response.context["form"].non_field_errors()
    assert error.startswith("East Hall is already booked") and "Kenya talks" in error
    assert Booking.objects.count() == 1


def test_booking_form_rejects_a_room_of_another_venue(manager_client):
    room = make_room()
    other = make_room()
    response = manager_client.post(
        "/venues/book/",
        {
            "venue": room.venue.pk,
            "room": other.pk,
            "start": "2030-12-03T10:00",
            "end": "2030-12-03T11:00",
            "purpose": "x",
            "status": "tentative",
        },
    )
    assert "room" in response.context["form"].errors and not Booking.objects.exists()


def test_booking_form_recurring_lists_every_conflict(manager_client):
    room = make_room()
    make_booking(room, start=at(3, 10))
    make_booking(room, start=at(5, 10))
    response = manager_client.post(
        "/venues/book/",
        {
            "venue": room.venue.pk,
            "room": room.pk,
            "start": "2030-12-02T10:00",
            "end": "2030-12-02T11:00",
            "purpose": "Daily briefing",
            "status": "tentative",
            "repeat": "daily",
            "until": "2030-12-06",
        },
    )
    assert len(response.context["form"].non_field_errors()) == 2
    assert Booking.objects.count() == 2


def test_closure_form_lists_bookings_in_the_way(manager_client):
    room = make_room(name_en="Hall")
    make_booking(room, start=at(3, 10))
    response = manager_client.post(
        "/venues/close/",
        {
            "venue": room.venue.pk,
            "start": "2030-12-03T00:00",
            "end": "2030-12-04T00:00",
            "reason": "maintenance",
        },
    )
    assert "Hall is already booked" in response.context["form"].non_field_errors()[0]
    assert not Closure.objects.exists()


def test_booking_change_page_cancels(manager_client):
    booking = make_booking(start=at(3, 10))
    response = manager_client.post(
        f"/venues/bookings/{booking.pk}/",
        {"start": "2030-12-03T10:00", "end": "2030-12-03T11:00", "purpose": "Talks", "status": "cancelled"},
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_room_calendar_feed_with_token(client, manager, monkeypatch):
    room = make_room(name_en="Fujian Hall", name_zh="福建厅")
    make_booking(room, start=at(3, 10), purpose="Talks with Kenya")
    make_booking(room, start=at(4, 10), purpose="Cancelled one", status="cancelled")
    token = Token.objects.create(user=manager)
    # The feed covers two months back to a year ahead; these bookings are in 2030.
    monkeypatch.setattr(calendar_feeds, "FEED_FUTURE", timedelta(days=365 * 6))
    response = client.get(f"/venues/rooms/{room.pk}/calendar.ics?token={token.key}")
    assert response["Content-Type"].startswith("text/calendar")
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Talks with Kenya"]
    assert "福建厅" in str(events[0]["location"])
    assert client.get(f"/venues/rooms/{room.pk}/calendar.ics?token=wrong").status_code == 403


def test_exports_hold_the_rows(manager_client):
    make_booking(make_room(make_venue(code="ghop")), start=at(3, 10), purpose="State banquet")
    csv_text = manager_client.get("/venues/bookings/export.csv?past=1").content.decode("utf-8-sig")
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("id,venue,") and "ghop" in lines[1] and "State banquet" in lines[1]
    assert "2030-12-03 10:00" in lines[1]
    assert manager_client.get("/venues/export.pdf").status_code == 404


def test_import_page_checks_then_applies(manager_client, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from hostcity.venues.models import Venue

    csv_bytes = (
        "code,name_en,name_zh,category,latitude,longitude\nnew,New Hall,新馆,hotel,39.9,116.4\n".encode()
    )
    response = manager_client.post(
        "/venues/import/",
        {"kind": "venues", "file": SimpleUploadedFile("v.csv", csv_bytes), "action": "check"},
    )
    assert response.context["report"].ok and not Venue.objects.exists()
    response = manager_client.post("/venues/import/", {"action": "apply"})
    assert response.context["report"].applied
    assert Venue.objects.get(code="new").name_zh == "新馆"


def test_import_page_shows_row_errors(manager_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = b"code,name_en,name_zh,category,latitude,longitude\nnew,New Hall,,hotel,39.9,east\n"
    response = manager_client.post(
        "/venues/import/", {"kind": "venues", "file": SimpleUploadedFile("v.csv", bad)}
    )
    text = response.content.decode()
    assert "Row 2, name_zh: This field is required." in text and "Row 2, longitude: Enter a number." in text
    assert manager_client.post("/venues/import/", {"action": "apply"}).context["report"] is None


def test_map_data_is_geojson_coloured_by_area(manager_client):
    area = make_area(colour="#16a085")
    make_venue(code="yq", area=area, latitude=40.397, longitude=116.668)
    data = manager_client.get("/venues/map/venues.geojson").json()
    (feature,) = data["features"]
    assert feature["geometry"]["coordinates"] == [116.668, 40.397]
    assert feature["properties"]["colour"] == "#16a085"


def test_the_map_note_speaks_of_configuration_to_administrators_only(client, db):
    from tests.factories import make_user, sign_in

    sign_in(client, make_user("protocol_officer"))
    page = client.get("/venues/map/").text
    assert "Schematic district outlines" in page and "HOSTCITY_MAP_TILES" not in page
    sign_in(client, make_user("administrator"))
    assert "HOSTCITY_MAP_TILES" in client.get("/venues/map/").text
