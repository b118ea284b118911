"""The second factor in a browser: an administrator's first sign-in sets up the authenticator (the QR
code and key, a code, the backup codes) before the dashboard opens; the account page then shows it on."""

import base64
import re

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser


def test_an_administrator_sets_up_the_second_factor_at_first_sign_in(page, transactional_db):
    admin = make_user("administrator", username="admin.sun")
    page.goto(f"{page.base}/accounts/login/")
    page.get_by_label("User name").fill(admin.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/accounts/two-factor/setup/**")
    expect(page.locator("#two-factor-qr svg")).to_be_visible()
    secret = page.locator("#two-factor-secret").inner_text().replace(" ", "")
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.get_by_label("Code", exact=True).fill(
        f"{(TOTP(key).token() + 1) % 1_000_000:06d}"
    )  # not the app's code
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("alert")).to_contain_text("not the one the app shows now")
    TOTPDevice.objects.filter(user=admin).first().throttle_reset()
    page.get_by_label("Code", exact=True).fill(f"{TOTP(key).token():06d}")
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator("#backup-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have kept them").click()
    page.wait_for_url(f"{page.base}/")
    page.locator("#nav-user").click()  # the user's menu
    page.get_by_role("link", name="Profile").click()
    expect(page.locator("#two-factor-link")).to_have_text("On")
    page.locator("#two-factor-link").click()
    expect(page.locator("#two-factor-status")).to_contain_text(re.compile("10 backup codes are left"))
    expect(page.get_by_role("button", name="Remove the second factor")).to_have_count(0)  # required
