"""The public directory without an account, in English and in Chinese, and the editing pages: an
editor proposes through the form, a reviewer publishes, the public sees it."""

import pytest
from django.conf import settings

from hostcity.directory.models import Entry, Revision
from tests.directory.test_directory import HOSPITAL, publish
from tests.factories import make_user

pytestmark = pytest.mark.django_db
FRENCH_NEAR_EMBASSIES = "/visit/?kind=hospital&language=fr&near=third-embassy-area&radius=3"


def test_a_french_speaking_hospital_near_the_embassies_in_both_languages(client):
    publish(HOSPITAL)
    english = client.get(FRENCH_NEAR_EMBASSIES)
    assert english.status_code == 200 and english.context["page"].paginator.count == 1
    assert "Sanlitun International Clinic" in english.text and "km away" in english.text
    assert 'id="map-markers"' in english.text and "Third Embassy Area (Sanlitun)" in english.text
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    chinese = client.get(FRENCH_NEAR_EMBASSIES)
    assert '<html lang="zh-Hans" dir="ltr">' in chinese.text and "三里屯第三使馆区" in chinese.text
    assert chinese.text.index("三里屯国际诊所") < chinese.text.index("Sanlitun International Clinic")
    page = client.get("/visit/sanlitun-clinic/")
    assert "法语" in page.text and 'id="entry-languages"' in page.text
    assert client.get("/visit/nothing-here/").status_code == 404
    assert client.get("/visit/?near=atlantis&radius=banana").status_code == 200  # bad filters ignored


def test_propose_through_the_form_then_publish(client):
    client.force_login(make_user("content_editor", username="li.edit"))
    bad = client.post("/directory/new/hospital/", {**HOSPITAL, "latitude": "95"})
    assert bad.status_code == 200 and "Between -90 and 90." in bad.text and not Revision.objects.exists()
    made = client.post("/directory/new/hospital/", {**HOSPITAL, "kind": "hospital"})
    revision = Revision.objects.get()
    assert made.url == f"/directory/revisions/{revision.pk}/"
    assert client.get("/visit/sanlitun-clinic/").status_code == 404  # not public before review
    page = client.get(made.url)
    assert 'id="revision-diff"' in page.text and "Publish" not in page.text  # an editor cannot publish
    client.force_login(make_user("content_reviewer"))
    client.post(f"/directory/revisions/{revision.pk}/decide/", {"action": "publish"})
    assert Revision.objects.get().status == "published"
    assert client.get("/visit/sanlitun-clinic/").status_code == 200
    listing = client.get("/directory/?q=三里屯")
    assert listing.context["page"].paginator.count == 1
    entry = Entry.objects.get()
    edit = client.get(f"/directory/entries/{entry.slug}/edit/")
    assert 'value="en, fr, zh"' in edit.text


def test_the_api_proposes_and_publishes_through_the_same_rules():
    from rest_framework.test import APIClient

    editor, reviewer = APIClient(), APIClient()
    editor.force_authenticate(make_user("content_editor"))
    reviewer.force_authenticate(make_user("content_reviewer"))
    bad = editor.post(
        "/api/directory/revisions/", {"kind": "hospital", "data": {**HOSPITAL, "latitude": 95}}, format="json"
    )
    assert bad.status_code == 400 and "latitude" in bad.json()
    made = editor.post("/api/directory/revisions/", {"kind": "hospital", "data": HOSPITAL}, format="json")
    assert made.status_code == 201
    pk = made.json()["id"]
    assert editor.post(f"/api/directory/revisions/{pk}/publish/").status_code == 403
    published = reviewer.post(f"/api/directory/revisions/{pk}/publish/")
    assert published.status_code == 200 and published.json()["languages"] == ["en", "fr", "zh"]
    public = APIClient().get("/api/directory/entries/?kind=hospital")
    assert public.status_code == 200 and public.json()["results"][0]["slug"] == "sanlitun-clinic"


def test_entries_exported_and_imported_as_proposals(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    publish(HOSPITAL)
    client.force_login(make_user("content_editor"))
    exported = client.get("/directory/export.csv")
    text = exported.content.decode()
    assert "sanlitun-clinic" in text and "en, fr, zh" in text
    edited = text.replace("Sanlitun International Clinic", "Sanlitun Clinic").encode()
    extra = b"\nschool,ecole,Ecole,\xe6\xb3\x95\xe5\x9b\xbd\xe5\xad\xa6\xe6\xa0\xa1" + b"," * (
        text.splitlines()[0].count(",") - 3
    )
    bad = b"\nplanet,x,X,X" + b"," * (text.splitlines()[0].count(",") - 3)
    upload = SimpleUploadedFile("d.csv", edited.rstrip(b"\r\n") + extra + bad)
    report = client.post("/directory/import/", {"file": upload, "action": "check"}).context["report"]
    assert [str(e) for e in report.errors] == ["Row 4, kind: Unknown kind “planet”."]
    assert Revision.objects.filter(status="proposed").count() == 0
    upload = SimpleUploadedFile("d.csv", edited.rstrip(b"\r\n") + extra)
    report = client.post("/directory/import/", {"file": upload, "action": "check"}).context["report"]
    assert report.ok and (report.created, report.updated) == (1, 1)
    assert client.post("/directory/import/", {"action": "apply"}).context["report"].applied
    assert Revision.objects.filter(status="proposed").count() == 2
    assert Entry.objects.get().name_en == "Sanlitun International Clinic"  # not public before review
