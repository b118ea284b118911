"""Every UI string is in the Chinese catalog, translated, and the compiled catalog matches it."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import hostcity

LOCALE = Path(hostcity.__file__).parent / "locale"
ZH_PO = LOCALE / "zh_Hans" / "LC_MESSAGES" / "django.po"


def catalog(path: Path):
    with path.open("rb") as fh:
        return read_po(fh)


def ids(cat) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in cat if m.id}


def test_every_message_has_a_chinese_translation():
    untranslated = [
        m.id
        for m in catalog(ZH_PO)
        if m.id and (not m.string or not all(m.string if isinstance(m.string, tuple) else [m.string]))
    ]
    fuzzy = [m.id for m in catalog(ZH_PO) if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


def test_compiled_catalog_matches_the_source():
    compiled = gettext.GNUTranslations((ZH_PO.with_suffix(".mo")).open("rb"))
    for message in catalog(ZH_PO):
        if message.id and isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string, message.id


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext's xgettext")
def test_catalog_holds_every_string_in_the_code(tmp_path):
    """Run makemessages on a copy of the package: it must find no message the catalog lacks."""
    copy = tmp_path / "hostcity"
    shutil.copytree(
        Path(hostcity.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "static")
    )
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "zh_Hans", "--no-obsolete", "--no-location"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "hostcity.test_settings", "PYTHONPATH": str(tmp_path)},
    )
    fresh = ids(catalog(copy / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    assert sorted(fresh - ids(catalog(ZH_PO))) == []


@pytest.mark.django_db
def test_pages_speak_chinese_after_the_switch(manager_client):
    response = manager_client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/venues/"})
    assert response.status_code == 302
    page = manager_client.get("/venues/").content.decode()
    assert "场馆名录" in page and 'lang="zh-Hans"' in page and "Venue atlas" not in page


def test_translation_functions_go_by_the_names_makemessages_reads():
    """makemessages finds `_`, `gettext`, `gettext_lazy`, `ngettext`… by name: a string marked with
    another alias (`gettext_lazy as _lazy`) is never put in the catalog, and stays English."""
    import re

    alias = re.compile(r"import .*\b(?:n|p|np)?gettext(?:_lazy)? as (?!_\b)(\w+)")
    found = [
        f"{path.relative_to(LOCALE.parent)}: {line.strip()}"
        for path in LOCALE.parent.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if alias.search(line)
    ]
    assert found == []
