"""The directory: the tier rule, proposals checked in full, publishing by another person with the
trail, returning with a comment, stale entries, and the search (words in either language, language
spoken, nearness to a named area)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hostcity.directory import revisions
from hostcity.directory.models import Entry, Revision
from hostcity.directory.places import BY_CODE
from hostcity.directory.search import Query, distance_km, find
from hostcity.directory.tiers import tier_by_rule
from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_user

HOSPITAL = {
    "slug": "sanlitun-clinic",
    "name_en": "Sanlitun International Clinic",
    "name_zh": "三里屯国际诊所",
    "summary_en": "General practice and paediatrics.",
    "address_en": "Sanlitun Road",
    "latitude": "39.9372",
    "longitude": "116.4551",
    "languages": "en, fr, zh",
    "departments": "General practice, Paediatrics",
    "emergency": "on",
    "international_insurance": "on",
}


def publish(data, kind="hospital", entry=None):
    editor, reviewer = make_user("content_editor"), make_user("content_reviewer")
    revision = revisions.propose(kind, data, by=editor, entry=entry)
    return revisions.publish(revision, by=reviewer)


def test_the_tier_rule():
    assert tier_by_rule("world", 20_000, 40) == 1  # 3 + 2 + 2
    assert tier_by_rule("international", 1_500, 5) == 2  # 2 + 1 + 0
    assert tier_by_rule("national", 500, 12) == 3  # 1 + 0 + 1
    assert tier_by_rule("city", 50_000, 35) == 2  # 0 + 2 + 2 = 4


@pytest.mark.django_db
def test_a_proposal_is_checked_in_full_and_nothing_kept_when_wrong():
    editor = make_user("content_editor")
    with pytest.raises(ValidationError) as caught:
        revisions.propose("hospital", {**HOSPITAL, "longitude": "", "languages": "en, xx"}, by=editor)
    assert set(caught.value.message_dict) == {"longitude", "languages"}
    event = {"slug": "marathon", "name_en": "Beijing Marathon", "name_zh": "北京马拉松", "tier_override": "1"}
    with pytest.raises(ValidationError) as caught:
        revisions.propose("event", event, by=editor)
    assert {"category", "level", "tier_reason"} <= set(caught.value.message_dict)
    with pytest.raises(ValidationError) as caught:
        revisions.propose("service", {"slug": "x", "name_en": "X", "name_zh": "X"}, by=editor)
    assert "topic" in caught.value.message_dict
    assert not Revision.objects.exists()


@pytest.mark.django_db
def test_publish_by_another_person_with_the_trail_return_and_history():
    editor, reviewer = (
        make_user("content_editor", username="li.edit"),
        make_user("content_reviewer", username="wu.review"),
    )
    first = revisions.propose("hospital", HOSPITAL, by=editor)
    with pytest.raises(ValidationError, match="another person"):
        revisions.publish(first, by=editor)
    entry = revisions.publish(first, by=reviewer)
    assert entry.reviewed_by == reviewer and entry.languages == ["en", "fr", "zh"]
    assert "french" in entry.search and "法语" in entry.search and "三里屯" in entry.search
    change = revisions.propose("hospital", {**HOSPITAL, "hours": "8:00-20:00"}, by=editor, entry=entry)
    with pytest.raises(ValidationError, match="Say what to change"):
        revisions.return_revision(change, by=reviewer, comment=" ")
    revisions.return_revision(change, by=reviewer, comment="Give the weekend hours too")
    with pytest.raises(ValidationError, match="not waiting"):
        revisions.publish(change, by=reviewer)
    again = revisions.propose("hospital", {**HOSPITAL, "hours": "Mon-Sun 8:00-20:00"}, by=editor, entry=entry)
    revisions.publish(again, by=reviewer)
    entry.refresh_from_db()
    assert entry.hours == "Mon-Sun 8:00-20:00" and entry.revisions.count() == 3
    trail = AuditEntry.objects.filter(record="entry", record_id=entry.pk).order_by("id")
    assert [(t.action, t.actor) for t in trail] == [("create", "wu.review"), ("publish", "wu.review")]
    assert trail.last().changes == {"hours": ["", "Mon-Sun 8:00-20:00"]}
    with pytest.raises(ValidationError, match="keeps its kind"):
        revisions.propose("school", HOSPITAL, by=editor, entry=entry)


@pytest.mark.django_db
def test_an_event_gets_its_tier_by_rule_or_by_hand():
    data = {"slug": "marathon", "name_en": "Beijing Marathon", "name_zh": "北京马拉松", "category": "sports",
            "level": "international", "participants": "30000", "foreign_share": "5"}  # fmt: skip
    assert publish(data, "event").tier == 2  # 2 + 2 + 0
    raised = {**data, "tier_override": "1", "tier_reason": "National Games test event"}
    assert publish(raised, "event", Entry.objects.get(slug="marathon")).tier == 1


@pytest.mark.django_db
def test_stale_entries_and_confirming_them():
    entry = publish(HOSPITAL)
    Entry.objects.filter(pk=entry.pk).update(reviewed_at=timezone.now() - timedelta(days=400))
    assert list(revisions.stale()) == [entry]
    revisions.confirm(entry, by=make_user("content_reviewer"))
    assert not revisions.stale().exists()


@pytest.mark.django_db
def test_search_by_words_language_and_nearness():
    clinic = publish(HOSPITAL)
    far = {
        "slug": "far",
        "name_en": "Shunyi Clinic",
        "name_zh": "顺义诊所",
        "latitude": "40.13",
        "longitude": "116.65",
    }
    publish({**HOSPITAL, **far, "languages": "en, fr"})
    dental = {"slug": "near-de", "name_en": "Embassy Dental", "name_zh": "使馆牙科", "latitude": "39.94"}
    publish({**HOSPITAL, **dental, "longitude": "116.4600", "languages": "de"})
    found, place = find(Query(kind="hospital", language="fr", place="third-embassy-area"))
    assert [e.slug for e in found] == ["sanlitun-clinic"] and place.name_zh == "三里屯第三使馆区"
    assert distance_km(clinic, BY_CODE["third-embassy-area"]) < 1
    found, _place = find(Query(language="fr"))
    assert [e.slug for e in found] == ["sanlitun-clinic", "far"]
    assert [e.slug for e in find(Query(text="法语 儿科"))[0]] == []  # paediatrics is only in English
    assert [e.slug for e in find(Query(text="法语 诊所"))[0]] == ["sanlitun-clinic", "far"]
    assert [e.slug for e in find(Query(text="french paediatrics"))[0]] == ["sanlitun-clinic", "far"]
    near, _place = find(Query(place="third-embassy-area", radius_km=10))
    assert [e.slug for e in near] == ["sanlitun-clinic", "near-de"]  # nearest first; Shunyi is 25 km away
