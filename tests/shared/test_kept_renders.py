"""Kept renders are the same page for everyone until what they show changes: then they are rendered
again at once; and a person's permissions, kept too, follow a change of their roles at once."""

import pytest
from django.contrib.auth.models import Group

from tests.factories import make_room, make_user, make_venue

pytestmark = pytest.mark.django_db


def test_the_atlas_and_dashboard_follow_a_change_of_venue(manager_client):
    venue = make_venue(name_en="Diaoyutai", name_zh="钓鱼台")
    make_room(venue)
    assert "Diaoyutai" in manager_client.get("/venues/").text
    assert ">1</div>" in manager_client.get("/").text.replace(" ", "")  # one venue
    venue.name_en = "Diaoyutai State Guesthouse"
    venue.save()
    make_venue(name_en="Great Hall", name_zh="大会堂")
    assert "Diaoyutai State Guesthouse" in manager_client.get("/venues/").text
    assert ">2</div>" in manager_client.get("/").text.replace(" ", "")


def test_the_public_directory_follows_a_change_of_entry(client):
    from hostcity.directory.models import Entry

    assert "Clinic of the test" not in client.get("/visit/?q=clinic").text
    Entry.objects.create(
        kind="hospital", slug="test-clinic", name_en="Clinic of the test", name_zh="测试诊所",
        search="clinic of the test 测试诊所",
    )  # fmt: skip
    assert "Clinic of the test" in client.get("/visit/?q=clinic").text


def test_permissions_follow_a_change_of_roles_at_once(client):
    person = make_user("viewer")
    client.force_login(person)
    assert client.get("/venues/new/").status_code == 403
    person.groups.add(Group.objects.get(name="venue_manager"))
    assert client.get("/venues/new/").status_code == 200
    person.groups.remove(Group.objects.get(name="venue_manager"))
    assert client.get("/venues/new/").status_code == 403
