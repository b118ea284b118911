"""The focal point's pages: a link opens its own delegation and no other; uploads are checked; the
list goes from the link to the staff's review."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from hostcity.delegations.models import Delegate
from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_delegate, make_delegation, make_event, make_user, png_upload

MEMBER = {
    "family_name": "Tokayev",
    "given_names": "Kassym-Jomart",
    "name_zh": "托卡耶夫",
    "position_en": "President",
    "position_zh": "总统",
    "category": "head",
    "passport_number": "n1234567",
    "birth_date": "1953-05-17",
    "dietary_notes": "",
    "medical_notes": "",
}


@pytest.fixture
def two(db):
    event = make_event()
    mine = make_delegation(event, country="KAZ", quota=2)
    theirs = make_delegation(event, country="UZB")
    return mine, theirs, make_delegate(theirs, family_name="Mirziyoyev")


def test_a_link_opens_its_own_delegation_and_no_other(client, two):
    mine, _theirs, their_member = two
    page = client.get(f"/focal/{mine.focal_token}/")
    assert page.status_code == 200 and "Kazakhstan" in page.text and "Mirziyoyev" not in page.text
    base = f"/focal/{mine.focal_token}/members/{their_member.pk}"
    assert client.get(f"{base}/").status_code == 404
    assert client.post(f"{base}/", MEMBER).status_code == 404
    assert client.post(f"{base}/remove/").status_code == 404
    assert client.get(f"{base}/photo").status_code == 404
    assert client.get("/focal/not-a-token/").status_code == 404
    their_member.refresh_from_db()
    assert their_member.family_name == "Mirziyoyev"


def test_a_member_is_added_with_a_photo_and_secrets_kept(client, two):
    mine, *_ = two
    response = client.post(f"/focal/{mine.focal_token}/members/new/", {**MEMBER, "photo": png_upload()})
    assert response.status_code == 302
    member = mine.delegates.get()
    assert member.passport_number == "N1234567" and member.photo.name.startswith("delegates/")
    assert client.get(f"/focal/{mine.focal_token}/members/{member.pk}/photo").status_code == 200
    # Editing without retyping the secrets keeps them.
    edit = {**MEMBER, "passport_number": "", "birth_date": "", "position_en": "President of Kazakhstan"}
    assert client.post(f"/focal/{mine.focal_token}/members/{member.pk}/", edit).status_code == 302
    member.refresh_from_db()
    assert (member.passport_number, member.birth_date) == ("N1234567", "1953-05-17")
    assert member.position_en == "President of Kazakhstan"
    page = client.get(f"/focal/{mine.focal_token}/")
    assert "N1234567" not in page.text and "••••••67" in page.text


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: SimpleUploadedFile("photo.jpg", b"not an image at all", content_type="image/jpeg"),
            "not an image",
        ),
        (lambda: png_upload(size=(4000, 4000)), "at most 19 KB"),
    ],
)
def test_bad_photos_are_refused(client, two, settings, upload, message):
    mine, *_ = two
    settings.PHOTO_MAX_BYTES = 20_000
    response = client.post(f"/focal/{mine.focal_token}/members/new/", {**MEMBER, "photo": upload()})
    assert response.status_code == 200
    assert message in response.text
    assert not mine.delegates.exists()


def test_a_gif_is_refused_for_its_type(client, two):
    import io

    from PIL import Image

    mine, *_ = two
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="GIF")
    gif = SimpleUploadedFile("photo.png", out.getvalue(), content_type="image/png")
    response = client.post(f"/focal/{mine.focal_token}/members/new/", {**MEMBER, "photo": gif})
    assert "must be JPEG or PNG, not GIF" in response.text
    assert not mine.delegates.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("birth_date", "17/05/1953", "YYYY-MM-DD"),
        ("birth_date", "2999-01-01", "not a plausible date of birth"),
        ("passport_number", "N1 2", "5 to 20 letters and digits"),
        ("category", "king", "Select a valid choice"),
        ("family_name", "", "This field is required"),
    ],
)
def test_bad_fields_name_the_field(client, two, field, value, message):
    mine, *_ = two
    response = client.post(f"/focal/{mine.focal_token}/members/new/", {**MEMBER, field: value})
    assert response.status_code == 200
    assert f'id="id_{field}_error"' in response.text and message in response.text
    assert not Delegate.objects.filter(delegation=mine).exists()


def test_the_quota_stops_the_third(client, two):
    mine, *_ = two
    client.post(f"/focal/{mine.focal_token}/members/new/", MEMBER)
    client.post(
        f"/focal/{mine.focal_token}/members/new/",
        {**MEMBER, "family_name": "Smailov", "category": "official"},
    )
    response = client.post(
        f"/focal/{mine.focal_token}/members/new/", {**MEMBER, "family_name": "Third", "category": "staff"}
    )
    assert "quota of Kazakhstan is 2 members" in response.text
    assert mine.delegates.count() == 2


def test_from_the_link_to_approval(client, two):
    mine, *_ = two
    client.post(f"/focal/{mine.focal_token}/members/new/", MEMBER)
    assert client.post(f"/focal/{mine.focal_token}/submit/").status_code == 302
    mine.refresh_from_db()
    assert mine.registration == "submitted"
    staff = make_user("protocol_officer", username="wang.officer")
    client.force_login(staff)
    detail = client.get(f"/delegations/{mine.pk}/")
    assert "Review the list" in detail.text and "托卡耶夫" in detail.text
    client.post(f"/delegations/{mine.pk}/review/", {"decision": "return", "comment": "Add the photo"})
    mine.refresh_from_db()
    assert (mine.registration, mine.review_comment) == ("returned", "Add the photo")
    client.logout()
    assert "Add the photo" in client.get(f"/focal/{mine.focal_token}/").text
    client.post(f"/focal/{mine.focal_token}/submit/")
    client.force_login(staff)
    client.post(f"/delegations/{mine.pk}/review/", {"decision": "approve"})
    mine.refresh_from_db()
    assert mine.registration == "approved"
    assert AuditEntry.objects.filter(delegation=mine, actor="wang.officer").count() == 2


def test_the_link_is_e_mailed_to_the_focal_point(client, two, django_capture_on_commit_callbacks):
    from django.core import mail

    mine, *_ = two
    client.force_login(make_user("protocol_officer"))
    no_address = client.post(f"/delegations/{mine.pk}/invite/", follow=True)
    assert "Give the focal point" in no_address.text and not mail.outbox
    mine.focal_point_email, mine.focal_point_name = "focal@mfa.example.kz", "Aigerim"
    mine.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/delegations/{mine.pk}/invite/")
    (message,) = mail.outbox
    assert message.to == ["focal@mfa.example.kz"] and f"/focal/{mine.focal_token}/" in message.body
    assert "哈萨克斯坦" in message.body and AuditEntry.objects.filter(action="invitation sent").exists()
