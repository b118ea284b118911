"""The matchmaking pages: a company's public registration and private pages (its link opens its own
company and no other), the organizers' setup, run, no-show and import pages."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from hostcity.matchmaking import registration, setup
from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest
from hostcity.shared.spreadsheets import csv_bytes
from tests.factories import make_user
from tests.matchmaking.conftest import make_company

FORM = {
    "name_en": "Acme Robotics",
    "name_zh": "阿克米机器人",
    "country": "DEU",
    "sector": "manufacturing",
    "offers": "Welding robots",
    "needs": "Distributors",
    "languages": "en, de",
    "contact_name": "Anna Schmidt",
    "email": "anna@acme.example",
}


@pytest.fixture
def organizer_client(client, db):
    client.force_login(make_user("platform_organizer"))
    return client


def test_register_then_use_the_private_link(client, matchmaking):
    page = client.get("/match/ciftis-2030/")
    assert page.status_code == 200 and "Services Fair 2030" in page.text and "服贸会" in page.text
    morning = matchmaking.sessions.first()
    done = client.post("/match/ciftis-2030/", {**FORM, "sessions": [morning.pk]})
    company = Company.objects.get()
    assert done.status_code == 302 and done.url == f"/match/c/{company.token}/"
    assert list(company.sessions.all()) == [morning]
    again = client.post(
        "/match/ciftis-2030/", {**FORM, "name_en": "acme robotics", "email": "ANNA@acme.example"}
    )
    assert again.status_code == 200 and Company.objects.count() == 1
    assert "A company with this email is already registered" in again.text
    assert "A company of this name is already registered" in again.text
    bad = client.post(
        "/match/ciftis-2030/", {**FORM, "name_en": "X", "email": "x@x.example", "country": "ZZZ"}
    )
    assert "Unknown country code “ZZZ”" in bad.text and Company.objects.count() == 1
    other = make_company(matchmaking, "Beta Bank", sector="finance", offers="trade finance")
    home = client.get(f"/match/c/{company.token}/")
    assert home.status_code == 200 and "Beta Bank" in home.text and "Your agenda appears here" in home.text
    assert "Acme Robotics" not in home.text.split('id="companies"')[1]  # not offered to itself
    assert client.get("/match/c/not-a-token/").status_code == 404
    found = client.get(f"/match/c/{company.token}/?sector=finance&q=trade")
    assert found.context["page"].paginator.count == 1
    none = client.get(f"/match/c/{company.token}/?sector=health")
    assert none.context["page"].paginator.count == 0
    made = client.post(
        f"/match/c/{company.token}/request/",
        {"target": other.pk, "priority": "high", "back": "sector=finance"},
    )
    assert made.status_code == 302 and made.url == f"/match/c/{company.token}/?sector=finance#directory"
    assert MeetingRequest.objects.get().priority == "high"
    twice = client.post(
        f"/match/c/{company.token}/request/", {"target": other.pk, "priority": "high"}, follow=True
    )
    assert "You have already requested Beta Bank." in twice.text
    unknown = client.post(
        f"/match/c/{company.token}/request/", {"target": 424242, "priority": "low"}, follow=True
    )
    assert "No company 424242 in this matchmaking." in unknown.text
    # another company's request cannot be withdrawn through this link
    theirs = registration.request_meeting(other, company.pk)
    client.post(f"/match/c/{company.token}/requests/{theirs.pk}/withdraw/")
    assert MeetingRequest.objects.filter(pk=theirs.pk).exists()
    profile = client.post(f"/match/c/{company.token}/profile/", {**FORM, "offers": "Painting robots"})
    assert profile.status_code == 302 and Company.objects.get(pk=company.pk).offers == "Painting robots"
    assert list(Company.objects.get(pk=company.pk).sessions.all()) == []


def test_registration_closed(client, matchmaking):
    matchmaking.registration_open = False
    matchmaking.save()
    page = client.post("/match/ciftis-2030/", FORM)
    assert 'id="registration-closed"' in page.text and not Company.objects.exists()
    assert client.get("/match/nowhere/").status_code == 404


def test_setup_from_an_edition(organizer_client, edition):
    page = organizer_client.get(f"/matchmaking/edition/{edition.pk}/")
    assert page.status_code == 200 and 'value="ciftis-2030"' in page.text
    data = {"code": "ciftis-2030", "tables": 20, "slot_minutes": 20, "quota": 8, "registration_open": "on"}
    bad = organizer_client.post(
        f"/matchmaking/edition/{edition.pk}/", {**data, "sessions": "2030-09-02 9:00-8:00"}
    )
    assert "Line 1: the session ends before it starts." in bad.text and not Matchmaking.objects.exists()
    made = organizer_client.post(
        f"/matchmaking/edition/{edition.pk}/", {**data, "sessions": "2030-09-02 09:00-12:00"}
    )
    matchmaking = Matchmaking.objects.get()
    assert made.url == f"/matchmaking/{matchmaking.pk}/" and matchmaking.sessions.count() == 1
    assert (
        organizer_client.get(f"/matchmaking/edition/{edition.pk}/").url == f"/matchmaking/{matchmaking.pk}/"
    )
    viewer = make_user("viewer")
    organizer_client.force_login(viewer)
    Matchmaking.objects.all().delete()
    assert 'id="no-matchmaking"' in organizer_client.get(f"/matchmaking/edition/{edition.pk}/").text


def test_run_publish_and_no_show_from_the_pages(
    organizer_client, matchmaking, client, django_capture_on_commit_callbacks
):
    a, b, c = (make_company(matchmaking, n) for n in ("Alpha", "Beta", "Gamma"))
    registration.request_meeting(a, b.pk)
    registration.request_meeting(c, b.pk, "high")
    refused = organizer_client.post(f"/matchmaking/{matchmaking.pk}/run/", {"time_limit": 10}, follow=True)
    assert "Close the meeting requests" in refused.text
    organizer_client.post(f"/matchmaking/{matchmaking.pk}/status/", {"action": "close"})
    with django_capture_on_commit_callbacks(execute=True):
        started = organizer_client.post(f"/matchmaking/{matchmaking.pk}/run/", {"time_limit": 10})
    run_page = organizer_client.get(started.url)
    assert 'id="met"' in run_page.text and "2 (100.0 %)" in run_page.text
    run = run_page.context["run"]
    organizer_client.post(f"/matchmaking/runs/{run.pk}/publish/")
    assert Matchmaking.objects.get().published_run_id == run.pk
    home = client.get(f"/match/c/{b.token}/")
    assert home.text.count("<tr><td>2030-09-02") == 2
    assert client.get(f"/match/c/{b.token}/agenda.pdf").content.startswith(b"%PDF")
    assert b"Meeting with Alpha" in client.get(f"/match/c/{b.token}/agenda.ics").content
    assert client.get(f"/match/c/{b.token}/agenda.doc").status_code == 404
    assert organizer_client.get(f"/matchmaking/runs/{run.pk}/tables.pdf").content.startswith(b"%PDF")
    assert organizer_client.get(f"/matchmaking/runs/{run.pk}/agendas.pdf").content.startswith(b"%PDF")
    listing = organizer_client.get(f"/matchmaking/{matchmaking.pk}/companies/?q=gam")
    assert listing.context["page"].paginator.count == 1
    organizer_client.post(f"/matchmaking/companies/{c.pk}/status/", {"status": "no_show", "back": "q=gam"})
    assert Company.objects.get(pk=c.pk).status == "no_show"
    detail = organizer_client.get(f"/matchmaking/{matchmaking.pk}/")
    trail = [(e.action, e.record, e.changes) for e in detail.context["trail"]]
    assert ("status", "company", {"status": ["active", "no_show"]}) in trail
    assert ("publish", "matchmaking", {"published_run": [None, run.pk]}) in trail
    with django_capture_on_commit_callbacks(execute=True):
        again = organizer_client.post(
            f"/matchmaking/{matchmaking.pk}/replan/", {"replan_from": "2030-09-02T09:00", "time_limit": 10}
        )
    second = organizer_client.get(again.url).context["run"]
    assert second.previous_id == run.pk and second.status == "done" and second.met == 1


def test_import_names_bad_rows_and_saves_nothing(organizer_client, matchmaking):
    make_company(matchmaking, "Known", email="known@example.com")
    url = f"/matchmaking/{matchmaking.pk}/import/"
    header = ["name_en", "country", "sector", "email", "languages"]
    rows = [
        ["New One", "FRA", "finance", "new@example.com", "fr, en"],
        ["New Two", "XXX", "finance", "two@example.com", ""],
        ["New Three", "FRA", "banking", "new@example.com", "zz"],
    ]
    upload = SimpleUploadedFile("companies.csv", csv_bytes(header, rows))
    checked = organizer_client.post(url, {"kind": "companies", "file": upload, "action": "check"})
    errors = [str(e) for e in checked.context["report"].errors]
    assert "Row 3, country: Unknown country code “XXX” (ISO 3166 alpha-3)." in errors
    assert "Row 4, email: Also in row 2." in errors
    assert (
        any(e.startswith("Row 4, languages") for e in errors)
        and any(e.startswith("Row 4, sector") for e in errors) is False
    )
    assert Company.objects.count() == 1
    good = SimpleUploadedFile(
        "companies.csv", csv_bytes(header, [rows[0], ["Known", "DEU", "digital", "KNOWN@example.com", ""]])
    )
    report = organizer_client.post(url, {"kind": "companies", "file": good, "action": "check"}).context[
        "report"
    ]
    assert report.ok and (report.created, report.updated) == (1, 1)
    applied = organizer_client.post(url, {"action": "apply"}).context["report"]
    assert applied.applied and Company.objects.count() == 2
    requests = [
        ["new@example.com", "known@example.com", "high"],
        ["new@example.com", "nobody@example.com", "normal"],
        ["known@example.com", "known@example.com", ""],
        ["new@example.com", "known@example.com", "low"],
        ["known@example.com", "new@example.com", "urgent"],
    ]
    upload = SimpleUploadedFile("r.csv", csv_bytes(["requester_email", "target_email", "priority"], requests))
    report = organizer_client.post(url, {"kind": "requests", "file": upload, "action": "check"}).context[
        "report"
    ]
    assert [str(e) for e in report.errors] == [
        "Row 3, target_email: No company registered with “nobody@example.com”.",
        "Row 4, target_email: A company cannot request a meeting with itself.",
        "Row 5, target_email: Also in row 2.",
        "Row 6, priority: Unknown priority “urgent” (high, normal, low).",
    ]
    assert not MeetingRequest.objects.exists()
    setup.set_status(matchmaking, Matchmaking.Status.OPEN)
    upload = SimpleUploadedFile("r.csv", csv_bytes(["requester_email", "target_email"], [requests[0][:2]]))
    organizer_client.post(url, {"kind": "requests", "file": upload, "action": "check"})
    assert organizer_client.post(url, {"action": "apply"}).context["report"].applied
    assert MeetingRequest.objects.count() == 1


def test_companies_and_meetings_exported(organizer_client, matchmaking):
    from io import BytesIO

    from openpyxl import load_workbook

    from hostcity.matchmaking.models import AgendaMeeting, MatchRun
    from tests.factories import at

    a, b = make_company(matchmaking, "Alpha", languages=["en", "fr"]), make_company(matchmaking, "Beta")
    registration.request_meeting(a, b.pk, "high")
    text = organizer_client.get(f"/matchmaking/{matchmaking.pk}/companies/export.csv").content.decode()
    assert text.splitlines()[1].endswith("alpha@example.com,active,1,0") and '"en, fr"' in text
    run = MatchRun.objects.create(
        matchmaking=matchmaking, problem={}, status="done", plan={"assignments": []}
    )
    AgendaMeeting.objects.create(run=run, first=a, second=b, start=at(2, 9), end=at(2, 10), table=7)
    sheet = load_workbook(
        BytesIO(organizer_client.get(f"/matchmaking/runs/{run.pk}/meetings.xlsx").content)
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("start", "end", "table", "first_en") and rows[1][2:4] == (7, "Alpha")
