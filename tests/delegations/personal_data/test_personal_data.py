"""A person's data on request: exported whole (encrypted fields read), or erased — the record kept as
a placeholder, every personal field emptied, photo deleted, badges revoked, names scrubbed from the
trail; administrators only."""

import json
import os

import pytest

from hostcity.delegations.models import Badge, Delegate
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, record
from tests.factories import make_delegate, make_delegation, make_user, png_upload, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    delegate = make_delegate(
        make_delegation(), family_name="Dupont", given_names="Marie", passport_number="X1234567",
        birth_date="1970-05-01", medical_notes="asthma", photo=png_upload(),
    )  # fmt: skip
    record(Actor(), "update", delegate, {"family_name": ["Dupond", "Dupont"]})
    return delegate


def test_export_holds_everything_about_the_person(client, person):
    client.force_login(make_user("protocol_officer"))
    assert client.get(f"/delegations/members/{person.pk}/personal-data.json").status_code == 403
    sign_in(client, make_user("administrator"))
    response = client.get(f"/delegations/members/{person.pk}/personal-data.json")
    data = json.loads(response.content)
    assert data["person"]["passport_number"] == "X1234567" and data["person"]["birth_date"] == "1970-05-01"
    assert data["person"]["medical_notes"] == "asthma" and data["audit_trail"][0]["changes"]["family_name"]


def test_erasure_keeps_a_placeholder_and_nothing_personal(client, person):
    photo = person.photo.path
    Badge.objects.create(delegate=person, number=7, valid_from="2030-01-01", valid_to="2030-01-02")
    sign_in(client, make_user("administrator", username="admin.dpo"))
    response = client.post(f"/delegations/members/{person.pk}/erase/")
    assert response.status_code == 302
    erased = Delegate.objects.get(pk=person.pk)
    assert erased.family_name == f"Erased person {person.pk}" and erased.given_names == ""
    assert erased.passport_number == "" and erased.birth_date == "" and erased.medical_notes == ""
    assert not erased.photo and not os.path.exists(photo)
    assert Badge.objects.get(delegate=erased).revoked_reason == "personal data erased"
    trail = AuditEntry.objects.filter(record="delegate", record_id=person.pk).order_by("id")
    assert trail[0].changes == {"family_name": ["(erased)", "(erased)"]}
    assert trail.last().action == "erase" and trail.last().actor == "admin.dpo"
    assert "Dupont" not in json.dumps(list(trail.values_list("changes", flat=True)))
