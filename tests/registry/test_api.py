"""The registries' API: reading and writing with permissions; bad countries named; a status change
through the API follows the page's rule and lands on the timeline and the trail."""

import pytest
from rest_framework.test import APIClient

from hostcity.registry.models import Interaction, InternationalOrganization
from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_user


@pytest.fixture
def api(db):
    client = APIClient()
    client.force_authenticate(make_user("registry_officer", username="wang.api"))
    return client


def test_organizations_through_the_api(api):
    made = api.post(
        "/api/organizations/",
        {"name_en": "Centre", "name_zh": "中心", "kind": "intergovernmental", "hq_country": "fra"},
        format="json",
    )
    assert made.status_code == 201 and made.json()["hq_country"] == "FRA"
    bad = api.post(
        "/api/organizations/",
        {"name_en": "X", "name_zh": "X", "kind": "intergovernmental", "hq_country": "QQQ"},
    )
    assert bad.status_code == 400 and "Unknown country code “QQQ”" in bad.json()["hq_country"][0]
    pk = made.json()["id"]
    moved = api.patch(f"/api/organizations/{pk}/", {"status": "in_talks"}, format="json")
    assert moved.status_code == 200 and moved.json()["status"] == "in_talks"
    assert Interaction.objects.get(organization_id=pk).kind == "status"
    assert AuditEntry.objects.get(record="internationalorganization", record_id=pk).actor == "wang.api"
    wrong = api.patch(f"/api/organizations/{pk}/", {"status": "dissolved"}, format="json")
    assert wrong.status_code == 400 and InternationalOrganization.objects.get(pk=pk).status == "in_talks"
    found = api.get("/api/organizations/?search=Centre")
    assert [o["name_zh"] for o in found.json()["results"]] == ["中心"]


def test_projects_and_follow_ups_through_the_api(api):
    company = api.post(
        "/api/foreign-companies/", {"name_en": "Bosch", "country": "DEU"}, format="json"
    ).json()
    project = api.post(
        "/api/projects/",
        {"company": company["id"], "title_en": "Sensors", "sector": "automotive", "amount": "3000.00"},
        format="json",
    )
    assert project.status_code == 201 and project.json()["stage"] == "lead"
    task = api.post(
        "/api/follow-ups/",
        {"project": project.json()["id"], "task": "Visit", "due": "2031-01-01"},
        format="json",
    )
    assert task.status_code == 201
    viewer = APIClient()
    viewer.force_authenticate(make_user("viewer"))
    assert viewer.get("/api/projects/").json()["count"] == 1
    assert viewer.post("/api/projects/", {}, format="json").status_code == 403
