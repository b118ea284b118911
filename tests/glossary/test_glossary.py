"""The glossary: an editor proposes, a reviewer adopts; the consistency check finds a name that
differs from the standard, a deprecated form, one Chinese with two English forms and a name in one
language only; a finding is fixed in one click or kept with a reason; terms come from Excel/CSV all
or nothing; forms are told the standard as one types; the API and the command."""

import functools
import operator

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from hostcity.glossary import consistency, terms
from hostcity.glossary.models import Acceptance, Term
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor
from hostcity.venues.models import Room, Venue
from tests.factories import make_room, make_user, make_venue

CNCC = "China National Convention Center"


@pytest.fixture
def glossary(db):
    term = Term.objects.create(zh="国家会议中心", en=CNCC, variants=["CNCC", "China National Convention Centre"],
                               domain="venue", source="test", status="adopted")  # fmt: skip
    make_venue(code="cncc", name_en="China National Convention Centre", name_zh="国家会议中心")  # deprecated
    make_venue(code="cncc2", name_en="CNCC Phase I", name_zh="国家会议中心")  # differs
    make_venue(code="ok", name_en=CNCC, name_zh="国家会议中心")  # as it should be
    hall = make_venue(code="hall", name_en="Great Hall", name_zh="大会堂")
    make_room(hall, name_en="Press Room", name_zh="新闻发布厅")
    make_room(hall, name_en="Press Conference Room", name_zh="新闻发布厅")  # the same Chinese, two forms
    make_room(hall, name_en="VIP Lounge", name_zh="")  # one language
    return term


def kinds(findings) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.kind, []).append(f.value.english or f.value.chinese)
    return out


def test_the_check_finds_each_kind_of_inconsistency(glossary):
    from hostcity.glossary import views

    assert tuple(views.KINDS) == consistency.KINDS  # the page names every kind the check reports
    found = kinds(consistency.check(consistency.database_values()))
    assert found["deprecated"] == ["China National Convention Centre"]
    assert found["differs"] == ["CNCC Phase I"]
    assert sorted(found["two_forms"]) == ["Press Conference Room", "Press Room"]
    assert found["one_language"] == ["VIP Lounge"]
    assert CNCC not in functools.reduce(operator.iadd, found.values(), [])


def test_a_wrong_form_of_one_term_is_not_wrong_for_another_chinese(glossary):
    make_venue(code="other", name_en="CNCC", name_zh="中国国家会议公司")  # another name, same letters
    assert "CNCC" not in kinds(consistency.check(consistency.database_values())).get("deprecated", [])


def test_only_adopted_terms_are_the_standard(glossary):
    Term.objects.filter(pk=glossary.pk).update(status="proposed")
    found = kinds(consistency.check(consistency.database_values()))
    assert "differs" not in found and "deprecated" not in found
    assert sorted(found["two_forms"]) == sorted(  # now merely two forms of one Chinese
        ["China National Convention Centre", "CNCC Phase I", CNCC, "Press Room", "Press Conference Room"]
    )


def test_a_finding_is_fixed_in_one_click_or_kept_with_a_reason(client, glossary):
    from django.contrib.auth.models import Group

    reviewer = make_user("content_reviewer")  # the fix writes a venue: the venue's change permission too
    make_user("venue_manager")  # (makes the group)
    reviewer.groups.add(Group.objects.get(name="venue_manager"))
    client.force_login(reviewer)
    wrong = Venue.objects.get(code="cncc2")
    fixed = client.post("/glossary/check/resolve/", {"record": f"venues.venue:{wrong.pk}", "field": "name",
                                                     "action": "fix", "english": CNCC})  # fmt: skip
    assert fixed.status_code == 302
    wrong.refresh_from_db()
    assert wrong.name_en == CNCC
    assert AuditEntry.objects.filter(action="glossary fix").count() == 1
    room = Room.objects.get(name_en="Press Room")
    kept = client.post("/glossary/check/resolve/", {"record": f"venues.room:{room.pk}", "field": "name",
                                                    "action": "accept", "reason": "the venue's own sign"})  # fmt: skip
    assert kept.status_code == 302 and Acceptance.objects.get().reason == "the venue's own sign"
    left = consistency.check(consistency.database_values())
    assert [f.kind for f in left] == ["deprecated", "one_language"]  # a kept form settles its pair
    page = client.get("/glossary/check/")
    assert page.status_code == 200 and "VIP Lounge" in page.text and "Press Room" not in page.text
    no_reason = client.post("/glossary/check/resolve/", {"record": f"venues.room:{room.pk}", "field": "name",
                                                         "action": "accept", "reason": " "}, follow=True)  # fmt: skip
    assert "Say why this form is kept." in no_reason.text
    bad = client.post("/glossary/check/resolve/", {"record": "auth.user:1", "field": "password",
                                                   "action": "fix", "english": "x"}, follow=True)  # fmt: skip
    assert "No such record or field" in bad.text


def test_a_reviewer_without_the_record_s_permission_cannot_fix_it(client, glossary):
    client.force_login(make_user("content_reviewer"))
    venue = Venue.objects.get(code="cncc2")
    page = client.get("/glossary/check/").text
    assert "CNCC Phase I" in page and "Use this form" not in page and "Keep" in page  # kept, not written
    refused = client.post("/glossary/check/resolve/", {"record": f"venues.venue:{venue.pk}", "field": "name",
                                                       "action": "fix", "english": CNCC})  # fmt: skip
    assert refused.status_code == 403
    venue.refresh_from_db()
    assert venue.name_en == "CNCC Phase I"


def test_an_editor_proposes_and_a_reviewer_adopts(client, db):
    editor, reviewer = make_user("content_editor"), make_user("content_reviewer")
    client.force_login(editor)
    made = client.post("/glossary/new/", {"zh": "人民大会堂", "en": "Great Hall of the People", "domain": "venue",
                                          "source": "NPC", "variants_text": "Great Hall; Great Hall"})  # fmt: skip
    term = Term.objects.get(zh="人民大会堂")
    assert made.status_code == 302 and term.status == "proposed" and term.variants == ["Great Hall"]
    assert client.post(f"/glossary/terms/{term.pk}/review/", {"action": "adopt"}).status_code == 403
    client.force_login(reviewer)
    client.post(f"/glossary/terms/{term.pk}/review/", {"action": "adopt"})
    term.refresh_from_db()
    assert term.status == "adopted" and term.adopted_on is not None and term.reviewed_by == reviewer
    with pytest.raises(Exception, match="reviewer"):
        term.en = "Changed by an editor"
        terms.save_term(term, by=Actor(user=editor))
    actions = set(AuditEntry.objects.filter(record_id=term.pk).values_list("action", flat=True))
    assert {"propose term", "adopt term"} <= actions
    same = client.post("/glossary/new/", {"zh": "x", "en": "Hall", "domain": "venue", "source": "s",
                                          "variants_text": "hall"})  # fmt: skip
    assert "cannot also be a wrong one" in same.text


def test_terms_are_imported_all_or_nothing_with_each_bad_row_named(client, db):
    client.force_login(make_user("content_reviewer"))
    header = "zh,en,variants,domain,source,adopted_on\n"
    bad = header + "\n".join([
        "人民大会堂,Great Hall of the People,Great Hall,venue,NPC,2026-11-30",
        "钓鱼台国宾馆,Diaoyutai State Guesthouse,,palace,site,",
        "人民大会堂,Great Hall of the People,,venue,NPC,",
        ",Nameless,,venue,s,",
        "天安门,Tian'anmen,,place,s,30/11/2026",
    ]) + "\n"  # fmt: skip
    report = client.post("/glossary/import/", {"file": SimpleUploadedFile("t.csv", bad.encode())}).text
    assert (
        "Row 3, domain: Unknown domain “palace”" in report
        and "Row 4, zh: 人民大会堂 is also in row 2." in report
    )
    assert (
        "Row 5, zh: This field is required." in report
        and "Row 6, adopted_on: Give the date as YYYY-MM-DD." in report
    )
    assert not Term.objects.exists()
    good = header + "人民大会堂,Great Hall of the People,Great Hall,venue,NPC,2026-11-30\n"
    assert (
        "Applying will create 1"
        in client.post("/glossary/import/", {"file": SimpleUploadedFile("t.csv", good.encode())}).text
    )
    client.post("/glossary/import/", {"action": "apply"})
    term = Term.objects.get()
    assert (term.status, str(term.adopted_on), term.variants) == ("adopted", "2026-11-30", ["Great Hall"])


def test_forms_are_told_the_standard_as_one_types(client, glossary):
    client.force_login(make_user("protocol_officer"))
    assert client.get("/glossary/suggest/", {"zh": "国家会议中心"}).json()["en"] == CNCC
    assert client.get("/glossary/suggest/", {"zh": "不在词表"}).json() == {}
    page = client.get("/venues/book/")
    assert "glossary/suggest" in page.text  # the script is on the forms of those who may read the glossary


def test_the_api_proposes_and_adopts(client, db):
    client.force_login(make_user("content_editor"))
    made = client.post("/api/glossary/terms/", {"zh": "中关村", "en": "Zhongguancun", "domain": "place",
                                                "source": "s", "variants": ["ZGC"]}, content_type="application/json")  # fmt: skip
    assert made.status_code == 201 and made.json()["status"] == "proposed"
    pk = made.json()["id"]
    assert client.post(f"/api/glossary/terms/{pk}/adopt/").status_code == 403
    bad = client.post("/api/glossary/terms/", {"zh": "a", "en": "A", "domain": "moon", "source": "s"},
                      content_type="application/json")  # fmt: skip
    assert bad.status_code == 400 and "domain" in bad.json()
    client.force_login(make_user("content_reviewer"))
    assert client.post(f"/api/glossary/terms/{pk}/adopt/").json()["status"] == "adopted"


def test_the_command_in_process(glossary, capsys):
    from django.core.management import call_command

    with pytest.raises(SystemExit) as stopped:
        call_command("check_glossary", "--kind", "deprecated")
    out = capsys.readouterr().out
    assert (
        stopped.value.code == 1
        and "China National Convention Centre -> China National Convention Center" in out
    )
    assert "1 findings (differs 0, deprecated 1" in out


def test_hostile_input_to_the_check_is_refused_with_a_clear_message(client, glossary):
    from django.contrib.auth.models import Group

    reviewer = make_user("content_reviewer")
    make_user("venue_manager")
    reviewer.groups.add(Group.objects.get(name="venue_manager"))
    client.force_login(reviewer)
    venue = Venue.objects.get(code="cncc2")
    for record, field in [("venues.venue:abc", "name"), ("nothere.model:1", "name"), ("venues.venue:999999", "name"),
                          (f"venues.venue:{venue.pk}", "code"), ("venues", "name")]:  # fmt: skip
        answer = client.post("/glossary/check/resolve/", {"record": record, "field": field, "action": "fix",
                                                          "english": "X"}, follow=True)  # fmt: skip
        assert answer.status_code == 200 and "No such record or field" in answer.text, record
    too_long = client.post("/glossary/check/resolve/", {"record": f"venues.venue:{venue.pk}", "field": "name",
                                                        "action": "fix", "english": "x" * 500}, follow=True)  # fmt: skip
    assert "at most 200 characters" in too_long.text
    venue.refresh_from_db()
    assert venue.name_en == "CNCC Phase I"  # nothing half-written
    back = client.post("/glossary/check/resolve/", {"record": "venues.venue:abc", "field": "name", "action": "fix",
                                                    "back": "kind=differs&next=//evil.example\r\nX: y"})  # fmt: skip
    assert back.status_code == 302 and back["Location"] == "/glossary/check/?kind=differs"
    assert client.get("/glossary/suggest/", {"zh": "国" * 5000}).json() == {}
