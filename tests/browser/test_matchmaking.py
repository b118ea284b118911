"""An edition's matchmaking in a real browser, from registration to printed agendas: the organizer
sets it up, a company registers through the public form and requests a meeting, the organizer closes
requests, plans and publishes, and the company reads its agenda and prints it."""

from datetime import date

import pytest
from playwright.sync_api import expect

from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest
from hostcity.platforms.models import Edition, Platform

pytestmark = pytest.mark.browser


def test_from_registration_to_printed_agendas(signed_in, transactional_db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    fair = Platform.objects.create(
        code="ciftis", name_en="Services Fair", name_zh="服贸会", kind="trade_fair"
    )
    Edition.objects.create(platform=fair, year=2030, start_date=date(2030, 9, 2), end_date=date(2030, 9, 6))
    page = signed_in("platform_organizer")
    page.goto(f"{page.base}/platforms/ciftis/")
    page.locator("[data-matchmaking='2030']").click()
    page.get_by_label("tables").fill("4")
    page.get_by_label("minutes per meeting").select_option("30")
    page.get_by_label("Sessions").fill("2030-09-02 09:00-10:30\n2030-09-02 11:00-12:00")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#request-state")).to_contain_text("Open for requests")
    matchmaking = Matchmaking.objects.get()
    beta = Company.objects.create(
        matchmaking=matchmaking, name_en="Beta Bank", name_zh="贝塔银行", country="FRA", sector="finance",
        offers="Trade finance", needs="Fintech partners", languages=["fr", "en"], email="b@beta.example",
    )  # fmt: skip
    public = page.locator("#public-link").get_attribute("href")

    page.context.clear_cookies()  # a company, with no account
    page.goto(f"{page.base}{public}")
    page.get_by_label("company name (English)").fill("Acme Robotics")
    page.get_by_label("company name (Chinese)").fill("阿克米机器人")
    page.get_by_label("country (ISO 3166 alpha-3)").fill("DEU")
    page.get_by_label("sector").select_option("manufacturing")
    page.get_by_label("Languages").fill("en, de")
    page.get_by_label("what we offer").fill("Welding robots")
    page.get_by_label("what we are looking for").fill("Finance for exports")
    page.get_by_label("contact person").fill("Anna Schmidt")
    page.get_by_label("email").fill("anna@acme.example")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", name="Acme Robotics 阿克米机器人")).to_be_visible()
    home = page.url
    page.get_by_label("Search").fill("finance")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#companies")).to_contain_text("Beta Bank")
    page.get_by_label("priority").select_option("high")
    page.locator(f"[data-request='{beta.pk}']").click()
    expect(page.locator("#sent")).to_contain_text("Beta Bank · High")
    assert MeetingRequest.objects.get().priority == "high"

    signed_in("platform_organizer")
    page.goto(f"{page.base}/matchmaking/{matchmaking.pk}/")
    page.get_by_role("button", name="Close requests").click()
    page.get_by_label("time limit (seconds)").fill("10")
    page.get_by_role("button", name="Plan the meetings").click()
    expect(page.locator("#run-status")).to_have_text("Done", timeout=60_000)
    expect(page.locator("#met")).to_contain_text("1 (100.0 %)")
    page.get_by_role("button", name="Publish these agendas").click()
    expect(page.locator("#published")).to_be_visible()
    cards = page.request.get(page.base + page.locator("#print-tables").get_attribute("href"))
    assert cards.ok and cards.body().startswith(b"%PDF")

    page.context.clear_cookies()
    page.goto(home)
    expect(page.locator("#agenda")).to_contain_text("Beta Bank")
    printed = page.request.get(page.base + page.locator("#agenda-pdf").get_attribute("href"))
    assert printed.ok and printed.headers["content-type"] == "application/pdf"


def test_no_show_replanned_profile_edited_requests_imported(signed_in, transactional_db, settings, tmp_path):
    from hostcity.matchmaking import runs, setup
    from hostcity.matchmaking.models import MatchRun

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    fair = Platform.objects.create(code="zgc", name_en="ZGC Forum", name_zh="中关村论坛", kind="forum")
    edition = Edition.objects.create(
        platform=fair, year=2030, start_date=date(2030, 9, 2), end_date=date(2030, 9, 3)
    )
    matchmaking = setup.save_setup(
        Matchmaking(edition=edition, code="zgc-2030", tables=2, quota=5), "2030-09-02 09:00-11:00"
    )
    names = ["Alpha", "Beta", "Gamma", "Delta"]
    co = {
        n: Company.objects.create(
            matchmaking=matchmaking, name_en=n, country="DEU", sector="digital", offers="-", needs="-",
            languages=["en"], contact_name="-", email=f"{n.lower()}@example.com",
        )
        for n in names
    }  # fmt: skip
    page = signed_in("platform_organizer")
    listing = tmp_path / "requests.csv"
    listing.write_text(
        "requester_email,target_email,priority\nalpha@example.com,beta@example.com,high\n"
        "gamma@example.com,delta@example.com,normal\nalpha@example.com,gamma@example.com,low\n"
    )
    page.goto(f"{page.base}/matchmaking/{matchmaking.pk}/")
    page.get_by_role("link", name="Import").click()
    page.get_by_label("What the file holds").select_option("requests")
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("3 created")
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    run = runs.start_run(matchmaking, by=None, time_limit=10, enqueue=False)
    from hostcity.matchmaking.tasks import solve_run

    solve_run.call(run.pk)
    runs.publish(MatchRun.objects.get(pk=run.pk))
    page.goto(f"{page.base}/matchmaking/{matchmaking.pk}/companies/")
    page.locator(f"[data-no-show='{co['Delta'].pk}']").click()
    expect(page.locator("#company-list")).to_contain_text("Did not come")
    page.goto(f"{page.base}/matchmaking/{matchmaking.pk}/")
    page.get_by_label("re-plan from").fill("2030-09-02T09:00")
    page.get_by_label("time limit (seconds)").last.fill("10")
    page.get_by_role("button", name="Re-plan").click()
    expect(page.locator("#run-status")).to_have_text("Done", timeout=60_000)
    expect(page.locator("#met")).to_contain_text("2")

    page.context.clear_cookies()
    page.goto(f"{page.base}/match/c/{co['Alpha'].token}/profile/")
    page.get_by_label("what we offer").fill("Cloud platforms for hospitals")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Alpha")).to_be_visible()
    assert Company.objects.get(pk=co["Alpha"].pk).offers == "Cloud platforms for hospitals"
