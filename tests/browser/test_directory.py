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
    page.locator("#language-choice").select_option("zh-hans")
    page.locator("#language-go").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.locator("#results")).to_contain_text("三里屯国际诊所")
    expect(page.get_by_label("附近")).to_have_value("third-embassy-area")
    page.locator("#results a").first.click()
    expect(page.locator("#entry-languages")).to_contain_text("法语")
    assert serious_violations(page) == []
    page.locator("#language-choice").select_option("en")
    page.locator("#language-go").click()
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


def test_imports_and_the_review_queue(signed_in, transactional_db, tmp_path):
    from hostcity.indicators.models import Indicator, Value

    names = {"name_en": "International schools", "name_zh": "国际学校", "unit_en": "schools", "unit_zh": "所"}
    Indicator.objects.create(code="schools", field=5, **names)
    listing = tmp_path / "entries.csv"
    listing.write_text("kind,slug,name_en,name_zh,topic\nservice,visa-hall,Visa hall,签证大厅,residence\n")
    page = signed_in("content_editor")
    page.goto(f"{page.base}/directory/")
    page.get_by_role("link", name="Import", exact=True).click()
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("1 created")
    page.goto(f"{page.base}/directory/revisions/")
    expect(page.locator("#revision-table")).to_contain_text("Visa hall")
    numbers = tmp_path / "values.csv"
    numbers.write_text("indicator,year,value,source_url\nschools,2025,100,https://example.org/schools\n")
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/indicators/")
    page.get_by_role("link", name="Import", exact=True).click()
    page.get_by_label("What the file holds").select_option("values")
    page.get_by_label("Excel or CSV file").set_input_files(str(numbers))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("1 created")
    assert Value.objects.get().value == 100
