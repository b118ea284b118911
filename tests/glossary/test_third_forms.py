"""The glossary's standard forms in French, Spanish, Russian and Arabic: kept with a term (form,
import, API), shown on the delegates' pages and documents in place of the English once the term is
adopted, and forgotten as soon as the term changes."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from pypdf import PdfReader

from hostcity.glossary import terms
from hostcity.glossary.models import Term
from hostcity.shared.audit.trail import Actor
from hostcity.shared.bilingual import standard_form
from tests.events.conftest import accept_a_plan
from tests.factories import make_user

GREAT_HALL = {"zh": "人民大会堂", "en": "Great Hall of the People", "domain": "venue", "source": "NPC",
              "fr": "Grand Palais du Peuple", "es": "Gran Palacio del Pueblo", "ru": "Дом народных собраний",
              "ar": "قاعة الشعب الكبرى"}  # fmt: skip


def adopted(**fields) -> Term:
    reviewer = make_user("content_reviewer")
    term = terms.save_term(Term(**{**GREAT_HALL, **fields}), by=Actor(user=reviewer))
    return terms.adopt(term, by=Actor(user=reviewer))


def test_only_an_adopted_term_s_forms_are_the_standard_and_a_change_is_seen_at_once(db):
    editor = make_user("content_editor")
    proposed = terms.save_term(Term(**GREAT_HALL), by=Actor(user=editor))
    assert standard_form("人民大会堂", "fr") == ""  # proposed: not the standard yet
    terms.adopt(proposed, by=Actor(user=make_user("content_reviewer")))
    assert standard_form("人民大会堂", "fr") == "Grand Palais du Peuple"
    assert standard_form("人民大会堂", "ar") == "قاعة الشعب الكبرى" and standard_form("天安门", "fr") == ""
    proposed.refresh_from_db()
    proposed.fr = "  Grand   Palais  du Peuple (Pékin) "
    terms.save_term(proposed, by=Actor(user=make_user("content_reviewer")))
    assert (
        standard_form("人民大会堂", "fr") == "Grand Palais du Peuple (Pékin)"
    )  # the cache forgot the old one


def test_the_delegates_itinerary_names_the_place_by_the_standard_form(
    client, summit, django_capture_on_commit_callbacks
):
    from hostcity.delegations.models import Delegation
    from hostcity.venues.models import Venue

    event, _rooms = summit
    Venue.objects.filter(code="ghop").update(name_en="Great Hall of the People", name_zh="人民大会堂")
    adopted()
    accept_a_plan(event, django_capture_on_commit_callbacks)
    kaz = Delegation.objects.get(event=event, country="KAZ")
    base = f"/focal/{kaz.focal_token}/itinerary/"
    for language, form in (("fr", "Grand Palais du Peuple"), ("ru", "Дом народных собраний")):
        client.post("/i18n/setlang/", {"language": language, "next": base})
        page = client.get(base).content.decode()
        assert f"<td>{form}<br>" in page, language  # first, not marked as English
        ics = client.get(base + "itinerary.ics").content.decode()
        assert form in ics.replace("\r\n ", ""), language
        pdf = PdfReader(io.BytesIO(client.get(base + "itinerary.pdf").content)).pages[0].extract_text()
        assert form in " ".join(pdf.split()), language
    client.post("/i18n/setlang/", {"language": "en", "next": base})
    assert "Grand Palais du Peuple" not in client.get(base).content.decode()


def test_the_forms_are_kept_through_the_page_the_import_and_the_api(client, db):
    client.force_login(make_user("content_reviewer"))
    made = client.post("/glossary/new/", {**GREAT_HALL, "variants_text": ""})
    assert made.status_code == 302
    term = Term.objects.get(zh="人民大会堂")
    assert (term.fr, term.ar) == (GREAT_HALL["fr"], GREAT_HALL["ar"])
    with translation.override("zh-hans"):
        page = client.get(f"/glossary/terms/{term.pk}/").content.decode()
    assert 'lang="ar" dir="auto">قاعة الشعب الكبرى' in page
    header = "zh,en,domain,source,fr,es,ru,ar\n"
    long = "x" * 301
    bad = header + f"钓鱼台国宾馆,Diaoyutai State Guesthouse,venue,s,Résidence,,{long},\n"
    report = client.post("/glossary/import/", {"file": SimpleUploadedFile("t.csv", bad.encode())}).text
    assert "Row 2, ru: A value is too long." in report and not Term.objects.filter(zh="钓鱼台国宾馆").exists()
    good = header + "钓鱼台国宾馆,Diaoyutai State Guesthouse,venue,s,Résidence d'État de Diaoyutai,,,\n"
    client.post("/glossary/import/", {"file": SimpleUploadedFile("t.csv", good.encode())})
    client.post("/glossary/import/", {"action": "apply"})
    assert Term.objects.get(zh="钓鱼台国宾馆").fr == "Résidence d'État de Diaoyutai"
    api = client.get(f"/api/glossary/terms/{term.pk}/").json()
    assert api["ru"] == GREAT_HALL["ru"] and api["status"] == "proposed"
    assert standard_form("人民大会堂", "es") == ""  # proposed, through the page: not the standard yet
    assert client.post(f"/api/glossary/terms/{term.pk}/adopt/").json()["status"] == "adopted"
    changed = client.patch(f"/api/glossary/terms/{term.pk}/", {"es": "Gran Palacio del Pueblo (Pekín)"},
                           content_type="application/json")  # fmt: skip
    assert (
        changed.status_code == 200 and standard_form("人民大会堂", "es") == "Gran Palacio del Pueblo (Pekín)"
    )


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_delegates_badge_and_pages_still_mark_a_name_with_no_standard_form(client, db, language):
    from tests.factories import make_delegation, make_event

    adopted()
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    delegation = make_delegation(event, country="KAZ")
    client.post("/i18n/setlang/", {"language": language, "next": "/"})
    page = client.get(f"/focal/{delegation.focal_token}/").content.decode()
    assert '<span lang="en">Belt and Road Forum</span>' in page  # no term for it: English, marked
