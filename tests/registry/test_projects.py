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
