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


def test_cities_networks_and_their_imports(signed_in, transactional_db, tmp_path):
    from hostcity.platforms.models import CityExchange, PartnerNetwork, SisterCity

    tokyo = SisterCity.objects.create(city_en="Tokyo", city_zh="东京", country="JPN", since=date(1979, 3, 14))
    CityExchange.objects.create(
        city=tokyo, date=date(2024, 5, 1), title_en="Youth exchange", title_zh="青少年交流"
    )
    PartnerNetwork.objects.create(name_en="EU Chamber of Commerce", name_zh="中国欧盟商会", kind="chamber")
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/platforms/cities/")
    page.get_by_role("link", name="Tokyo").click()
    expect(page.locator("#exchange-list")).to_contain_text("青少年交流")
    page.goto(f"{page.base}/platforms/networks/")
    expect(page.locator("#network-table")).to_contain_text("中国欧盟商会")
    listing = tmp_path / "cities.csv"
    listing.write_text("city_en,city_zh,country,kind,since\nParis,巴黎,FRA,sister,1997-10-23\n")
    page.goto(f"{page.base}/platforms/cities/")
    page.get_by_role("link", name="Import sister cities").click()
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("1 created")
    assert SisterCity.objects.filter(city_en="Paris").exists()


def test_qualifications_searched_and_imported(signed_in, transactional_db, tmp_path):
    from hostcity.registry.models import Qualification

    Qualification.objects.create(
        profession_en="Architect",
        profession_zh="建筑师",
        country="GBR",
        body_en="ARB",
        equivalent_en="Registered architect",
        equivalent_zh="注册建筑师",
        recognized_on=date(2023, 1, 1),
    )
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/registry/qualifications/")
    page.get_by_label("Search (English or Chinese)").fill("建筑")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#qualification-table")).to_contain_text("注册建筑师")
    listing = tmp_path / "q.csv"
    listing.write_text(
        "profession_en,profession_zh,country,body_en,equivalent_en,equivalent_zh,recognized_on\n"
        "Nurse,护士,AUS,Council,Nurse licence,护士执业证,2023-05-01\n"
    )
    page.get_by_role("link", name="Import qualifications").click()
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("1 created")


def test_an_organization_moves_on_and_its_timeline_grows(signed_in, transactional_db):
    from hostcity.registry.models import InternationalOrganization

    org = InternationalOrganization.objects.create(
        name_en="International Bamboo and Rattan Organisation",
        name_zh="国际竹藤组织",
        kind="intergovernmental",
        status="in_talks",
    )
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/registry/organizations/")
    page.get_by_label("Search (English or Chinese)").fill("竹藤")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="International Bamboo and Rattan Organisation").click()
    page.get_by_label("Move to").select_option("registered")
    page.get_by_label("Note").fill("licence issued")
    page.get_by_role("button", name="Change the status").click()
    expect(page.locator("#org-status")).to_contain_text("Registered")
    expect(page.locator("#timeline")).to_contain_text("In talks → Registered: licence issued")
    org.refresh_from_db()
    assert org.status == "registered"


def test_overdue_follow_ups_are_found_and_closed(signed_in, transactional_db):
    from datetime import timedelta

    from django.utils import timezone

    from hostcity.registry.models import FollowUp, ForeignCompany, Project

    company = ForeignCompany.objects.create(
        name_en="Siemens", name_zh="西门子", country="DEU", fortune_global_500=True
    )
    project = Project.objects.create(
        company=company, title_en="Smart factory", sector="manufacturing", stage="signed"
    )
    FollowUp.objects.create(project=project, task="Land permit", due=timezone.localdate() - timedelta(days=2))
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/registry/projects/")
    page.get_by_label("With overdue tasks").check()
    page.get_by_role("button", name="Search").click()
    expect(page.locator("#project-table")).to_contain_text("Smart factory")
    page.locator("#overdue-list").get_by_role("button", name="done").click()
    expect(page.locator("#overdue-list")).to_contain_text("Nothing overdue")


def test_organizations_imported(signed_in, transactional_db, tmp_path):
    from hostcity.registry.models import InternationalOrganization

    listing = tmp_path / "orgs.csv"
    rows = [
        "name_en,name_zh,kind,hq_country,status",
        "SCO Secretariat,上海合作组织秘书处,intergovernmental,CHN,operating",
    ]
    listing.write_text("\n".join(rows) + "\n")
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/registry/organizations/")
    page.get_by_role("link", name="Import organizations").click()
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("1 created")
    assert InternationalOrganization.objects.get().name_zh == "上海合作组织秘书处"


def test_projects_imported_with_their_companies(signed_in, transactional_db, tmp_path):
    from hostcity.registry.models import Project

    listing = tmp_path / "projects.csv"
    listing.write_text(
        "company_en,country,fortune_global_500,title_en,sector,stage,park\n"
        "Bosch,DEU,yes,Sensor plant,automotive,signed,China-Germany Industrial Park\n"
        "Bosch,DEU,no,Second plant,automotive,lead,\n"
    )
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/registry/projects/")
    page.get_by_role("link", name="Import projects").click()
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    expect(page.locator("#import-errors")).to_contain_text(
        "Row 3, company_en: Bosch is given differently in row 2."
    )
    listing.write_text(listing.read_text().replace("Bosch,DEU,no", "Bosch,DEU,yes"))
    page.get_by_label("Excel or CSV file").set_input_files(str(listing))
    page.get_by_role("button", name="Check the file").click()
    page.get_by_role("button", name="Apply the import").click()
    expect(page.locator("#import-report")).to_contain_text("2 created")
    assert Project.objects.count() == 2
    page.get_by_role("link", name="Foreign-funded projects").first.click()
    page.get_by_label("Search (English or Chinese)").fill("sensor bosch")
    page.get_by_label("Search (English or Chinese)").press("Enter")
    expect(page.locator("#project-table")).to_contain_text("Sensor plant")
    expect(page.locator("#project-table")).not_to_contain_text("Second plant")


def test_the_indicators_dashboard_draws_every_indicator_against_its_targets(signed_in, transactional_db):
    from hostcity.indicators import values
    from hostcity.indicators.models import Indicator
    from hostcity.indicators.seed import seed

    seed()
    fg500 = Indicator.objects.get(code="fortune_global500_hq_beijing")
    page = signed_in("registry_officer")
    page.goto(f"{page.base}/indicators/{fg500.code}/")
    page.get_by_label("year").last.fill("2025")
    page.get_by_role("textbox", name="target", exact=True).fill("55")
    page.get_by_role("button", name="Save the target").click()
    expect(page.locator("#indicator-values")).to_contain_text("55")
    page.goto(f"{page.base}/indicators/")
    from hostcity.indicators.dashboard import build

    series = [s for f in build() for s in f.series]
    drawable = sum(1 for s in series if s.drawable)  # two years or more: a single dot is no chart
    assert 0 < drawable < len(series) == Indicator.objects.count()
    expect(page.locator(".indicator-chart[data-drawn='1']")).to_have_count(drawable)
    figures = sum(1 for s in series if not s.drawable and s.latest)
    expect(page.locator(".indicator-figure")).to_have_count(figures)
    expect(page.locator(".empty-state")).to_have_count(len(series) - drawable - figures)
    expect(page.locator("#field-summary")).to_contain_text("0 of 1 with a target on track")
    values.set_target(fg500, year=2025, value="40")
    page.reload()
    expect(page.locator("#field-summary")).to_contain_text("1 of 1 with a target on track")
