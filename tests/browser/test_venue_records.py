"""The record-keeping pages in a real browser: closures, bookings list and detail, venue and room
editing, the account page with its API token, and the admin."""

import re

import pytest
from playwright.sync_api import expect

from hostcity.venues.models import Booking, Closure, Room
from tests.factories import at, make_booking, make_room, make_venue

pytestmark = pytest.mark.browser


@pytest.fixture
def hall(transactional_db):
    venue = make_venue(code="hall", name_en="Grand Hall", name_zh="大会堂")
    return make_room(venue, name_en="East Room", name_zh="东厅")


def test_close_a_room_see_it_listed_and_lift_it(signed_in, hall):
    page = signed_in()
    page.goto(f"{page.base}/venues/close/")
    page.get_by_label("Venue", exact=True).select_option(label="Grand Hall / 大会堂")
    page.get_by_label("Room (leave empty to close the whole venue)").select_option(str(hall.pk))
    page.get_by_label("Start").fill("2030-12-03T00:00")
    page.get_by_label("End").fill("2030-12-04T00:00")
    page.get_by_label("Reason").select_option("maintenance")
    page.get_by_label("Note").fill("new carpets")
    page.get_by_role("button", name="Close", exact=True).click()
    expect(page.locator(".alert-success")).to_contain_text("East Room closed.")
    assert Closure.objects.get().room == hall
    page.goto(f"{page.base}/venues/closures/")
    page.get_by_role("button", name="Lift").click()
    expect(page.locator(".alert-success")).to_contain_text("lifted")
    assert not Closure.objects.exists()


def test_bookings_list_leads_to_a_booking_that_can_be_cancelled(signed_in, hall):
    booking = make_booking(hall, start=at(3, 10), purpose="Talks with Chile")
    page = signed_in()
    page.goto(f"{page.base}/venues/bookings/")
    page.get_by_label("Venue", exact=True).select_option("hall")
    page.get_by_role("button", name="Filter").click()
    page.locator("#booking-table").get_by_role("link").first.click()
    expect(page.get_by_role("heading", name=f"Booking {booking.pk}")).to_be_visible()
    page.get_by_label("Status").select_option("cancelled")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#booking-status")).to_have_text("Cancelled")
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_edit_a_venue_and_add_a_room(signed_in, hall):
    page = signed_in()
    page.goto(f"{page.base}/venues/venue/hall/")
    page.get_by_role("link", name="Edit venue").click()
    page.get_by_label("Capacity (persons)").fill("1200")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".alert-success")).to_contain_text("Grand Hall saved.")
    page.get_by_role("link", name="Add a room").click()
    page.get_by_label("Name (English)").fill("West Room")
    page.get_by_label("Name (Chinese)").fill("西厅")
    page.get_by_label("Kind").select_option("banquet")
    page.get_by_label("Capacity (persons)").fill("300")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#week")).to_contain_text("West Room")
    assert Room.objects.get(name_en="West Room").capacity == 300


def test_account_page_creates_an_api_token(signed_in, hall):
    page = signed_in("viewer")
    page.locator("#nav-user").click()  # the user's menu: profile, API, sign out
    page.get_by_role("link", name="Profile").click()
    page.get_by_role("button", name="Create token").click()
    expect(page.locator("#api-token")).to_have_text(re.compile(r"^[0-9a-f]{40}$"))


def test_admin_opens_for_an_administrator(signed_in, hall):
    make_booking(hall, start=at(3, 10))
    page = signed_in("administrator")
    page.locator("#nav-user").click()
    page.get_by_role("link", name="Administration").click()
    expect(page.locator("#site-name")).to_contain_text("hostcity administration")
    page.goto(f"{page.base}/admin/venues/booking/")
    expect(page.locator("#result_list")).to_contain_text("East Room")
    assert Booking.objects.count() == 1


@pytest.mark.parametrize("role", ["administrator", "protocol_officer"])
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_menu_bar_fits_a_laptop_screen(signed_in, hall, role, language):
    """At 1366 px the bar holds everything on one line (it overflowed for the administrator and wrapped
    for the protocol officer), in both languages; signing out is in the user's menu."""
    page = signed_in(role)
    page.set_viewport_size({"width": 1366, "height": 800})
    if language == "zh-hans":
        page.get_by_role("button", name="简体中文").click()
    page.goto(f"{page.base}/")
    bar = page.locator("header nav").bounding_box()
    assert bar["height"] < 70, bar  # one line
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    switch = page.locator("header form button[name=language]").bounding_box()
    assert switch["x"] + switch["width"] <= 1366 and switch["height"] < 40  # not drawn as vertical text
    page.locator("#nav-user").click()
    expect(page.locator("#signout-form button")).to_be_visible()
