"""The planning flow in a real browser: create an event, add a meeting request, plan it (the run's
progress, then its timelines), drag a meeting to check a move, accept the plan, download a
delegation's itinerary as PDF."""

from datetime import date

import pytest
from playwright.sync_api import expect

from hostcity.events.models import Event, HostPrincipal, PlanRun
from hostcity.venues.models import Booking
from tests.factories import make_delegation, make_room, make_venue

pytestmark = pytest.mark.browser


@pytest.fixture
def places(transactional_db):
    venue = make_venue(code="ghop", name_en="Great Hall", name_zh="大会堂")
    make_room(venue, name_en="East", kind="bilateral")
    return venue


def test_create_request_plan_accept(signed_in, places, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    page = signed_in("protocol_officer")
    page.goto(f"{page.base}/events/")
    page.get_by_role("link", name="New event").click()
    page.get_by_label("Name (English)").fill("State visit of Kazakhstan")
    page.get_by_label("Name (Chinese)").fill("哈萨克斯坦国事访问")
    page.get_by_label("Kind").select_option("state_visit")
    page.get_by_label("First day").fill("2030-12-01")
    page.get_by_label("Last day").fill("2030-12-02")
    page.get_by_role("button", name="Create the event").click()
    expect(page.get_by_role("heading", name="State visit of Kazakhstan 哈萨克斯坦国事访问")).to_be_visible()
    event = Event.objects.get(name_en="State visit of Kazakhstan")
    assert event.start_date == date(2030, 12, 1)
    HostPrincipal.objects.create(
        event=event, code="president", name_en="President", name_zh="主席", languages=["zh"]
    )
    make_delegation(event, country="KAZ", languages=["zh", "ru"])
    page.reload()
    form = page.locator("#request-form")
    form.get_by_label("Code").fill("talks")
    form.get_by_label("Title (English)").fill("Talks")
    form.get_by_label("Title (Chinese)").fill("会谈")
    form.get_by_label("Host principals").select_option(label="President / 主席")
    form.get_by_label("Delegations").select_option(index=0)
    form.get_by_label("Priority").select_option("must")
    form.get_by_role("button", name="Add the request").click()
    expect(page.locator("#request-table")).to_contain_text("Talks")
    page.get_by_label("Time limit (seconds)").fill("5")
    page.get_by_role("button", name="Plan this event").click()
    expect(page.locator("#run-status")).to_have_text("Done")
    expect(page.locator("#run-timelines")).to_contain_text("Talks")
    # Drag the meeting along its room's row: the server checks the move at once.
    track = page.locator(".tl-track[data-key^='room-']").first
    box = track.bounding_box()
    page.locator(".tl-block[data-meeting='talks']").drag_to(
        track, target_position={"x": box["width"] * 0.6, "y": 10}
    )
    expect(page.locator("#move-result")).to_contain_text("The move")
    assert page.locator("#move-start").input_value().startswith("2030-12-0")
    page.get_by_role("button", name="Accept this plan").click()
    expect(page.locator(".alert-success")).to_contain_text("Plan accepted: 1 rooms booked")
    run = PlanRun.objects.get(event=event)
    assert run.accepted and Booking.objects.filter(event=event).count() == 1
    page.goto(f"{page.base}/events/{event.pk}/")
    page.get_by_role("link", name="Itineraries").click()
    page.locator("#itinerary-list").get_by_role("link", name="Kazakhstan").click()
    expect(page.locator("#itinerary-table")).to_contain_text("Talks")
    pdf = page.request.get(page.base + page.locator("#itinerary-pdf").get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    page.goto(f"{page.base}/events/{event.pk}/board/")
    page.get_by_label("Moment").fill("2030-12-01T08:00")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#where-table")).to_contain_text("Kazakhstan")


def test_the_planning_pages_in_chinese(signed_in, places, settings):
    from hostcity.events.models import MeetingRequest

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    event = Event.objects.create(
        name_en="Visit",
        name_zh="访问",
        kind="state_visit",
        start_date=date(2030, 12, 1),
        end_date=date(2030, 12, 1),
    )
    president = HostPrincipal.objects.create(
        event=event, code="president", name_en="President", name_zh="主席", languages=["zh"]
    )
    request = MeetingRequest.objects.create(
        event=event, code="talks", title_en="Talks", title_zh="会谈", priority="must"
    )
    request.host_principals.add(president)
    request.delegations.add(make_delegation(event, country="KAZ", languages=["zh"]))
    page = signed_in("protocol_officer")
    page.goto(f"{page.base}/events/{event.pk}/")
    page.get_by_role("button", name="简体中文").click()
    expect(page.get_by_role("button", name="为本活动排程")).to_be_visible()
    page.get_by_label("时限（秒）").fill("5")
    page.get_by_role("button", name="为本活动排程").click()
    expect(page.locator("#run-status")).to_have_text("完成")
    expect(page.get_by_role("button", name="采纳此计划")).to_be_visible()
    expect(page.locator("#unscheduled-list")).to_contain_text("所有申请均已安排")
