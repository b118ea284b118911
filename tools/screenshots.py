"""Screenshots of the pages and documents a protocol officer judges the product by, from a running
demo (`hostcity demo`), in English and Chinese, and of a delegation's own pages (its focal point's
link: home and itinerary, with the itinerary's PDF) in the UN's six languages, for docs/screenshots/:

    python tools/screenshots.py http://127.0.0.1:8000 docs/screenshots after

Pages are saved as JPEG at 1366 px (and the run timeline and seating plan at phone size too); the
badge and itinerary PDFs as their first page, drawn by pdftoppm (poppler-utils)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright
from tests.browser.chromium import CHROMIUM, FLAGS

PASSWORD = "hostcity-demo-2026"
PAGES = {  # name: (user, path); the demo's first event, run, plan and delegation
    "dashboard": ("event_director", "/"),
    "summit-home": ("event_director", "/events/1/summit/"),
    "run-timeline": ("protocol_officer", "/events/runs/1/"),
    "run-timeline-one-day": ("protocol_officer", "/events/runs/1/?day=2026-12-19"),
    "seating-plan": ("protocol_officer", "/delegations/seating/1/"),
    "itinerary": ("protocol_officer", "/events/1/itineraries/1/"),
}
PHONE = {"run-timeline", "seating-plan", "summit-home"}
DELEGATION = "/delegations/11/"  # the demo's Egypt: Arabic its working language, its list still open
FOCAL_PAGES = {"focal-home": "", "focal-itinerary": "itinerary/"}
SIX = (("en", "en"), ("zh-hans", "zh"), ("fr", "fr"), ("es", "es"), ("ru", "ru"), ("ar", "ar"))
DOCUMENTS = {  # name: (user, path) of a PDF
    "badge": ("protocol_officer", "/delegations/event/1/badges.pdf?badge=1"),
    "itinerary-pdf": ("protocol_officer", "/events/1/itineraries/1/itinerary.pdf"),
    "seating-plan-pdf": ("protocol_officer", "/delegations/seating/1/plan.pdf"),
}


def signed_in(pw, base: str, user: str, language: str, width: int, height: int):
    """A browser of its own for each user (a session cookie is the browser's), in `language`."""
    context = pw.chromium.launch_persistent_context(
        tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=FLAGS,
        viewport={"width": width, "height": height}, timezone_id="Asia/Shanghai",
    )  # fmt: skip
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"{base}/")
    context.add_cookies([{"name": "django_language", "value": language, "url": base}])
    return context, page


def main(base: str, out: Path, label: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    users = {user for user, _path in [*PAGES.values(), *DOCUMENTS.values()]}
    with sync_playwright() as pw:
        for language, short in (("en", "en"), ("zh-hans", "zh")):
            for width, height, size in ((1366, 900, "desktop"), (390, 844, "phone")):
                for user in sorted(users):
                    context, page = signed_in(pw, base, user, language, width, height)
                    for name, (owner, path) in PAGES.items():
                        if owner != user or (size == "phone" and name not in PHONE):
                            continue
                        response = page.goto(base + path)
                        if response is None or not response.ok:
                            print(f"{name} {short} {size}: {response.status if response else 'no answer'}")
                            continue
                        page.wait_for_timeout(500)
                        target = out / f"{name}-{short}-{size}-{label}.jpg"
                        page.screenshot(path=str(target), full_page=True, type="jpeg", quality=70)
                        print(target)
                    for name, (owner, path) in DOCUMENTS.items():
                        if owner == user and size == "desktop":
                            document(page, base + path, out / f"{name}-{short}-{label}")
                    context.close()
        focal(pw, base, out, label)


def focal(pw, base: str, out: Path, label: str) -> None:
    """The delegation's own pages, opened through its link as its focal point would, in each language."""
    context, page = signed_in(pw, base, "protocol_officer", "en", 1366, 900)
    page.goto(base + DELEGATION)
    link = page.locator("#focal-link").input_value()
    context.close()
    for language, short in SIX:
        for width, height, size in ((1366, 900, "desktop"), (390, 844, "phone")):
            context = pw.chromium.launch_persistent_context(
                tempfile.mkdtemp(), executable_path=CHROMIUM, headless=True, args=FLAGS,
                viewport={"width": width, "height": height}, timezone_id="Asia/Shanghai",
            )  # fmt: skip
            context.add_cookies([{"name": "django_language", "value": language, "url": base}])
            page = context.new_page()
            for name, path in FOCAL_PAGES.items():
                page.goto(link + path)
                target = out / f"{name}-{short}-{size}-{label}.jpg"
                page.screenshot(path=str(target), full_page=True, type="jpeg", quality=70)
                print(target)
            if size == "desktop":
                document(page, link + "itinerary/itinerary.pdf", out / f"focal-itinerary-pdf-{short}-{label}")
            context.close()


def document(page, url: str, stem: Path) -> None:
    answer = page.request.get(url)
    if not answer.ok:
        print(f"{stem.name}: {answer.status}")
        return
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(answer.body())
        pdf.flush()
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "80", "-jpeg", "-jpegopt", "quality=75",
                        "-singlefile", pdf.name, str(stem)], check=True)  # fmt: skip
    print(f"{stem}.jpg")


if __name__ == "__main__":
    urllib.request.urlopen(sys.argv[1] + "/healthz", timeout=5)
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
