"""The venue pages in a real browser: they load, their main action works, and no console errors."""

import re

import pytest
from playwright.sync_api import expect

from hostcity.demo.load import load_areas, load_venues
from hostcity.venues.models import Booking, Room, Venue
from hostcity.venues.queries import venues_for_atlas
from tests.factories import at, make_booking

pytestmark = pytest.mark.browser


@pytest.fixture
def atlas(transactional_db):
    areas = load_areas()
    return load_venues(areas)


def test_atlas_filters_and_searches_in_chinese_then_switches_language(signed_in, atlas):
    page = signed_in()
    page.get_by_role("button", name=re.compile("Functional areas")).click()
    page.get_by_role("link", name="Venue atlas").click()
    expect(page.locator("#atlas-count")).to_have_text("25 venues")
    # htmx must be listening before typing, or the first search goes unheard (seen once in CI).
    page.wait_for_function("() => document.readyState === 'complete' && window.htmx !== undefined")
    page.get_by_label("Search").fill("钓鱼台")
    expect(page.locator("#atlas-count")).to_have_text("1 venue")
    expect(page.locator("#atlas-table tbody tr")).to_contain_text("Diaoyutai State Guesthouse")
    page.get_by_label("Search").fill("")
    expect(page.locator("#atlas-count")).to_have_text("25 venues")  # the cleared search has answered
    page.get_by_label("Interpretation booths").fill("8")
    page.get_by_role("button", name="Filter").click()
    with_booths = venues_for_atlas(min_booths=8).count()
    expect(page.locator("#atlas-count")).to_have_text(f"{with_booths} venues")
    names = page.locator("#atlas-table tbody tr td:first-child a").all_inner_texts()
    assert "Great Hall of the People" in names and "Beijing Hotel" not in names
    page.get_by_role("button", name="简体中文").click()
    expect(page.get_by_role("heading", name="场馆名录")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")


def test_map_shows_every_venue_on_the_schematic_outline(signed_in, atlas):
    page = signed_in()
    page.goto(f"{page.base}/venues/map/")
    canvas = page.locator("#venue-map.map-ready")
    expect(canvas).to_have_attribute("data-venues", str(len(atlas)))
    assert page.locator("#venue-map path.leaflet-interactive").count() >= len(atlas) + 16
    expect(page.locator("#schematic-note")).to_be_visible()
    expect(page.locator("#map-legend")).to_contain_text("Yanqi Lake international conference resort")
    page.locator("#venue-map path.leaflet-interactive[fill='#16a085']").first.click(force=True)
    expect(page.locator(".leaflet-popup-content a")).to_have_text(re.compile("Yanqi|Kempinski"))


def test_venue_page_pages_through_weeks(signed_in, atlas):
    room = Room.objects.get(venue__code="ghop", name_en="East Hall")
    make_booking(room, start=at(3, 10), purpose="Talks with Kenya")
    page = signed_in()
    page.goto(f"{page.base}/venues/venue/ghop/?week=2030-12-02")
    expect(page.get_by_role("heading", name=re.compile("Great Hall of the People"))).to_be_visible()
    expect(page.locator("#venue-location.map-ready")).to_be_visible()
    expect(page.locator("#week")).to_contain_text("Talks with Kenya")
    page.get_by_role("link", name=re.compile("Next week")).click()
    expect(page.locator("#week-label")).to_contain_text("9 December 2030")
    expect(page.locator("#week")).not_to_contain_text("Talks with Kenya")
    assert page.url.endswith("?week=2030-12-09")


def test_room_finder_ranks_by_distance_and_leads_to_booking(signed_in, atlas):
    page = signed_in()
    page.goto(f"{page.base}/venues/finder/")
    page.get_by_label("Room kind").select_option("bilateral")
    page.get_by_label("People").fill("40")
    page.get_by_label("From").fill("2030-12-03T15:00")
    page.get_by_label("Until").fill("2030-12-03T16:00")
    page.get_by_label("Nearest to").select_option(label="Diaoyutai State Guesthouse / 钓鱼台国宾馆")
    page.get_by_role("button", name="Find free rooms").click()
    rows = page.locator("#finder-results tbody tr")
    expect(rows.first).to_contain_text("Diaoyutai State Guesthouse")
    distances = [
        float(t.split()[0]) for t in page.locator("#finder-results tbody td:nth-child(6)").all_inner_texts()
    ]
    assert distances == sorted(distances) and len(distances) > 3
    rows.first.get_by_role("link", name="Book").click()
    expect(page.get_by_role("heading", name="Book a room")).to_be_visible()
    expect(page.get_by_label("Start")).to_have_value("2030-12-03T15:00")


def test_booking_conflict_is_explained_and_nothing_saved(signed_in, atlas):
    room = Room.objects.get(venue__code="diaoyutai", name_en="Villa 5 Meeting Room")
    make_booking(room, start=at(3, 10), purpose="China-Kenya talks")
    page = signed_in()
    page.goto(f"{page.base}/venues/book/")
    page.get_by_label("Venue").select_option(label="Diaoyutai State Guesthouse / 钓鱼台国宾馆")
    page.get_by_label("Room", exact=True).select_option(str(room.pk))
    page.get_by_label("Start").fill("2030-12-03T10:30")
    page.get_by_label("End").fill("2030-12-03T11:30")
    page.get_by_label("Purpose").fill("Second meeting")
    page.get_by_role("button", name="Book", exact=True).click()
    expect(page.locator("#form-errors")).to_contain_text("Villa 5 Meeting Room is already booked")
    expect(page.locator("#form-errors")).to_contain_text("China-Kenya talks")
    assert Booking.objects.filter(room=room).count() == 1
    page.get_by_label("Start").fill("2030-12-03T11:00")
    page.get_by_label("End").fill("2030-12-03T12:00")
    page.get_by_role("button", name="Book", exact=True).click()
    expect(page.locator(".alert-success")).to_contain_text("Booked Villa 5 Meeting Room")
    assert Booking.objects.filter(room=room).count() == 2


def test_import_page_reports_bad_rows(signed_in, atlas, tmp_path):
    bad = tmp_path / "venues.csv"
    bad.write_text(
        "code,name_en,name_zh,category,latitude,longitude\nx,X,,hotel,north,116\n", encoding="utf-8"
    )
    page = signed_in()
    page.goto(f"{page.base}/venues/import/")
    page.get_by_label("The file holds").select_option("venues")
    page.get_by_label("Excel (.xlsx) or CSV file").set_input_files(str(bad))
    page.get_by_role("button", name="Check the file").click()
    expect(page.locator("#import-errors")).to_contain_text("Row 2, name_zh: This field is required.")
    expect(page.locator("#import-errors")).to_contain_text("Row 2, latitude: Enter a number.")
    assert Venue.objects.count() == len(atlas)


def test_dashboard_and_api_docs_load(signed_in, atlas):
    page = signed_in("viewer")
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    page.goto(f"{page.base}/api/docs/")
    expect(page.locator(".swagger-ui .title")).to_contain_text("hostcity API", timeout=20_000)


def test_map_uses_the_configured_tile_server(signed_in, atlas, settings):
    # A tile "server" on the live server itself: every tile is the same small image.
    settings.MAP_TILES = "/static/vendor/leaflet-1.9.4/images/layers.png?z={z}&x={x}&y={y}"
    settings.MAP_TILES_ATTRIBUTION = "Test tiles"
    page = signed_in()
    page.goto(f"{page.base}/venues/map/")
    expect(page.locator("#venue-map.map-ready")).to_have_attribute("data-venues", str(len(atlas)))
    expect(page.locator("#venue-map img.leaflet-tile-loaded").first).to_be_attached()
    expect(page.locator(".leaflet-control-attribution")).to_contain_text("Test tiles")
    expect(page.locator("#schematic-note")).to_have_count(0)


def test_keyboard_reaches_the_content_and_the_menu(signed_in, atlas):
    page = signed_in()
    page.goto(f"{page.base}/venues/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.get_by_role("button", name=re.compile("Functional areas")).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Room finder")).to_be_visible()


def test_small_screens_get_a_collapsed_menu(signed_in, atlas):
    page = signed_in()
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{page.base}/venues/")
    expect(page.get_by_role("link", name="Dashboard")).to_be_hidden()
    page.get_by_role("button", name="Toggle navigation").click()
    expect(page.get_by_role("link", name="Dashboard")).to_be_visible()
    expect(page.locator("#atlas-table")).to_be_visible()
