"""The public directory in the UN's six languages: chosen by the reader and remembered, Arabic right
to left; content with no form in the reader's language falls back to English; the staff's pages stay
in English and Chinese whatever the public pages were read in."""

import pytest

from tests.directory.test_directory import HOSPITAL, publish
from tests.factories import make_user

HEADLINE = {
    "en": "Find schools, hospitals, events and services",
    "zh-hans": "查找学校、医院、活动和服务",
    "fr": "Trouver écoles, hôpitaux, événements et services",
    "es": "Encuentre escuelas, hospitales, eventos y servicios",
    "ru": "Школы, больницы, события и услуги",
    "ar": "ابحث عن المدارس والمستشفيات والفعاليات والخدمات",
}


@pytest.mark.parametrize("language", list(HEADLINE))
def test_each_language_is_chosen_remembered_and_laid_out_its_way(client, db, language):
    publish(HOSPITAL)
    chosen = client.post("/i18n/setlang/", {"language": language, "next": "/visit/"})
    assert chosen.status_code == 302 and client.cookies["django_language"].value == language
    page = client.get("/visit/").content.decode()
    assert HEADLINE[language] in page
    rtl = language == "ar"
    assert f'dir="{"rtl" if rtl else "ltr"}"' in page
    assert ("bootstrap.rtl.min" in page) == rtl
    assert f'<option value="{language}"' in page and '<option value="ar"' in page and "Русский" in page


def test_staff_pages_stay_in_english_or_chinese(client, db):
    client.post("/i18n/setlang/", {"language": "ar", "next": "/visit/"})
    client.force_login(make_user("viewer"))
    page = client.get("/").content.decode()
    assert '<html lang="en"' in page and "Dashboard" in page and 'value="ar"' not in page
    assert "العربية" not in page  # the staff's language switch offers English and Chinese only
    client.cookies["django_language"] = "zh-hans"
    assert "总览" in client.get("/").content.decode()


def test_every_public_directory_string_is_translated_in_the_four_languages():
    from pathlib import Path

    from babel.messages.pofile import read_po

    import hostcity

    locale = Path(hostcity.__file__).parent / "locale"
    public = ("directory/templates/directory/public_base.html", "directory/templates/directory/index.html",
              "directory/templates/directory/entry.html", "directory/templates/directory/_search.html",
              "directory/templates/directory/_map.html", "directory/public_views.py")  # fmt: skip
    for language in ("fr", "es", "ru", "ar"):
        catalog = read_po((locale / language / "LC_MESSAGES" / "django.po").open("rb"))
        missing = [
            m.id for m in catalog
            if m.id and any(where in public for where, _line in m.locations)
            and not (m.string if isinstance(m.string, str) else all(m.string))
        ]  # fmt: skip
        assert missing == [], (language, missing)


def test_languages_spoken_are_named_in_the_reader_s_language(client, db):
    publish(HOSPITAL)  # French, English and Chinese spoken
    client.post("/i18n/setlang/", {"language": "ru", "next": "/visit/"})
    entry = client.get(f"/visit/{HOSPITAL['slug']}/").content.decode()
    assert "французский" in entry and "English" not in entry.split('id="entry-languages"')[1][:200]
    client.post("/i18n/setlang/", {"language": "fr", "next": "/visit/"})
    assert '<option value="de">allemand</option>' in client.get("/visit/").content.decode()


@pytest.mark.parametrize("language", ["zh-hans", "fr", "es", "ru", "ar"])
def test_no_string_of_the_public_pages_is_left_untranslated(client, db, language):
    from tests.untranslated import untranslated

    publish(HOSPITAL)
    client.post("/i18n/setlang/", {"language": language, "next": "/visit/"})
    with untranslated(language) as missing:
        for path in ("/visit/", "/visit/?q=hospital", "/visit/?kind=hospital&emergency=1",
                     f"/visit/{HOSPITAL['slug']}/", "/visit/shunyi/"):  # fmt: skip
            assert client.get(path).status_code in (200, 404), path
    assert sorted(set(missing)) == [], language


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_an_entry_in_english_only_is_marked_english(client, db, language):
    publish(HOSPITAL)
    client.post("/i18n/setlang/", {"language": language, "next": "/visit/"})
    page = client.get(f"/visit/{HOSPITAL['slug']}/").content.decode()
    assert f'<span lang="en">{HOSPITAL["name_en"]}</span>' in page and 'id="fallback-note"' in page
