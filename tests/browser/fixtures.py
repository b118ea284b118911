"""Browser tests' fixtures: Playwright driving Debian's chromium against the live test server. A
plugin of the whole suite (the root conftest.py names it), so that tests/browser and the attacks of
tests/security share one Playwright and one chromium per process.

Each test collects console errors and page errors and fails if there are any; tests marked
`browser` are skipped, saying so, when there is no chromium."""

import os
import shutil
import tempfile

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from hostcity.accounts.second_factor import required_for
from tests.browser.chromium import CHROMIUM, FLAGS
from tests.factories import PASSWORD, make_user, totp_code

# Playwright's sync API runs an event loop in this thread; the tests still touch the database here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if shutil.which(CHROMIUM) is None:
        skip = pytest.mark.skip(
            reason=f"no chromium at {CHROMIUM} (apt-get install -y chromium; .ci/run does)"
        )
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def playwright():
    """One Playwright for the session (its sync API allows one at a time in a thread)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def chromium(playwright):
    profile = tempfile.mkdtemp(prefix="hostcity-chromium-")
    context = playwright.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        headless=True,
        args=FLAGS,
        locale="en-GB",
        timezone_id="Asia/Shanghai",
        viewport={"width": 1280, "height": 900},
    )
    yield context
    context.close()
    shutil.rmtree(profile, ignore_errors=True)


class Console:
    def __init__(self):
        self.errors: list[str] = []

    def on_message(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text} at {message.location}")

    def on_error(self, error):
        self.errors.append(f"page error: {error}")


@pytest.fixture
def page(chromium, live_server):
    chromium.clear_cookies()
    tab = chromium.new_page()
    tab.set_default_timeout(15_000)
    console = Console()
    tab.on("console", console.on_message)
    tab.on("pageerror", console.on_error)
    tab.base = live_server.url
    yield tab
    tab.close()
    assert console.errors == []


@pytest.fixture
def signed_in(page, transactional_db):
    """A page signed in, through the login form, as a venue manager."""

    def sign_in(role="venue_manager"):
        user = make_user(role)
        # Administrators must have a second factor: theirs is set up, and its code given after the password.
        phone = (
            TOTPDevice.objects.create(user=user, name="phone", confirmed=True) if required_for(user) else None
        )
        page.goto(f"{page.base}/accounts/login/")
        page.get_by_label("User name").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        if phone is not None:
            page.wait_for_url("**/accounts/two-factor/verify/**")
            page.get_by_label("Code", exact=True).fill(totp_code(phone))
            page.get_by_role("button", name="Continue").click()
        page.wait_for_url(f"{page.base}/")
        return page

    return sign_in
