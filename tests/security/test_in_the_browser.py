"""Attacks seen from the browser: markup in a name reaches no map as HTML (finding 9); the offline
scanner checks the badge's event, keeps no secret in its cache and leaves nothing behind at sign-out
(finding 10)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hostcity.delegations.accreditation.badges import issue_badges
from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Delegation, Scan, Zone, ZoneAccess
from hostcity.shared.audit.trail import Actor
from tests.factories import make_area, make_delegate, make_delegation, make_event, make_venue

pytestmark = pytest.mark.browser
MARKUP = '<img src=x onerror="window.__pwned=1">Hall of <b>Bold</b>'


def _centre(tab, selector: str) -> tuple[float, float]:
    box = tab.locator(selector).first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _point_at(tab, selector: str) -> None:
    """Move the mouse onto a map shape, as a person does to see its tooltip."""
    x, y = _centre(tab, selector)
    tab.mouse.move(x - 30, y - 30)
    tab.mouse.move(x, y, steps=5)


def test_markup_in_a_venue_name_is_shown_as_text_on_the_maps(signed_in, transactional_db):
    """A venue manager's name for a venue, with markup in it."""
    area = make_area(colour="#ab1234")
    venue = make_venue(name_en=MARKUP, area=area)
    tab = signed_in()
    tab.goto(f"{tab.base}/venues/map/")
    expect(tab.locator("#venue-map.map-ready")).to_be_visible()
    _point_at(tab, "#venue-map path.leaflet-interactive[fill='#ab1234']")
    tooltip = tab.locator("#venue-map .leaflet-tooltip", has_text="Hall of")
    expect(tooltip).to_contain_text("<img src=x")
    assert tooltip.locator("img, b").count() == 0
    tab.mouse.click(*_centre(tab, "#venue-map path.leaflet-interactive[fill='#ab1234']"))
    expect(tab.locator(".leaflet-popup-content a")).to_have_text(MARKUP)
    tab.goto(f"{tab.base}/venues/venue/{venue.code}/")
    expect(tab.locator("#venue-location.map-ready")).to_be_visible()
    _point_at(tab, "#venue-location path.leaflet-interactive[fill='#ab1234']")
    expect(tab.locator("#venue-location .leaflet-tooltip", has_text="Hall of")).to_contain_text("<b>Bold</b>")
    assert tab.evaluate("() => window.__pwned") is None


def _event_with_badge(name: str):
    today = timezone.localdate()
    event = make_event(name_en=name, start_date=today - timedelta(days=1), end_date=today + timedelta(days=1))
    zone = Zone.objects.create(event=event, code="P", name_en=f"{name} plenary", name_zh="全体会议厅")
    ZoneAccess.objects.create(
        zone=zone, category="head", valid_from=event.start_date, valid_to=event.end_date
    )
    delegation = make_delegation(event, registration=Delegation.Registration.APPROVED)
    make_delegate(delegation, category="head", family_name="Tokayev")
    return event, token_for(issue_badges(event, by=Actor())[0])


def test_the_offline_scanner_checks_the_event_keeps_no_secret_and_forgets_at_sign_out(
    signed_in, transactional_db
):
    forum, forum_badge = _event_with_badge("Forum")
    summit, _ = _event_with_badge("Summit")
    tab = signed_in("checkin_staff")
    tab.goto(f"{tab.base}/delegations/scan/")
    tab.wait_for_function("() => localStorage.getItem('hostcity.gate') !== null")
    tab.evaluate("() => navigator.serviceWorker.ready")
    tab.get_by_label("Zone of this gate").select_option(label="P — Summit plenary 全体会议厅")
    kept = tab.evaluate(
        """async () => {
            const cache = await caches.open("hostcity-scanner-v2");
            const out = [];
            for (const request of await cache.keys()) {
                out.push([new URL(request.url).pathname, await (await cache.match(request)).text()]);
            }
            return out;
        }"""
    )
    paths = [path for path, _text in kept]
    assert "/delegations/scan/shell/" in paths and not any(p.startswith("/api/") for p in paths)
    assert "/delegations/scan/" not in paths
    shell = dict(kept)["/delegations/scan/shell/"]
    assert "csrfmiddlewaretoken" not in shell and "csrftoken" not in shell and 'id="scanner"' in shell

    tab.context.set_offline(True)
    try:
        expect(tab.locator("#net-state")).to_have_text("offline")
        tab.get_by_label("Badge code").fill(forum_badge)  # a Forum badge at the Summit's zone P
        tab.get_by_role("button", name="Check").click()
        expect(tab.locator("#result")).to_contain_text("Denied: for another event")  # the code in words
        expect(tab.locator("#result")).to_have_attribute("data-reason", "wrong_event")
        expect(tab.locator("#pending")).to_contain_text("1")
    finally:
        tab.context.set_offline(False)
    tab.locator("#nav-user").click()  # sign-out is in the user's menu
    tab.get_by_role("button", name="Sign out").click()
    tab.wait_for_url("**/accounts/login/**")
    left = tab.evaluate(
        """async () => ({
            storage: Object.keys(localStorage).filter((k) => k.startsWith("hostcity")),
            caches: await caches.keys(),
            workers: (await navigator.serviceWorker.getRegistrations()).length,
        })"""
    )
    assert left == {"storage": [], "caches": [], "workers": 0}
    uploaded = Scan.objects.get(offline=True)  # the queue went up before it was cleared
    assert (uploaded.reason, uploaded.zone.event) == ("wrong_event", summit)
    assert forum != summit
