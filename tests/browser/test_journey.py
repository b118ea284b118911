"""A delegation's journey in a real browser, in English and in Chinese, on a desktop and a phone: a
protocol officer issues letters, adds a flight to the arrivals board and lodges the delegation, whose
itinerary then shows the flight and the hotel."""

import os
from datetime import date

import pytest
from playwright.sync_api import expect

from hostcity.delegations.models import Delegation, HotelBlock, Letter, Stay
from tests.factories import make_delegate, make_delegation, make_event, make_venue

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("HOSTCITY_SCREENSHOTS")


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def summit(transactional_db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛",
                       start_date=date(2030, 12, 1), end_date=date(2030, 12, 3))  # fmt: skip
    kaz = make_delegation(event, country="KAZ", registration=Delegation.Registration.APPROVED)
    make_delegate(kaz, category="head", family_name="Tokayev", name_zh="托卡耶夫", passport_number="N1234567",
                  passport_expiry="2031-02-01", birth_date="1953-05-17", vetting="cleared")  # fmt: skip
    hotel = make_venue(name_en="Kerry Hotel", name_zh="嘉里大酒店")
    HotelBlock.objects.create(event=event, hotel=hotel, rooms=20, first_night=date(2030, 11, 30),
                              last_night=date(2030, 12, 2))  # fmt: skip
    return event, kaz


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_letters_flights_and_hotels(signed_in, summit, size):
    event, kaz = summit
    page = signed_in("protocol_officer")
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{page.base}/delegations/event/{event.pk}/")
    page.locator("#letters-link").click()
    expect(page.locator("#passport-warnings")).to_be_visible()  # expires within six months of the event
    page.locator("#issue-invitation").click()
    expect(page.locator("#letter-register")).to_contain_text("BJFAO-2030-INV-00001")
    assert Letter.objects.count() == 1
    shot(page, f"letters-en-{size[0]}")

    page.goto(f"{page.base}/delegations/event/{event.pk}/arrivals/?day=2030-11-30")
    form = page.locator("#movement-form")
    form.get_by_label("Delegation", exact=True).select_option(str(kaz.pk))
    form.get_by_label("Arrival or departure").select_option("arrival")
    form.get_by_label("Flight", exact=True).fill("kc887")
    form.get_by_label("Airport (IATA)").fill("PKX")
    form.get_by_label("Time", exact=True).fill("2030-11-30T09:40")
    form.get_by_role("button", name="Save the flight").click()
    expect(page.locator("#arrival-board")).to_contain_text("KC887")
    expect(page.locator("#arrival-board")).to_contain_text("Mayor of Beijing")
    shot(page, f"arrivals-en-{size[0]}")

    page.goto(f"{page.base}/delegations/event/{event.pk}/hotels/")
    lodge = page.locator("#lodge-form")
    lodge.get_by_label("Delegation", exact=True).select_option(str(kaz.pk))
    lodge.get_by_label("Hotel block").select_option(index=1)
    lodge.get_by_role("button", name="Lodge its members").click()
    expect(page.locator("#hotel-blocks")).to_contain_text("Kerry Hotel")
    assert Stay.objects.count() == 1
    page.get_by_role("link", name="Rooming list").click()
    page.locator("#rooming-list input[name=room_number]").fill("1208")
    page.locator("#rooming-list").get_by_role("button", name="Save").click()
    expect(page.locator("#rooming-list input[name=room_number]")).to_have_value("1208")
    page.goto(f"{page.base}/delegations/event/{event.pk}/arrivals/import/")
    expect(page.get_by_role("heading", name="Import flights")).to_be_visible()

    page.get_by_role("button", name="简体中文").click()
    page.goto(f"{page.base}/events/{event.pk}/itineraries/{kaz.pk}/")
    expect(page.locator("#itinerary-table")).to_contain_text("抵达，航班 KC887")
    expect(page.locator("#itinerary-stay")).to_contain_text("嘉里大酒店")
    shot(page, f"itinerary-zh-{size[0]}")
    page.goto(f"{page.base}/delegations/event/{event.pk}/hotels/")
    expect(
        page.get_by_role("heading", name="酒店 · 一带一路国际合作高峰论坛 Belt and Road Forum")
    ).to_be_visible()
    shot(page, f"hotels-zh-{size[0]}")
    page.goto(f"{page.base}/delegations/event/{event.pk}/letters/")
    expect(page.locator("#letter-register")).to_contain_text("邀请函")
    page.goto(f"{page.base}/delegations/hotel-blocks/{HotelBlock.objects.get().pk}/")
    expect(page.get_by_role("heading", name="分房名单 · 嘉里大酒店 Kerry Hotel")).to_be_visible()
    page.goto(f"{page.base}/delegations/event/{event.pk}/arrivals/?day=2030-11-30")
    expect(page.locator("#arrival-board")).to_contain_text("KC887")
    shot(page, f"letters-zh-{size[0]}")


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_circulars_and_the_motorcade(signed_in, summit, size):
    from django.core import mail

    from hostcity.events.models import Vehicle

    event, kaz = summit
    Delegation.objects.filter(pk=kaz.pk).update(focal_point_email="focal@kaz.example")
    page = signed_in("protocol_officer")
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{page.base}/delegations/event/{event.pk}/")
    page.locator("#circulars-link").click()
    form = page.locator("#circular-form")
    form.get_by_label("To", exact=True).select_option("focal_points")
    form.get_by_label("Subject (English)").fill("Visas for $delegation")
    form.get_by_label("Subject (Chinese)").fill("$delegation签证")
    form.get_by_label("Message (English)").fill("Please apply by 1 May.")
    form.get_by_label("Message (Chinese)").fill("请于5月1日前申请。")
    form.get_by_role("button", name="Send").click()
    expect(page.locator("#dispatches")).to_contain_text("focal@kaz.example")
    assert any("Visas for Kazakhstan" in m.subject for m in mail.outbox)
    shot(page, f"circular-en-{size[0]}")

    Vehicle.objects.create(event=event, plate="京A·D0001", driver="王磊", delegation=kaz)
    page.get_by_role("button", name="简体中文").click()
    page.goto(f"{page.base}/delegations/event/{event.pk}/motorcade/?day=2030-12-01")
    expect(page.locator("#motorcade")).to_contain_text("京A·D0001")
    expect(
        page.get_by_role("heading", name="车队 · 一带一路国际合作高峰论坛 Belt and Road Forum")
    ).to_be_visible()
    shot(page, f"motorcade-zh-{size[0]}")
    page.goto(f"{page.base}/delegations/event/{event.pk}/circulars/")
    expect(page.locator("#circular-list")).to_contain_text("Visas for $delegation")
    shot(page, f"circulars-zh-{size[0]}")
