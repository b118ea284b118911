"""A focal point's list within the quota, the staff's review, the audit trail, secrets at rest."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from hostcity.delegations import registration
from hostcity.delegations.models import Delegate, Delegation
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from hostcity.shared.countries.models import CountryName
from hostcity.shared.countries.names import country_names
from tests.factories import make_delegation, make_user

HEAD = {"family_name": "Tokayev", "given_names": "Kassym-Jomart", "name_zh": "托卡耶夫", "category": "head"}


@pytest.fixture
def delegation(db):
    return make_delegation(quota=2)


def focal(delegation) -> Actor:
    return Actor(focal_point_of=delegation)


def test_members_within_the_quota(delegation):
    registration.add_delegate(delegation, data=HEAD, by=focal(delegation))
    registration.add_delegate(
        delegation, data={"family_name": "Smailov", "category": "official"}, by=focal(delegation)
    )
    with pytest.raises(ValidationError, match="quota of Kazakhstan is 2 members: 2 are registered"):
        registration.add_delegate(
            delegation, data={"family_name": "Third", "category": "staff"}, by=focal(delegation)
        )
    assert delegation.delegates.count() == 2


def test_one_head_and_a_known_category(delegation):
    registration.add_delegate(delegation, data=HEAD, by=focal(delegation))
    with pytest.raises(ValidationError, match="has a head already"):
        registration.add_delegate(delegation, data={**HEAD, "family_name": "Other"}, by=focal(delegation))
    with pytest.raises(ValidationError) as caught:
        registration.add_delegate(
            delegation, data={"family_name": "X", "category": "king"}, by=focal(delegation)
        )
    assert "category" in caught.value.message_dict
    assert delegation.delegates.count() == 1


def test_submit_approve_return_and_the_trail(delegation):
    officer = Actor(user=make_user("protocol_officer", username="li.officer"))
    with pytest.raises(ValidationError, match="at least one member"):
        registration.submit_registration(delegation, by=focal(delegation))
    member = registration.add_delegate(delegation, data=HEAD, by=focal(delegation))
    registration.submit_registration(delegation, by=focal(delegation))
    with pytest.raises(ValidationError, match="cannot be changed now"):
        registration.change_delegate(member, data={"position_en": "President"}, by=focal(delegation))
    with pytest.raises(ValidationError):
        registration.return_registration(delegation, comment=" ", by=officer)
    registration.return_registration(delegation, comment="Add the photo", by=officer)
    delegation.refresh_from_db()
    assert (delegation.registration, delegation.review_comment) == ("returned", "Add the photo")
    registration.change_delegate(member, data={"position_en": "President"}, by=focal(delegation))
    registration.submit_registration(delegation, by=focal(delegation))
    registration.approve_registration(delegation, by=officer)
    trail = list(AuditEntry.objects.filter(delegation=delegation).order_by("id"))
    assert [e.action for e in trail] == [
        "add",
        "registration submitted",
        "registration returned",
        "change",
        "registration submitted",
        "registration approved",
    ]
    assert trail[0].actor == "focal point of Kazakhstan"
    assert trail[3].changes == {"position_en": ["", "President"]}
    assert trail[-1].actor == "li.officer" and trail[-1].user is not None


def test_secrets_are_encrypted_at_rest_and_masked_in_the_trail(delegation):
    member = registration.add_delegate(
        delegation,
        data={**HEAD, "passport_number": "N12345678", "birth_date": "1953-05-17"},
        by=focal(delegation),
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT passport_number, birth_date FROM delegations_delegate WHERE id = %s", [member.pk]
        )
        stored = cursor.fetchone()
    assert "N12345678" not in stored[0] and "1953" not in stored[1]
    assert Delegate.objects.get(pk=member.pk).passport_number == "N12345678"
    assert member.passport_masked == "•••••••78"
    entry = AuditEntry.objects.get(action="add")
    assert entry.changes["passport_number"] == ["", "•••••••78"]
    assert "1953" not in str(entry.changes)


def test_country_names_from_cldr_with_the_deployments_override(db):
    assert country_names("KAZ") == ("Kazakhstan", "哈萨克斯坦")
    CountryName.objects.create(code="KAZ", name_zh="哈萨克斯坦共和国")
    assert country_names("KAZ") == ("Kazakhstan", "哈萨克斯坦共和国")
    with pytest.raises(LookupError):
        country_names("XXX")


def test_a_delegation_is_of_a_country_or_an_organization(db):
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        make_delegation(country="")


def test_status_changes_are_audited(delegation):
    registration.set_status(delegation, status="arrived", by=focal(delegation))
    assert Delegation.objects.get(pk=delegation.pk).status == "arrived"
    with pytest.raises(ValidationError):
        registration.set_status(delegation, status="lost", by=focal(delegation))
    assert AuditEntry.objects.get(action="status").changes == {"status": ["invited", "arrived"]}


def test_languages_are_offered_in_both_languages():
    from hostcity.shared.countries.names import language_choices

    names = dict(language_choices())
    assert names["ru"] == "Russian / 俄语" and names["ar"] == "Arabic / 阿拉伯语"
