"""Foreign-funded projects: found and filtered; overdue follow-ups listed, done, and their owners
reminded once a day."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from hostcity.accounts.models import Notice
from hostcity.registry.models import FollowUp, ForeignCompany, Project
from hostcity.registry.projects import remind_overdue
from tests.factories import make_user


@pytest.fixture
def pipeline(db):
    owner = make_user("registry_officer", username="liu.invest")
    siemens = ForeignCompany.objects.create(
        name_en="Siemens", name_zh="西门子", country="DEU", fortune_global_500=True
    )
    small = ForeignCompany.objects.create(name_en="Kärcher", country="DEU", hidden_champion=True)
    factory = Project.objects.create(
        company=siemens,
        title_en="Smart factory",
        title_zh="智能工厂",
        sector="manufacturing",
        stage="signed",
        park="China-Germany Industrial Park",
    )
    Project.objects.create(company=small, title_en="Cleaning tech centre", sector="machinery", stage="lead")
    today = timezone.localdate()
    late = FollowUp.objects.create(
        project=factory, task="Land permit", owner=owner, due=today - timedelta(days=3)
    )
    FollowUp.objects.create(
        project=factory, task="Opening ceremony", owner=owner, due=today + timedelta(days=10)
    )
    return owner, late


def test_search_stage_and_overdue(client, pipeline):
    client.force_login(make_user("viewer"))
    assert "Smart factory" in client.get("/registry/projects/?q=西门子").text
    assert client.get("/registry/projects/?q=GERMAN industrial").context["page"].paginator.count == 1
    assert client.get("/registry/projects/?q=kärcher").context["page"].paginator.count == 1
    renamed = ForeignCompany.objects.get(name_en="Kärcher")
    renamed.name_en = "Kaercher Group"
    renamed.save()  # the company's projects are found by its new name
    assert client.get("/registry/projects/?q=kaercher group").context["page"].paginator.count == 1
    leads = (
        client.get("/registry/projects/?stage=lead").text.split('id="project-table"')[1].split("</table>")[0]
    )
    assert "Cleaning tech centre" in leads and "Smart factory" not in leads
    late = client.get("/registry/projects/?overdue=1").text
    assert (
        "Smart factory" in late
        and "Cleaning tech centre" not in late.split('id="project-table"')[1].split("</table>")[0]
    )
    assert "Land permit" in late.split('id="overdue-list"')[1]


def test_reminders_once_a_day_and_done(client, pipeline):
    owner, late = pipeline
    assert remind_overdue() == 1 and remind_overdue() == 0
    (notice,) = Notice.objects.filter(user=owner)
    assert "Land permit" in notice.title and "Smart factory" in notice.body
    assert remind_overdue(today=timezone.localdate() + timedelta(days=1)) == 1  # the next day, again
    call_command("remind_overdue")
    client.force_login(owner)
    client.post(f"/registry/follow-ups/{late.pk}/done/")
    late.refresh_from_db()
    assert late.done_on == timezone.localdate()
    assert remind_overdue(today=date.today() + timedelta(days=2)) == 0


def test_projects_import_names_bad_rows_then_applies_with_a_trail(client, pipeline):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from hostcity.shared.audit.models import AuditEntry
    from hostcity.shared.spreadsheets import csv_bytes

    officer, _late = pipeline
    client.force_login(officer)
    header = ["company_en", "country", "fortune_global_500", "title_en", "sector", "amount", "stage", "park"]
    bad = [
        ["Siemens", "DEU", "yes", "Smart factory", "manufacturing", "12.5", "operating", "CG Park"],
        ["Bosch", "XXX", "no", "Sensors", "automotive", "", "", ""],
        ["Bosch", "DEU", "maybe", "Sensors", "automotive", "lots", "", ""],
        ["Siemens", "DEU", "no", "Hydrogen", "energy", "", "done", ""],
        ["Siemens", "DEU", "yes", "smart factory", "manufacturing", "", "", ""],
    ]  # fmt: skip
    url = "/registry/projects/import/"
    upload = SimpleUploadedFile("p.csv", csv_bytes(header, bad))
    report = client.post(url, {"file": upload, "action": "check"}).context["report"]
    assert [str(e) for e in report.errors] == [
        "Row 3, country: Unknown country code “XXX” (ISO 3166 alpha-3).",
        "Row 4, fortune_global_500: “maybe” is not yes or no.",
        "Row 4, amount: “lots” is not a number.",
        "Row 5, company_en: Siemens is given differently in row 2.",
        "Row 6, title_en: Also in row 2.",
    ]
    assert Project.objects.count() == 2 and ForeignCompany.objects.count() == 2
    good = [bad[0], ["Bosch", "DEU", "no", "Sensors", "automotive", "3,000", "negotiation", ""]]
    upload = SimpleUploadedFile("p.csv", csv_bytes(header, good))
    report = client.post(url, {"file": upload, "action": "check"}).context["report"]
    assert report.ok and (report.created, report.updated) == (1, 1)
    assert client.post(url, {"action": "apply"}).context["report"].applied
    factory = Project.objects.get(title_en="Smart factory")
    assert factory.stage == "operating" and str(factory.amount) == "12.50"
    bosch = ForeignCompany.objects.get(name_en="Bosch")
    assert bosch.projects.get().amount == 3000 and not bosch.fortune_global_500
    trail = {(e.record, e.action) for e in AuditEntry.objects.filter(actor="liu.invest")}
    assert trail == {
        ("foreigncompany", "import create"),
        ("project", "import create"),
        ("project", "import update"),
    }
    change = AuditEntry.objects.get(record="project", action="import update").changes
    assert change["stage"] == ["signed", "operating"] and change["amount"] == [None, "12.5"]


def test_a_follow_up_done_goes_on_the_trail(client, pipeline):
    from hostcity.shared.audit.models import AuditEntry

    officer, late = pipeline
    client.force_login(officer)
    client.post(f"/registry/follow-ups/{late.pk}/done/")
    entry = AuditEntry.objects.get(record="followup", record_id=late.pk)
    assert entry.action == "done" and entry.actor == "liu.invest"


def test_exports_round_trip_through_the_imports(client, pipeline):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from hostcity.registry.models import InternationalOrganization

    officer, _late = pipeline
    client.force_login(officer)
    InternationalOrganization.objects.create(name_en="Centre", name_zh="中心", kind="intergovernmental")
    exported = client.get("/registry/projects/export.csv?q=siemens")
    assert exported["Content-Type"].startswith("text/csv") and exported.content.decode().count("\n") == 2
    everything = client.get("/registry/projects/export.xlsx")
    upload = SimpleUploadedFile("projects.xlsx", everything.content)
    report = client.post("/registry/projects/import/", {"file": upload, "action": "check"}).context["report"]
    assert report.ok and (report.created, report.updated) == (0, 2)
    organizations = client.get("/registry/organizations/export.csv")
    upload = SimpleUploadedFile("organizations.csv", organizations.content)
    report = client.post("/registry/organizations/import/", {"file": upload, "action": "check"}).context[
        "report"
    ]
    assert report.ok and (report.created, report.updated) == (0, 1)
    assert client.get("/registry/projects/export.pdf").status_code == 404
