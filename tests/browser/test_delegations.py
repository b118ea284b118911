"""Delegations in a real browser: a focal point registers through the link, staff approve and print
badges, a gate phone scans them online and offline, precedence orders the list."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from hostcity.delegations.accreditation.badges import issue_badges
from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Badge, Delegation, Scan, Zone, ZoneAccess
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, png_upload

pytestmark = pytest.mark.browser


def open_zone(event, code="P", categories=("head", "official")):
    today = timezone.localdate()
    zone = Zone.objects.create(event=event, code=code, name_en="Plenary hall", name_zh="全体会议厅")
    for category in categories:
        ZoneAccess.objects.create(
            zone=zone,
            category=category,
            valid_from=today - timedelta(days=1),
            valid_to=today + timedelta(days=1),
        )
    return zone


@pytest.fixture
def summit(transactional_db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    return event, make_delegation(event, country="KAZ", quota=3)


def test_a_focal_point_registers_and_staff_approve_and_print(page, signed_in, summit, tmp_path):
    event, delegation = summit
    photo = tmp_path / "tokayev.png"
    photo.write_bytes(png_upload().read())
    page.goto(f"{page.base}/focal/{delegation.focal_token}/")
    expect(page.get_by_role("heading", name="Kazakhstan 哈萨克斯坦")).to_be_visible()
    page.get_by_role("link", name="Add a member").click()
    page.get_by_label("Family name (as in the passport)").fill("Tokayev")
    page.get_by_label("Given names (as in the passport)").fill("Kassym-Jomart")
    page.get_by_label("Name in Chinese").fill("托卡耶夫")
    page.get_by_label("Category").select_option("head")
    page.get_by_label("Passport number").fill("N1234567")
    page.get_by_label("Date of birth").fill("1953-05-17")
    page.get_by_label("Photo").set_input_files(str(photo))
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#member-table")).to_contain_text("托卡耶夫")
    expect(page.locator("#member-table")).to_contain_text("••••••67")
    page.get_by_role("button", name="Submit the list").click()
    expect(page.locator("#registration-state")).to_contain_text("submitted")

    staff = signed_in("protocol_officer")
    staff.goto(f"{staff.base}/delegations/{delegation.pk}/")
    staff.get_by_role("button", name="Approve").click()
    expect(staff.locator("#registration-state")).to_contain_text("Approved")
    open_zone(event)
    staff.goto(f"{staff.base}/delegations/event/{event.pk}/badges/")
    staff.get_by_role("button", name="Issue badges to approved delegations").click()
    expect(staff.locator("#badge-table")).to_contain_text("托卡耶夫")
    pdf = staff.request.get(staff.base + staff.locator("#sheet-pdf").get_attribute("href"))
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    assert Badge.objects.get().delegate.delegation == delegation


def test_precedence_orders_the_list(signed_in, summit):
    event, _kaz = summit
    make_delegation(event, country="EGY", head_rank=Delegation.Rank.MINISTER)
    page = signed_in("protocol_officer")
    page.goto(f"{page.base}/delegations/event/{event.pk}/")
    rows = page.locator("#delegation-table tbody tr")
    expect(rows.first).to_contain_text("Kazakhstan")  # a head of state before a minister
    page.get_by_label("Order of precedence").select_option("alphabetical")
    page.get_by_role("button", name="Show in this order").click()
    expect(rows.first).to_contain_text("Egypt")
    page.get_by_label("Order of precedence").select_option("strokes")
    page.get_by_role("button", name="Use for this event").click()
    expect(page.locator(".alert-success")).to_contain_text("order of precedence is saved")
    expect(rows.first).to_contain_text("Kazakhstan")  # 哈 9 strokes before 埃 10


def test_a_gate_scans_online_then_offline_and_uploads(page, signed_in, summit):
    event, delegation = summit
    zone = open_zone(event)
    delegation.registration = "approved"
    delegation.save()
    make_delegate(delegation, category="head", family_name="Tokayev", name_zh="托卡耶夫")
    make_delegate(delegation, category="staff", family_name="Aide")
    today = timezone.localdate()
    ZoneAccess.objects.create(zone=zone, category="staff", valid_from=today, valid_to=today)
    issued = {b.delegate.category: b for b in issue_badges(event, by=Actor())}
    page = signed_in("checkin_staff")
    page.goto(f"{page.base}/delegations/scan/")
    expect(page.locator("#net-state")).to_have_text("online")
    page.get_by_label("Badge code").fill(token_for(issued["head"]))
    page.get_by_role("button", name="Check").click()
    expect(page.locator("#result")).to_contain_text("Allowed")
    expect(page.locator("#result")).to_contain_text("托卡耶夫")
    assert Scan.objects.filter(result="allowed", offline=False).count() == 1

    page.context.set_offline(True)
    try:
        expect(page.locator("#net-state")).to_have_text("offline")
        page.get_by_label("Badge code").fill(token_for(issued["staff"]))
        page.get_by_role("button", name="Check").click()
        expect(page.locator("#result")).to_contain_text("checked offline")
        expect(page.locator("#result")).to_contain_text("Allowed")
        forged = token_for(issued["staff"])[:-6] + "AAAAAA"
        page.get_by_label("Badge code").fill(forged)
        page.get_by_role("button", name="Check").click()
        expect(page.locator("#result")).to_contain_text("Denied: not a genuine badge")
        expect(page.locator("#result")).to_have_attribute("data-reason", "forged")
        expect(page.locator("#pending")).to_contain_text("2")
        assert Scan.objects.count() == 1
    finally:
        page.context.set_offline(False)
    expect(page.locator("#pending")).to_have_text("", timeout=20_000)
    assert Scan.objects.filter(offline=True).count() == 2
    assert set(Scan.objects.filter(offline=True).values_list("reason", flat=True)) == {"", "forged"}

    page.goto(f"{page.base}/delegations/event/{event.pk}/checkin/")
    expect(page.locator("#count-table")).to_contain_text("Plenary hall")
    expect(page.locator("#count-table tbody tr").first.locator("td").nth(1)).to_have_text("2")


def test_a_seating_plan_is_adjusted_by_dragging(signed_in, summit):
    from hostcity.delegations.models import SeatingPlan
    from hostcity.delegations.seating.layout import generate

    event, kaz = summit
    egy = make_delegation(event, country="EGY")
    make_delegate(kaz, category="head", family_name="Tokayev", name_zh="托卡耶夫")
    make_delegate(egy, category="head", family_name="Sisi", name_zh="塞西")
    plan = SeatingPlan.objects.create(event=event, title_en="State banquet", title_zh="国宴")
    generate(plan, by=Actor())
    before = {s.delegate.family_name: s.pk for s in plan.seats.filter(delegate__isnull=False)}
    page = signed_in("protocol_officer")
    page.goto(f"{page.base}/delegations/seating/{plan.pk}/")
    expect(page.locator("#seating-svg")).to_contain_text("托卡耶夫")
    tokayev = page.locator('g.seat[data-name="Given TOKAYEV"]')
    sisi = page.locator('g.seat[data-name="Given SISI"]')
    tokayev.locator("circle").drag_to(sisi.locator("circle"))  # a person is grabbed by their seat
    expect(page.locator('g.seat[data-name="Given TOKAYEV"]')).to_have_attribute(
        "data-seat", str(before["Sisi"])
    )
    after = {s.delegate.family_name: s.pk for s in plan.seats.filter(delegate__isnull=False)}
    assert after == {"Tokayev": before["Sisi"], "Sisi": before["Tokayev"]}


def test_invite_then_import_members(signed_in, summit, tmp_path):
    event, _kaz = summit
    page = signed_in("protocol_officer")
    page.goto(f"{page.base}/delegations/")
    page.get_by_role("link", name="Belt and Road Forum").click()
    page.get_by_role("link", name="Invite a delegation").click()
    page.get_by_label("Country").select_option("EGY")
    page.get_by_label("Rank of its head").select_option("1")
    page.get_by_label("Quota of members").fill("4")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Egypt 埃及")).to_be_visible()
    listing = tmp_path / "egypt.csv"
    rows = [
        "delegation,family_name,given_names,name_zh,category",
        "EGY,Sisi,Abdel Fattah,塞西,head",
        "EGY,Madbouly,Mostafa,马德布利,official",
    ]
    listing.write_text("\n".join(rows) + "\n")
    page.goto(f"{page.base}/delegations/event/{event.pk}/import/")
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    expect(page.locator("#import-report")).to_contain_text("no errors")
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("Imported 2 delegates")
    assert Delegation.objects.get(country="EGY").delegates.count() == 2


def test_a_loop_records_a_positive_and_shows_contacts(signed_in, summit):
    from hostcity.delegations.models import Loop, LoopMember

    event, kaz = summit
    today = timezone.localdate()
    loop = Loop.objects.create(
        event=event, name_en="Olympic loop", name_zh="奥运闭环", starts=today, ends=today + timedelta(days=3)
    )
    head = LoopMember.objects.create(
        loop=loop, delegate=make_delegate(kaz, category="head", family_name="Tokayev"), joined=today
    )
    driver = LoopMember.objects.create(loop=loop, name="Driver Li", role="driver", joined=today)
    page = signed_in("event_director")
    page.goto(f"{page.base}/delegations/loops/{loop.pk}/")
    expect(page.locator("#alert-list")).to_contain_text("No test: Driver Li")
    form = page.locator("#activity-form")
    form.get_by_label("Kind").select_option("vehicle")
    form.get_by_label("What").fill("car BJ-A1234")
    form.get_by_label("Start").fill(f"{today:%Y-%m-%d}T08:00")
    form.get_by_label("End").fill(f"{today:%Y-%m-%d}T08:30")
    form.get_by_label("Who").select_option([str(head.pk), str(driver.pk)])
    form.get_by_role("button", name="Record what they shared").click()
    expect(page.locator("#activity-list")).to_contain_text("car BJ-A1234")
    tests = page.locator("#test-form")
    tests.get_by_label("Person").select_option(str(head.pk))
    tests.get_by_label("Result").select_option("positive")
    tests.get_by_role("button", name="Record").click()
    expect(page.locator("#alert-list")).to_contain_text("Positive:")
    expect(page.locator("#alert-list")).to_contain_text("Driver Li — Vehicle “car BJ-A1234”")


def test_arrival_and_the_family_photo_follow_precedence(signed_in, summit):
    event, _kaz = summit
    make_delegation(event, country="EGY", head_rank=Delegation.Rank.MINISTER)
    page = signed_in("viewer")
    page.goto(f"{page.base}/delegations/event/{event.pk}/orders/")
    expect(page.locator("#arrival-list li").last).to_contain_text("Kazakhstan")  # the head of state last
    expect(page.locator("#speaking-list li").first).to_contain_text("Kazakhstan")
    page.get_by_label("Order of precedence").select_option("alphabetical")
    page.get_by_label("People per photo row").fill("2")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#speaking-list li").first).to_contain_text("Egypt")
    expect(page.locator("#photo-table tr")).to_have_count(2)  # host + Egypt in front, Kazakhstan behind
