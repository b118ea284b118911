"""Staff pages of delegations and accreditation: precedence on the list, invitations, badges in PDF."""

import io

import pytest
from pypdf import PdfReader

from hostcity.delegations.models import Badge, Delegation
from tests.factories import make_delegate, make_delegation, make_event, make_user, make_zone


@pytest.fixture
def officer_client(client, db):
    client.force_login(make_user("protocol_officer"))
    return client


def test_the_list_follows_the_events_rule_and_previews_another(officer_client):
    event = make_event()
    make_delegation(event, country="KAZ", head_rank=Delegation.Rank.MINISTER)
    make_delegation(event, country="EGY", head_rank=Delegation.Rank.HEAD_OF_STATE)
    page = officer_client.get(f"/delegations/event/{event.pk}/").text
    assert page.index("Egypt") < page.index("Kazakhstan")  # rank
    preview = officer_client.get(f"/delegations/event/{event.pk}/?rule=alphabetical&letter=K").text
    assert preview.index("Kazakhstan") < preview.index("Egypt")
    officer_client.post(f"/delegations/event/{event.pk}/", {"rule": "pinyin", "letter": ""})
    event.refresh_from_db()
    assert event.precedence_rule == "pinyin"
    bad = officer_client.get(f"/delegations/event/{event.pk}/?rule=alphabetical&letter=7")
    assert "A letter from A to Z" in bad.text


def test_a_delegation_is_invited_once_per_event(officer_client):
    event = make_event()
    form = {"country": "KAZ", "head_rank": 1, "quota": 8}
    response = officer_client.post(f"/delegations/event/{event.pk}/new/", form)
    delegation = Delegation.objects.get()
    assert response.status_code == 302 and response.url == f"/delegations/{delegation.pk}/"
    again = officer_client.post(f"/delegations/event/{event.pk}/new/", form)
    assert "has a delegation at this event already" in again.text
    neither = officer_client.post(f"/delegations/event/{event.pk}/new/", {"head_rank": 1, "quota": 8})
    assert "Choose a country or an international organization" in neither.text
    detail = officer_client.get(f"/delegations/{delegation.pk}/").text
    assert delegation.focal_token in detail  # the registration link, to send to the focal point


def test_badges_print_with_both_scripts(officer_client):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    make_zone(event, "P", categories=("head", "official"))
    delegation = make_delegation(event, registration="approved")
    make_delegate(
        delegation, category="head", family_name="Tokayev", given_names="Kassym-Jomart", name_zh="托卡耶夫"
    )
    make_delegate(delegation, category="official", family_name="Smailov", name_zh="斯迈洛夫")
    officer_client.post(f"/delegations/event/{event.pk}/badges/issue/")
    assert Badge.objects.count() == 2
    sheet = officer_client.get(f"/delegations/event/{event.pk}/badges.pdf?layout=sheet")
    assert sheet["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(sheet.content))
    assert len(reader.pages) == 1  # four to a sheet
    text = reader.pages[0].extract_text()
    for expected in (
        "托卡耶夫",
        "TOKAYEV",
        "哈萨克斯坦",
        "Kazakhstan",
        "一带一路国际合作高峰论坛",
        "代表团团长",
        "HEAD OF DELEGATION",
    ):
        assert expected in text, expected
    single = officer_client.get(f"/delegations/event/{event.pk}/badges.pdf?layout=single")
    assert len(PdfReader(io.BytesIO(single.content)).pages) == 2
    assert officer_client.get(f"/delegations/event/{event.pk}/badges.pdf?layout=poster").status_code == 400


def test_revoking_needs_a_reason(officer_client):
    event = make_event()
    make_zone(event, "P", categories=("head",))
    delegation = make_delegation(event, registration="approved")
    make_delegate(delegation, category="head")
    officer_client.post(f"/delegations/event/{event.pk}/badges/issue/")
    badge = Badge.objects.get()
    page = officer_client.post(f"/delegations/badges/{badge.pk}/revoke/", {"reason": ""}, follow=True)
    assert "Give the reason" in page.text
    officer_client.post(f"/delegations/badges/{badge.pk}/revoke/", {"reason": "lost"})
    badge.refresh_from_db()
    assert badge.revoked_reason == "lost"


def test_editing_a_delegation_is_audited(officer_client):
    from hostcity.shared.audit.models import AuditEntry

    event = make_event()
    officer_client.post(f"/delegations/event/{event.pk}/new/", {"country": "KAZ", "head_rank": 1, "quota": 8})
    delegation = Delegation.objects.get()
    form = {
        "country": "KAZ",
        "head_rank": 1,
        "quota": 12,
        "languages": ["ru", "kk"],
        "arrival_flight": "KC 887",
    }
    assert officer_client.post(f"/delegations/{delegation.pk}/edit/", form).status_code == 302
    delegation.refresh_from_db()
    assert (delegation.quota, delegation.languages) == (12, ["ru", "kk"])
    change = AuditEntry.objects.get(action="change", delegation=delegation)
    assert change.changes == {
        "quota": [8, 12],
        "languages": [[], ["ru", "kk"]],
        "arrival_flight": ["", "KC 887"],
    }
    assert AuditEntry.objects.filter(action="invite", delegation=delegation).exists()
