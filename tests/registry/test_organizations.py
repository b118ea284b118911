"""The international organizations registry: found by name in either language, filtered; a status
change and every interaction on the organization's timeline."""

import pytest

from hostcity.registry.models import Interaction, InternationalOrganization, SettlementStep
from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_user


@pytest.fixture
def registry(db):
    centre = InternationalOrganization.objects.create(
        name_en="ASEAN-China Centre",
        name_zh="中国—东盟中心",
        kind="intergovernmental",
        status="operating",
        field="trade",
    )
    InternationalOrganization.objects.create(
        name_en="Mechanization Centre", name_zh="农业机械化中心", kind="un_body", status="in_talks"
    )
    SettlementStep.objects.create(
        organization=centre,
        order=1,
        title_en="Registration",
        title_zh="登记",
        state="done",
        measures="office space",
    )
    return centre


def test_search_and_filters(client, registry):
    client.force_login(make_user("viewer"))
    assert "ASEAN-China Centre" in client.get("/registry/organizations/?q=东盟").text
    talks = client.get("/registry/organizations/?status=in_talks").text
    assert "Mechanization Centre" in talks and "ASEAN-China Centre" not in talks
    un = client.get("/registry/organizations/?kind=un_body").text
    assert "农业机械化中心" in un
    detail = client.get(f"/registry/organizations/{registry.pk}/").text
    assert "office space" in detail and "Change the status" not in detail  # a viewer reads only
    assert (
        client.post(
            f"/registry/organizations/{registry.pk}/", {"action": "status", "status": "prospect"}
        ).status_code
        == 403
    )


def test_status_changes_and_interactions_make_the_timeline(client, registry):
    officer = make_user("registry_officer", username="chen.registry")
    client.force_login(officer)
    talks = InternationalOrganization.objects.get(name_en="Mechanization Centre")
    client.post(
        f"/registry/organizations/{talks.pk}/",
        {"action": "status", "status": "registered", "note": "licence issued"},
    )
    talks.refresh_from_db()
    assert talks.status == "registered" and talks.registered_on is not None
    same = client.post(
        f"/registry/organizations/{talks.pk}/", {"action": "status", "status": "registered"}, follow=True
    )
    assert "already" in same.text
    client.post(
        f"/registry/organizations/{talks.pk}/",
        {"date": "2030-01-15", "kind": "visit", "summary": "Visited the office"},
    )
    bad = client.post(
        f"/registry/organizations/{talks.pk}/", {"date": "soon", "kind": "visit", "summary": ""}
    )
    assert 'id="id_date_error"' in bad.text
    timeline = list(Interaction.objects.filter(organization=talks).values_list("kind", "summary"))
    assert ("status", "In talks → Registered: licence issued") in timeline and (
        "visit",
        "Visited the office",
    ) in timeline
    assert Interaction.objects.filter(organization=talks, by=officer).count() == 2
    trail = list(
        AuditEntry.objects.filter(record="internationalorganization", record_id=talks.pk).order_by("id")
    )
    assert [(e.actor, e.action) for e in trail] == [
        ("chen.registry", "status"),
        ("chen.registry", "interaction"),
    ]
    assert trail[0].changes == {"status": ["in_talks", "registered"]}
    page = client.get(f"/registry/organizations/{talks.pk}/")
    assert 'id="trail-table"' in page.text and "in_talks → registered" in page.text


def test_organizations_import_checks_then_applies(client, registry):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(make_user("registry_officer"))
    header = "name_en,name_zh,kind,hq_country,status\n"
    rows = [
        "International Bamboo and Rattan Organisation,国际竹藤组织,intergovernmental,CHN,operating",
        "Ghost Org,幽灵组织,spaceship,CHN,",
        "Nowhere Org,无处组织,ngo,XYZ,",
        "International Bamboo and Rattan Organisation,国际竹藤组织,intergovernmental,CHN,operating",
    ]
    bad = client.post(
        "/registry/organizations/import/",
        {"file": SimpleUploadedFile("o.csv", (header + "\n".join(rows) + "\n").encode())},
    )
    text = bad.text
    assert (
        "Row 3, kind:" in text
        and "Row 4, hq_country: Unknown country code" in text
        and "Row 5, name_en:" in text
    )
    assert not InternationalOrganization.objects.filter(name_en__startswith="International Bamboo").exists()
    good = header + rows[0] + "\nasean-china centre,中国—东盟中心,intergovernmental,CHN,operating\n"
    checked = client.post(
        "/registry/organizations/import/", {"file": SimpleUploadedFile("o.csv", good.encode())}
    )
    assert "Applying will create 1 and update 1" in checked.text
    client.post("/registry/organizations/import/", {"action": "apply"})
    assert (
        InternationalOrganization.objects.get(name_en__startswith="International Bamboo").status
        == "operating"
    )
    assert InternationalOrganization.objects.count() == 3  # the ASEAN-China Centre updated, not doubled
