"""Letters of invitation and visa support: numbered in the year's register, refused whole when one
member cannot have one, warned of when a passport will not do, printed bilingual on the letterhead."""

import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from hostcity.delegations.letters import pdf
from hostcity.delegations.letters.register import issue_letters, passport_warning, six_months_after
from hostcity.delegations.models import Delegation, Letter
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from tests.factories import make_delegate, make_delegation, make_event, make_user

SYSTEM = Actor()


@pytest.fixture
def summit(db):
    event = make_event(start_date=date(2030, 5, 10), end_date=date(2030, 5, 12))
    kaz = make_delegation(event, country="KAZ", registration=Delegation.Registration.APPROVED)
    ready = make_delegate(
        kaz,
        family_name="Tokayev",
        name_zh="托卡耶夫",
        category="head",
        passport_number="N1234567",
        passport_expiry="2034-01-01",
        birth_date="1953-05-17",
    )
    bare = make_delegate(kaz, family_name="Nurlanov", name_zh="努尔兰诺夫")
    return event, kaz, ready, bare


@pytest.mark.parametrize(
    ("day", "after"),
    [(date(2030, 5, 12), date(2030, 11, 12)), (date(2030, 8, 31), date(2031, 2, 28)),
     (date(2031, 8, 31), date(2032, 2, 29)), (date(2030, 12, 1), date(2031, 6, 1))],
)  # fmt: skip
def test_six_months_after(day, after):
    assert six_months_after(day) == after


def test_a_passport_that_will_not_do_is_warned_of(summit):
    event, _kaz, ready, bare = summit
    assert passport_warning(ready, event) == ""
    assert "No passport expiry" in passport_warning(bare, event)
    bare.passport_expiry = "2030-10-01"  # before 12 November 2030
    assert "within six months" in passport_warning(bare, event)


def test_letters_are_numbered_in_the_years_register(summit):
    event, _kaz, ready, bare = summit
    first = issue_letters(event, [ready, bare], "invitation", by=Actor(user=make_user("protocol_officer")))
    assert [letter.number for letter in first] == ["BJFAO-2030-INV-00001", "BJFAO-2030-INV-00002"]
    other = make_event(start_date=date(2030, 9, 1), end_date=date(2030, 9, 2))
    guest = make_delegate(make_delegation(other, country="EGY", registration="approved"))
    assert issue_letters(other, [guest], "invitation", by=SYSTEM)[0].number == "BJFAO-2030-INV-00003"
    assert issue_letters(event, [ready], "visa_support", by=SYSTEM)[0].number == "BJFAO-2030-VS-00001"
    assert AuditEntry.objects.filter(action="issue letter").count() == 4


def test_a_visa_letter_needs_the_passport_and_none_is_issued_if_one_lacks_it(summit):
    event, _kaz, ready, bare = summit
    with pytest.raises(ValidationError) as refused:
        issue_letters(event, [ready, bare], "visa_support", by=SYSTEM)
    assert "Given NURLANOV" in refused.value.messages[0] and "passport_number" in refused.value.messages[0]
    assert not Letter.objects.exists()


def test_only_approved_members_of_the_event_get_letters(summit):
    event, kaz, ready, _bare = summit
    Delegation.objects.filter(pk=kaz.pk).update(registration="submitted")
    ready.delegation.refresh_from_db()
    with pytest.raises(ValidationError, match="not approved"):
        issue_letters(event, [ready], "invitation", by=SYSTEM)
    with pytest.raises(ValidationError, match="Unknown kind"):
        issue_letters(event, [ready], "love_letter", by=SYSTEM)


def test_the_letter_prints_bilingual_on_the_letterhead(summit):
    event, _kaz, ready, _bare = summit
    letter = issue_letters(event, [ready], "visa_support", by=SYSTEM)[0]
    text = PdfReader(io.BytesIO(pdf.render([letter]))).pages[0].extract_text()
    for expected in ("北京市人民政府外事办公室", "签证邀请函", "Visa-Support Letter", "N1234567", "托卡耶夫",
                     "BJFAO-2030-VS-00001", "Kazakhstan"):  # fmt: skip
        assert expected in text, expected


def test_the_letters_page(client, summit):
    event, _kaz, _ready, bare = summit
    client.force_login(make_user("protocol_officer"))
    page = client.get(f"/delegations/event/{event.pk}/letters/")
    assert page.status_code == 200 and page.context["warned"] == 1  # Nurlanov has no expiry date
    client.post(f"/delegations/event/{event.pk}/letters/issue/", {"kind": "invitation"})
    assert Letter.objects.filter(kind="invitation").count() == 2
    client.post(f"/delegations/event/{event.pk}/letters/issue/", {"kind": "invitation"})
    assert Letter.objects.filter(kind="invitation").count() == 2  # each member has one already
    refused = client.post(
        f"/delegations/event/{event.pk}/letters/issue/", {"kind": "visa_support"}, follow=True
    )
    assert "needs" in refused.text and not Letter.objects.filter(kind="visa_support").exists()
    printed = client.get(f"/delegations/event/{event.pk}/letters.pdf?kind=invitation")
    assert (
        printed["Content-Type"] == "application/pdf"
        and len(PdfReader(io.BytesIO(printed.content)).pages) == 2
    )
    assert client.get(f"/delegations/event/{event.pk}/letters.pdf?letter=1;DROP").status_code == 400
    assert AuditEntry.objects.filter(action="print letters").count() == 1
    assert bare.name_en in client.get(f"/delegations/event/{event.pk}/letters/").text
