"""Every page, for every role that may open it, in English on a phone and in Chinese on a desktop: each
answers 2xx, logs no console error, does not overflow the screen sideways, and a Chinese page holds
(almost) no Latin-letter word of its own — the words of the records' English forms (names of people,
places and organizations, codes; shown where the record has no Chinese form or beside it) and a few
acronyms aside. The administrator's walk (every page) also runs axe-core: no serious or critical
violation. The public pages (directory, focal point, company) are walked signed out.

The pages are those of the permission matrix (tests/accounts/test_permission_matrix.py), on its
records: a page added to the product is walked once it is in the matrix, which a test demands."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.db import models

from hostcity.delegations.models import Delegation
from hostcity.matchmaking.models import Company
from tests.accounts.test_permission_matrix import PAGES, records  # noqa: F401
from tests.browser.test_directory import serious_violations

pytestmark = pytest.mark.browser
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1366, "height": 900}
ROLES = [
    "administrator",
    "protocol_officer",
    "event_director",
    "venue_manager",
    "registry_officer",
    "platform_organizer",
    "liaison_officer",
    "content_editor",
    "content_reviewer",
    "security_officer",
    "checkin_staff",
    "viewer",
]
FILES = re.compile(r"(\.(csv|xlsx|ics|pdf|svg|json|geojson|js|png)|/photo)(\?|$)")  # not pages
# Latin words a Chinese page may show: names of formats, standards and the product.
ALLOWED = {
    "hostcity",
    "PDF",
    "SVG",
    "CSV",
    "QR",
    "API",
    "IATA",
    "ISO",
    "Excel",
    "iCal",
    "JSON",
    "ICS",
    "OpenAPI",
    "TOTP",
    "UTC",
    "URL",
    "ID",
    "OK",
    "GeoJSON",
    "Leaflet",
    "OpenStreetMap",
    "ECharts",
    "GB",
    "MB",
    "KB",
    "CIFTIS",
    "ZGC",
    "CBD",
    "XLSX",
    "HTML",
    "HTTP",
    "HTTPS",
    "PNG",
    "JPEG",
}
FRAGMENTS = {"venues:room-options", "glossary:suggest"}  # what scripts fetch: not pages
MOST_LATIN_WORDS = 3  # a page may show this many Latin words of its own before the walk fails it

HERE = Path(__file__).parent
TEXT_JS = (HERE / "walk_text.js").read_text()
OVERFLOW_JS = (HERE / "walk_overflow.js").read_text()


def record_words() -> set[str]:
    """Every word of the records' own text (not of choice fields): names, titles, codes, addresses."""
    words: set[str] = set()
    for model in apps.get_models():
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.SlugField) and not f.choices
        ]
        if not fields or model._meta.app_label in ("sessions", "admin", "contenttypes"):
            continue
        for row in model.objects.values_list(*fields):
            for value in row:
                words.update(re.findall(r"[A-Za-z][A-Za-z'’-]*", str(value or "")))
    return words


def latin_words(text: str, known: set[str]) -> list[str]:
    return [
        w
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
        if w not in known and w not in ALLOWED and not w.isupper()
    ]


def pages_for(role: str | None, ids: dict) -> list[str]:
    shown = []
    for name, path, method, allowed in PAGES:
        url = path.format(**ids)
        page = not url.startswith("/api/") and not FILES.search(url) and name not in FRAGMENTS
        if method == "get" and role in allowed and page:
            shown.append(url)
    return list(dict.fromkeys(shown))


def walk(page, urls: list[str], language: str, size: dict, axe: bool) -> list[str]:
    """What is wrong on the pages, one line each."""
    page.context.add_cookies([{"name": "django_language", "value": language, "url": page.base}])
    page.set_viewport_size(size)
    known = record_words()
    problems = []
    for url in urls:
        response = page.goto(page.base + url)
        if response is None or not response.ok:
            problems.append(f"{url}: answered {response.status if response else 'nothing'}")
            continue
        page.wait_for_load_state("load")
        overflow, culprit = page.evaluate(OVERFLOW_JS)
        if overflow > 1:
            problems.append(f"{url}: {overflow}px wider than a {size['width']}px screen ({culprit})")
        if language == "zh-hans":
            words = latin_words(page.evaluate(TEXT_JS), known)
            if len(words) > MOST_LATIN_WORDS:
                problems.append(f"{url}: Latin words on the Chinese page: {sorted(set(words))[:15]}")
        if axe:
            problems += [f"{url}: axe {v}" for v in serious_violations(page)]
    return problems


@pytest.mark.parametrize(
    "language,size", [("en", PHONE), ("zh-hans", DESKTOP)], ids=["en-phone", "zh-desktop"]
)
@pytest.mark.parametrize("role", ROLES)
def test_every_page_of_every_role(signed_in, records, role, language, size):  # noqa: F811
    page = signed_in(role)
    problems = walk(page, pages_for(role, records), language, size, axe=role == "administrator")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "language,size", [("en", PHONE), ("zh-hans", DESKTOP)], ids=["en-phone", "zh-desktop"]
)
def test_the_public_pages(page, records, language, size):  # noqa: F811
    delegation = Delegation.objects.get(pk=records["delegation"])
    company = Company.objects.get(pk=records["match_company"])
    urls = [
        "/visit/",
        f"/visit/{records['entry']}/",
        f"/focal/{delegation.focal_token}/",
        f"/focal/{delegation.focal_token}/itinerary/",
        f"/focal/{delegation.focal_token}/requests/",
        f"/match/c/{company.token}/",
        f"/match/c/{company.token}/profile/",
        "/accounts/login/",
    ]
    problems = walk(page, urls, language, size, axe=True)
    assert not problems, "\n".join(problems)
