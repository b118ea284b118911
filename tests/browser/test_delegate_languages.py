"""The delegation's own pages (its focal point's link) in a real browser in each of the UN's six
languages, on a phone: the language chosen from the page's own list and remembered from page to
page, Arabic right to left; the focal point adds a member in that language; every page no wider than
the screen, axe-core clean, no console error; the itinerary PDF opens."""

import os

import pytest
from playwright.sync_api import expect

from hostcity.delegations.models import Delegate, Delegation
from tests.browser.test_directory import serious_violations
from tests.browser.test_public_languages import choose_language
from tests.browser.test_walk import OVERFLOW_JS
from tests.factories import make_delegate, make_delegation, make_event

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("HOSTCITY_SCREENSHOTS")
SAVE = {"en": "Save", "zh-hans": "保存", "fr": "Enregistrer", "es": "Guardar", "ru": "Сохранить", "ar": "حفظ"}
FAMILY = {"en": "family name", "zh-hans": "姓", "fr": "nom de famille", "es": "apellidos",
          "ru": "фамилия", "ar": "اسم العائلة"}  # fmt: skip


@pytest.fixture
def delegation(transactional_db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    made = make_delegation(event, country="KAZ", languages=["ru"], quota=8)
    make_delegate(made, category="head", family_name="Tokayev", name_zh="托卡耶夫", position_en="President",
                  position_zh="总统")  # fmt: skip
    return made


@pytest.mark.parametrize("language", list(SAVE))
def test_the_delegation_s_pages_in_each_language(page, delegation, language):
    token = delegation.focal_token
    tag = choose_language(page, f"/focal/{token}/", language)
    # The main action: a member added through the form, in this language.
    page.goto(f"{page.base}/focal/{token}/members/new/")
    form = page.locator("#member-form")
    form.get_by_label(FAMILY[language], exact=False).first.fill("Smailov")
    form.locator("#id_category").select_option("official")
    form.get_by_role("button", name=SAVE[language]).click()
    expect(page.locator("#member-table")).to_contain_text("SMAILOV")  # family names as in the passport
    assert Delegate.objects.filter(delegation=delegation, family_name="Smailov").exists()
    walk = [("", "open"), ("members/new/", "open"), ("requests/", "open"), ("itinerary/", "open"),
            ("", "approved"), ("requests/", "approved")]  # fmt: skip
    for path, state in walk:
        Delegation.objects.filter(pk=delegation.pk).update(registration=state)  # approved: read-only
        page.goto(f"{page.base}/focal/{token}/{path}")
        expect(page.locator("html")).to_have_attribute("lang", tag)  # remembered
        overflow, culprit = page.evaluate(OVERFLOW_JS)
        assert overflow <= 1, (path, overflow, culprit)
        assert serious_violations(page) == [], path
        if SHOTS:
            name = f"focal-{path.strip('/').replace('/', '-') or 'home'}-{state}-{language}"
            page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)
    response = page.request.get(f"{page.base}/focal/{token}/itinerary/itinerary.pdf")
    assert response.ok and response.headers["content-type"] == "application/pdf"
