"""The public directory on a phone-sized screen, in English and in Chinese: a visitor finds a hospital
with French-speaking doctors near the Third Embassy Area; axe-core finds no serious or critical
accessibility violation on the public pages. An editor proposes a change and a reviewer publishes it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from hostcity.directory.models import Entry
from tests.directory.test_directory import HOSPITAL, publish

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def places(transactional_db):
    publish(HOSPITAL)
    far = {
        "slug": "shunyi",
        "name_en": "Shunyi Clinic",
        "name_zh": "顺义诊所",
        "latitude": "40.13",
        "longitude": "116.65",
    }
    publish({**HOSPITAL, **far})
    german = {"slug": "dental", "name_en": "Embassy Dental", "name_zh": "使馆牙科", "languages": "de"}
    publish({**HOSPITAL, **german})


def test_a_visitor_finds_a_french_speaking_hospital_near_the_embassies(page, places):
    page.set_viewport_size(PHONE)
    page.goto(f"{page.base}/visit/")
    assert serious_violations(page) == []
    page.get_by_label("Kind").select_option("hospital")
    page.get_by_label("Language spoken").select_option("fr")
    page.get_by_label("Near").select_option("third-embassy-area")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#results")).to_contain_text("Sanlitun International Clinic")
    expect(page.locator("#results li")).to_have_count(1)
    expect(page.locator("#directory-map")).to_have_attribute("data-markers", "2")  # the clinic and the place
    assert serious_violations(page) == []
    page.get_by_role("button", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.locator("#results")).to_contain_text("三里屯国际诊所")
    expect(page.get_by_label("附近")).to_have_value("third-embassy-area")
    page.locator("#results a").first.click()
    expect(page.locator("#entry-languages")).to_contain_text("法语")
    assert serious_violations(page) == []
    page.get_by_role("button", name="英语").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_an_editor_proposes_and_a_reviewer_publishes(signed_in, places):
    page = signed_in("content_editor")
    page.goto(f"{page.base}/directory/?q=三里屯国际诊所")
    page.get_by_role("link", name="Propose a change").click()
    page.get_by_label("opening hours").fill("Mon–Sun 8:00–20:00")
    page.get_by_role("button", name="Propose").click()
    expect(page.locator("#revision-diff")).to_contain_text("Mon–Sun 8:00–20:00")
    url = page.url
    signed_in("content_reviewer")
    page.goto(url)
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("#revision-state")).to_contain_text("Published")
    assert Entry.objects.get(slug="sanlitun-clinic").hours == "Mon–Sun 8:00–20:00"
