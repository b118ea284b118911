"""The glossary in a real browser: a room form suggests the standard English as one types the Chinese
name, and one click uses it; the consistency check fixes a venue's name in one click."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from hostcity.glossary.models import Term
from hostcity.venues.models import Venue
from tests.factories import make_user, make_venue

pytestmark = pytest.mark.browser


@pytest.fixture
def glossary(transactional_db):
    Term.objects.create(zh="新闻发布厅", en="Press Conference Room", variants=["Press Room"], domain="venue",
                        source="test", status="adopted")  # fmt: skip
    Term.objects.create(zh="国家会议中心", en="China National Convention Center", domain="venue",
                        source="test", status="adopted")  # fmt: skip
    return make_venue(code="cncc", name_en="CNCC Phase I", name_zh="国家会议中心")


def test_a_form_suggests_the_standard_and_the_check_fixes_in_one_click(signed_in, glossary):
    page = signed_in("venue_manager")  # who keeps the rooms, and here reviews the glossary too
    make_user("content_reviewer")  # (makes the group)
    get_user_model().objects.get(groups__name="venue_manager").groups.add(
        Group.objects.get(name="content_reviewer")
    )
    page.goto(f"{page.base}/venues/venue/cncc/rooms/new/")
    page.get_by_label("name (Chinese)").fill("新闻发布厅")
    hint = page.locator(".glossary-hint")
    expect(hint).to_contain_text("Press Conference Room")
    hint.get_by_role("button").click()
    expect(page.get_by_label("name (English)")).to_have_value("Press Conference Room")

    page.goto(f"{page.base}/glossary/check/")
    row = page.locator("#finding-table tr", has_text="CNCC Phase I")
    row.get_by_role("button", name="Use this form").click()
    expect(page.locator("#finding-table")).not_to_contain_text("CNCC Phase I")
    assert Venue.objects.get(code="cncc").name_en == "China National Convention Center"
