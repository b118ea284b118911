"""Security vetting and the coordination log in a real browser, in English and in Chinese: the
security officer clears a delegate (whose badge can then be issued), and logs an incident."""

import os

import pytest
from playwright.sync_api import expect

from hostcity.delegations.models import Delegate, Delegation, SecurityItem
from tests.factories import make_delegate, make_delegation, make_event

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("HOSTCITY_SCREENSHOTS")  # a folder: each page's screenshot is saved there


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


@pytest.fixture
def summit(transactional_db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    delegation = make_delegation(event, country="KAZ", registration=Delegation.Registration.APPROVED)
    make_delegate(
        delegation, category="head", family_name="Tokayev", name_zh="托卡耶夫", vetting="not_requested"
    )
    waiting = make_delegate(delegation, family_name="Nurlanov", name_zh="努尔兰诺夫", vetting="requested")
    return event, waiting


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_the_security_officer_clears_and_logs(signed_in, summit, size):
    event, waiting = summit
    page = signed_in("security_officer")
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{page.base}/delegations/event/{event.pk}/")
    page.locator("#vetting-link").click()
    expect(page.get_by_role("heading", name="Security vetting · Belt and Road Forum")).to_be_visible()
    row = page.locator(f"#delegate-{waiting.pk}")
    expect(row).to_contain_text("Requested")
    shot(page, f"vetting-en-{size[0]}")
    row.get_by_label("Security vetting").select_option("cleared")
    row.get_by_role("button", name="Set").click()
    expect(page.locator(f"#delegate-{waiting.pk}")).to_contain_text("Cleared")
    assert Delegate.objects.get(pk=waiting.pk).vetting == "cleared"

    page.get_by_role("link", name="Security coordination log").first.click()
    page.get_by_label("Kind").select_option("incident")
    page.get_by_label("Title").fill("Drone over the car park")
    page.get_by_label("Responsible agency").fill("Beijing PSB")
    page.get_by_role("button", name="Open the item").click()
    expect(page.locator("#security-item")).to_contain_text("Beijing PSB")
    page.get_by_label("Follow-up").fill("Grounded by the police")
    page.get_by_label("Status after").select_option("closed")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#follow-ups")).to_contain_text("Grounded by the police")
    assert SecurityItem.objects.get().status == "closed"

    page.get_by_role("button", name="简体中文").click()
    page.goto(f"{page.base}/delegations/event/{event.pk}/vetting/")
    expect(
        page.get_by_role("heading", name="安全审查 · 一带一路国际合作高峰论坛 Belt and Road Forum")
    ).to_be_visible()
    expect(page.locator(f"#delegate-{waiting.pk}")).to_contain_text("已通过")
    shot(page, f"vetting-zh-{size[0]}")
    page.goto(f"{page.base}/delegations/event/{event.pk}/security/")
    expect(page.locator("#security-items")).to_contain_text("Drone over the car park")
    shot(page, f"security-zh-{size[0]}")
