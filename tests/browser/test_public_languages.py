"""The public directory on a phone in each of the UN's six languages: chosen from the page's
own language list, Arabic right to left; no page wider than the screen, axe-core clean."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_directory import PHONE, places, serious_violations  # noqa: F401
from tests.browser.test_walk import OVERFLOW_JS

pytestmark = pytest.mark.browser


def choose_language(page, path: str, language: str) -> str:
    """On a phone, `language` chosen from the page's own list; the page then in it, its way round.
    Returns the page's `lang`."""
    page.set_viewport_size(PHONE)
    page.goto(page.base + path)
    page.locator("#language-choice").select_option(language)
    page.locator("#language-go").click()
    tag = "zh-Hans" if language == "zh-hans" else language
    expect(page.locator("html")).to_have_attribute("lang", tag)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
    return tag


@pytest.mark.parametrize(
    "language,word",
    [
        ("en", "Search"),
        ("zh-hans", "搜索"),
        ("fr", "Rechercher"),
        ("es", "Buscar"),
        ("ru", "Найти"),
        ("ar", "بحث"),
    ],
)
def test_the_directory_in_each_un_language(page, places, language, word):  # noqa: F811
    tag = choose_language(page, "/visit/", language)
    expect(page.get_by_role("button", name=word, exact=True)).to_be_visible()
    for path in ("/visit/", "/visit/?q=hospital", "/visit/shunyi/"):
        page.goto(page.base + path)
        overflow, culprit = page.evaluate(OVERFLOW_JS)
        assert overflow <= 1, (path, overflow, culprit)
        assert serious_violations(page) == [], path
    expect(page.locator("html")).to_have_attribute("lang", tag)  # remembered
