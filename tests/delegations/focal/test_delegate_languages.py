"""The delegation's own pages (its focal point's link) in the UN's six languages: each chosen and
remembered, Arabic right to left, every UI string of every page translated (watched as the page is
drawn, errors included), names with no form in the language given in English and marked so; the
itinerary's PDF and calendar in the reader's language, the Arabic PDF shaped; the badge's category
in the holder's language."""

import io
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from pypdf import PdfReader

from hostcity.delegations.models import Delegation
from tests.events.conftest import accept_a_plan
from tests.factories import make_delegate, make_delegation, make_event
from tests.untranslated import untranslated

LANGUAGES = ["zh-hans", "fr", "es", "ru", "ar"]
KEEP = os.environ.get("HOSTCITY_PDFS")  # a folder to keep the documents in, to look at them
HEADING = {  # the itinerary's heading, the delegation of Kazakhstan named by CLDR in each language
    "en": "Itinerary of the delegation of Kazakhstan",
    "zh-hans": "哈萨克斯坦代表团日程",
    "fr": "Programme de la délégation de Kazakhstan",
    "es": "Itinerario de la delegación de Kazajistán",
    "ru": "Программа делегации: Казахстан",
    "ar": "برنامج وفد كازاخستان",
}


@pytest.fixture
def delegation(db):
    event = make_event(name_en="Belt and Road Forum", name_zh="一带一路国际合作高峰论坛")
    made = make_delegation(event, country="KAZ", focal_point_email="focal@kz.example")
    make_delegate(made, category="head", family_name="Tokayev", name_zh="托卡耶夫")
    return made


def choose(client, language: str, token: str):
    response = client.post("/i18n/setlang/", {"language": language, "next": f"/focal/{token}/"})
    assert response.status_code == 302 and client.cookies["django_language"].value == language


def pages(delegation) -> list[str]:
    token, member = delegation.focal_token, delegation.delegates.first()
    return [f"/focal/{token}/", f"/focal/{token}/members/new/", f"/focal/{token}/members/{member.pk}/",
            f"/focal/{token}/requests/", f"/focal/{token}/itinerary/"]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_in_the_language_chosen_every_string_translated(client, delegation, language):
    choose(client, language, delegation.focal_token)
    with untranslated(language) as missing:
        for path in pages(delegation):
            page = client.get(path)
            assert page.status_code == 200, path
            html = page.content.decode()
            tag = "zh-Hans" if language == "zh-hans" else language
            assert f'<html lang="{tag}" dir="{"rtl" if language == "ar" else "ltr"}"' in html, path
            assert ("bootstrap.rtl.min" in html) == (language == "ar"), path
            assert (
                f'<option value="{language}"' in html and "Русский" in html
            )  # the six, each in its own name
        # The errors a focal point meets, in the language too.
        token = delegation.focal_token
        wrong = {"family_name": "", "category": "head", "nationality": "XXX", "birth_date": "1800-01-01"}
        bad = client.post(f"/focal/{token}/members/new/", wrong)
        assert bad.status_code == 200 and 'class="invalid-feedback' in bad.content.decode()
        client.post(f"/focal/{token}/requests/", {"minutes": "45", "priority": "normal"})
        client.post(f"/focal/{token}/submit/", follow=True)
        # A link that is no link, a change once the list is approved, a link past its time.
        wrong = client.get("/focal/not-a-link/")
        assert wrong.status_code == 404 and f'lang="{tag}"' in wrong.content.decode()
        Delegation.objects.filter(pk=delegation.pk).update(registration="approved")
        refused = client.post(f"/focal/{token}/members/new/", {"family_name": "X"})
        assert refused.status_code == 403 and f'lang="{tag}"' in refused.content.decode()
        Delegation.objects.filter(pk=delegation.pk).update(focal_link_expires=timezone.now())
        expired = client.get(f"/focal/{token}/")
        assert expired.status_code == 410 and f'lang="{tag}"' in expired.content.decode()
    assert sorted(set(missing)) == [], language


@pytest.mark.parametrize("language", ["fr", "es", "ru", "ar"])
def test_names_with_no_form_in_the_language_are_english_and_say_so(client, delegation, language):
    choose(client, language, delegation.focal_token)
    html = client.get(f"/focal/{delegation.focal_token}/").content.decode()
    assert 'id="fallback-note"' in html
    assert '<span lang="en">Belt and Road Forum</span>' in html  # the event: English, marked
    assert '<span lang="zh-Hans" class="other-name">一带一路国际合作高峰论坛</span>' in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get(f"/focal/{delegation.focal_token}/").content.decode()
    assert 'id="fallback-note"' not in english and '<span lang="en">Belt and Road Forum' not in english


def test_the_choice_is_remembered_and_staff_pages_stay_in_english(client, delegation):
    from tests.factories import make_user

    choose(client, "ru", delegation.focal_token)
    assert "Участники" in client.get(f"/focal/{delegation.focal_token}/").content.decode()
    assert "Запросы на встречи" in client.get(f"/focal/{delegation.focal_token}/requests/").content.decode()
    client.force_login(make_user("protocol_officer"))
    staff = client.get(f"/delegations/{delegation.pk}/").content.decode()
    assert '<html lang="en"' in staff and "Участники" not in staff


def _pdf_text(content: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)


def test_the_itinerary_pdf_and_calendar_in_each_language(client, summit, django_capture_on_commit_callbacks):
    from icalendar import Calendar

    event, _rooms = summit
    accept_a_plan(event, django_capture_on_commit_callbacks)
    kaz = Delegation.objects.get(event=event, country="KAZ")
    # A flight and a car: words the platform writes itself, in the reader's language.
    from hostcity.events.models import Vehicle
    from tests.factories import at

    kaz.movements.create(
        direction="arrival", flight="KC887", airport="PKX", at=at(1, 7), greeter="Mayor / 市长"
    )
    Vehicle.objects.create(event=event, plate="京A·0001", kind="van", driver="Xu Ming", delegation=kaz)
    base = f"/focal/{kaz.focal_token}/itinerary/"
    arrival = {"en": "Arrival, flight KC887", "fr": "Arrivée, vol KC887", "es": "Llegada, vuelo KC887",
               "ru": "Прибытие, рейс KC887", "ar": "الوصول، الرحلة KC887",
               "zh-hans": "抵达，航班 KC887"}  # fmt: skip
    van = {"en": "Car: 京A·0001 (Van, Xu Ming)",
           "fr": "Voiture : 京A·0001 (Fourgonnette, Xu Ming)",
           "es": "Coche: 京A·0001 (Furgoneta, Xu Ming)", "ru": "Автомобиль: 京A·0001 (Микроавтобус, Xu Ming)",
           "ar": "السيارة: 京A·0001 (حافلة صغيرة, Xu Ming)",
           "zh-hans": "车辆：京A·0001, Xu Ming"}  # fmt: skip
    for language in ["en", *LANGUAGES]:
        choose(client, language, kaz.focal_token)
        with untranslated(language) as missing:
            page = client.get(base).content.decode()
            pdf = client.get(base + "itinerary.pdf")
            ics = client.get(base + "itinerary.ics")
            requests = client.get(f"/focal/{kaz.focal_token}/requests/").content.decode()
        assert language == "en" or missing == [], (language, missing)
        assert HEADING[language] in page and arrival[language] in page and van[language] in page, language
        assert not re.search(r"\dT\d\d:", requests) and 'id="own-requests"' in requests  # no ISO times
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
        if KEEP:
            Path(f"{KEEP}/itinerary-{language}.pdf").write_bytes(pdf.content)
        text = _pdf_text(pdf.content)
        assert "哈萨克斯坦代表团日程" in text and "Talks m-kaz" in text, language
        if language not in ("en", "zh-hans", "ar"):  # Arabic is extracted in visual order: see below
            assert HEADING[language] in text, (language, text[:200])
        calendar = Calendar.from_ical(ics.content)
        assert "Kazakhstan" in str(calendar["x-wr-calname"]) or language != "en"
        summaries = sorted(str(e["summary"]) for e in calendar.walk("VEVENT"))
        flight = f"{arrival[language] if language in ('fr', 'es', 'ru', 'ar') else arrival['en']} — Mayor / "
        assert summaries == sorted(
            [flight + "抵达，航班 KC887 — 市长", "Opening / 开幕式", "Talks m-kaz / 会见：主席"]
        )


def test_an_arabic_pdf_is_shaped(client, summit):
    """An Arabic itinerary is set in Noto Sans Arabic with HarfBuzz shaping (joined letters) and laid
    out right to left: its text comes out of the PDF in visual order ("مصر وفد برنامج" for "برنامج
    وفد مصر"), which an unshaped, left-to-right PDF would not give."""
    from hostcity.shared.documents.fonts import document

    assert document(arabic=True).text_shaping and not document().text_shaping
    event, _rooms = summit
    egy = Delegation.objects.get(event=event, country="EGY")
    choose(client, "ar", egy.focal_token)
    content = client.get(f"/focal/{egy.focal_token}/itinerary/itinerary.pdf").content
    if KEEP:
        Path(f"{KEEP}/itinerary-ar-egypt.pdf").write_bytes(content)
    reader = PdfReader(io.BytesIO(content))
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("NotoSansArabic" in f for f in fonts) and any("NotoSansSC" in f for f in fonts)
    assert not any("Thin" in f for f in fonts), fonts  # the fonts named for the weight they print in
    text = " ".join(re.sub(r"[\x00-\x1f]", "", _pdf_text(content)).split())  # pypdf's stray controls
    assert "埃及代表团日程" in text
    assert "مصر وفد" in text and "وفد مصر" not in text, text[:120]


def test_the_badge_carries_the_category_in_the_holder_s_language(db):
    from hostcity.delegations.accreditation.badge_pdf import holder_language, render
    from hostcity.delegations.models import Badge

    event = make_event()
    french = make_delegation(event, country="SEN", languages=["fr", "en"])
    arabic = make_delegation(event, country="EGY", languages=["ar"])
    english = make_delegation(event, country="GBR", languages=["en"])
    badges = []
    for k, delegation in enumerate((french, arabic, english)):
        delegate = make_delegate(delegation, category="official")
        zones = {"P": ["2030-01-01", "2030-01-02"]}
        badges.append(Badge.objects.create(delegate=delegate, number=k + 1, zones=zones,
                                           valid_from=event.start_date, valid_to=event.end_date))  # fmt: skip
    assert [holder_language(b.delegate) for b in badges] == ["fr", "ar", ""]
    spoken = make_delegate(english, category="media", languages=["es"])
    assert holder_language(spoken) == "es"  # the delegate's own language first
    content = render(badges, layout="single")
    if KEEP:
        Path(f"{KEEP}/badges.pdf").write_bytes(content)
    text = _pdf_text(content)
    assert "OFFICIAL · Officiel" in text and "官员" in text
    assert "Senegal · Sénégal" in text and "United Kingdom ·" not in text  # the delegation's name too
    assert text.count("OFFICIAL") == 3


def test_the_watch_on_translations_names_a_string_left_out():
    from django.utils import translation
    from django.utils.translation import gettext

    with translation.override("fr"), untranslated("fr") as missing:
        assert gettext("Members") == "Membres"
        gettext("A sentence no catalog has")
    assert missing == ["A sentence no catalog has"]


def test_staff_print_a_delegation_s_itinerary_in_its_working_language(client, summit):
    from tests.factories import make_user

    event, _rooms = summit
    kaz = Delegation.objects.get(event=event, country="KAZ")  # working language Russian
    client.force_login(make_user("protocol_officer"))
    base = f"/events/{event.pk}/itineraries/{kaz.pk}/"
    page = client.get(base).content.decode()
    assert f'href="{base}itinerary.pdf?language=ru"' in page and "PDF (Русский)" in page
    russian = client.get(base + "itinerary.pdf?language=ru")
    assert russian.status_code == 200 and HEADING["ru"] in _pdf_text(russian.content)
    assert HEADING["en"] in _pdf_text(client.get(base + "itinerary.pdf").content)  # the staff's page's own
    wrong = client.get(base + "itinerary.ics?language=<script>")
    assert wrong.status_code == 400 and b"is not one of en, zh-hans, fr, es, ru, ar" in wrong.content
    assert wrong["Content-Type"].startswith("text/plain")


def test_the_focal_point_s_choice_is_kept_with_the_delegation_for_any_device(client, delegation):
    from django.test import Client

    choose(client, "es", delegation.focal_token)
    assert client.cookies["django_language"]["max-age"] == 365 * 24 * 3600  # kept a year, not a session
    client.get(f"/focal/{delegation.focal_token}/")
    delegation.refresh_from_db()
    assert delegation.focal_language == "es"
    other = Client(HTTP_ACCEPT_LANGUAGE="en")  # another device, its browser in English
    page = other.get(f"/focal/{delegation.focal_token}/")
    assert '<html lang="es"' in page.content.decode() and other.cookies["django_language"].value == "es"
    choose(other, "ar", delegation.focal_token)
    other.get(f"/focal/{delegation.focal_token}/requests/")
    delegation.refresh_from_db()
    assert delegation.focal_language == "ar"
    assert '<html lang="ar"' in Client().get(f"/focal/{delegation.focal_token}/itinerary/").content.decode()
    staff = Client()
    staff.cookies["django_language"] = "zh-hans"  # a cookie of its own wins, and becomes the kept one
    assert '<html lang="zh-Hans"' in staff.get(f"/focal/{delegation.focal_token}/").content.decode()
