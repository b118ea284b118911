"""Planning the demo summit from the browser, end to end: sign in, open the summit, press "Plan this
event", wait until the run's page shows it done (the worker solved it, the page reloaded with the
timelines). Target: within 90 s. Also times the run page with every meeting drawn.

    hostcity demo --port 8000 &          # the demo server and its worker
    python bench/demo_planning.py [--url http://127.0.0.1:8000] [--time-limit 60]

Prints a table; asserts nothing. Needs Debian's chromium (/usr/bin/chromium).
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.browser.chromium import CHROMIUM, FLAGS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--time-limit", type=int, default=60)
    parser.add_argument("--user", default="protocol_officer")
    parser.add_argument("--password", default="hostcity-demo-2026")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="hostcity-bench-")
    rows = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        page = context.new_page()
        page.set_default_timeout(180_000)
        page.goto(f"{options.url}/accounts/login/")
        page.get_by_label("User name").fill(options.user)
        page.get_by_label("Password").fill(options.password)
        page.get_by_role("button", name="Sign in").click()
        page.goto(f"{options.url}/events/")
        page.get_by_role("link", name="Belt and Road Forum (demo)").click()
        page.get_by_label("Time limit (seconds)").fill(str(options.time_limit))
        started = time.perf_counter()
        page.get_by_role("button", name="Plan this event").click()
        page.locator("#run-timelines").wait_for()
        rows.append(("plan the demo summit, click to timelines", time.perf_counter() - started, "< 90 s"))
        status = page.locator("#run-status").inner_text()
        blocks = page.locator(".tl-block").count()
        for by in ("room", "party", "interpreter"):
            started = time.perf_counter()
            response = page.goto(f"{page.url.split('?')[0]}?by={by}")
            rows.append((f"run page by {by}, {response.status}", time.perf_counter() - started, "< 0.3 s"))
        context.close()
    shutil.rmtree(profile, ignore_errors=True)
    print(f"Demo summit planned from the browser ({status}, {blocks} blocks on the timelines)\n")
    print("| step | seconds | target |")
    print("|---|---:|---|")
    for step, seconds, target in rows:
        print(f"| {step} | {seconds:.2f} | {target} |")


if __name__ == "__main__":
    main()
