"""A platform's page in a real browser: the editions chart is drawn."""

from datetime import date

import pytest
from playwright.sync_api import expect

from hostcity.platforms.models import Edition, Platform

pytestmark = pytest.mark.browser


def test_the_editions_chart_is_drawn(signed_in, transactional_db):
    fair = Platform.objects.create(
        code="wrc", name_en="World Robot Conference", name_zh="世界机器人大会", kind="conference"
    )
    for year in (2022, 2023, 2024):
        Edition.objects.create(
            platform=fair,
            year=year,
            start_date=date(year, 8, 18),
            end_date=date(year, 8, 22),
            participants=year - 1900,
        )
    page = signed_in("viewer")
    page.goto(f"{page.base}/platforms/")
    page.get_by_role("link", name="World Robot Conference").click()
    expect(page.locator("#edition-chart")).to_have_attribute("data-drawn", "1")
    expect(page.locator("#edition-chart canvas")).to_have_count(1)
    expect(page.locator("#edition-table")).to_contain_text("2024")
