"""The second factor at sign-in: required for administrators (set up before any page opens), optional
for other staff; a code from the app or a single-use backup code; wrong codes throttled; a new
authenticator only after the present one's code; removal and an administrator's reset on the audit
trail."""

import pytest
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

from hostcity.shared.audit.models import AuditEntry
from tests.factories import PASSWORD, make_user, totp_code

pytestmark = pytest.mark.django_db


def unthrottle(user):
    for device in devices_for_user(user):
        device.throttle_reset()


def password_sign_in(client, user):
    client.logout()
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, "the password was refused"


def set_up(client, user) -> list[str]:
    """Signed in with the password, through the setup page: returns the backup codes it shows."""
    password_sign_in(client, user)
    assert client.get("/accounts/two-factor/setup/").status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    page = client.post("/accounts/two-factor/setup/", {"token": totp_code(device), "next": "/"})
    assert page.status_code == 200 and "backup-codes" in page.text
    return page.context["codes"]


def test_an_administrator_sets_it_up_before_anything_opens(client):
    admin = make_user("administrator", username="admin.wang")
    password_sign_in(client, admin)
    first = client.get("/venues/")
    assert first.status_code == 302 and first.url == "/accounts/two-factor/setup/?next=%2Fvenues%2F"
    api = client.get("/api/venues/")
    assert api.status_code == 403 and "second factor" in api.json()["detail"]
    page = client.get(first.url)
    assert "<svg" in page.text and page.context["secret"].replace(" ", "")
    assert "Administrators sign in with a second factor" in page.text
    again = client.get(first.url)  # a reload shows the same key: the one already scanned still works
    assert again.context["secret"] == page.context["secret"]
    wrong = client.post(first.url, {"token": "000000"})
    assert "not the one the app shows now" in wrong.text and not TOTPDevice.objects.filter(confirmed=True)
    device = TOTPDevice.objects.get(user=admin)
    device.throttle_reset()
    done = client.post(first.url, {"token": totp_code(device), "next": "/venues/"})
    codes = done.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10 and 'href="/venues/"' in done.text
    assert client.get("/venues/").status_code == 200 and client.get("/api/venues/").status_code == 200
    assert AuditEntry.objects.filter(
        action="second factor set up", record="user", record_id=admin.pk
    ).exists()


def test_the_next_sign_in_asks_for_a_code_or_a_backup_code_once(client):
    admin = make_user("administrator")
    codes = set_up(client, admin)
    password_sign_in(client, admin)
    asked = client.get("/")
    assert asked.url == "/accounts/two-factor/verify/?next=%2F"
    assert client.get("/accounts/two-factor/setup/").url.startswith("/accounts/two-factor/verify/")
    refused = client.post("/accounts/two-factor/verify/", {"token": "12345678", "next": "/"})
    assert "was not accepted" in refused.text and client.get("/").status_code == 302
    unthrottle(admin)  # each wrong code holds every device of the person back a while
    used = client.post("/accounts/two-factor/verify/", {"token": codes[0], "next": "/venues/"})
    assert used.status_code == 302 and used.url == "/venues/" and client.get("/").status_code == 200
    password_sign_in(client, admin)
    again = client.post("/accounts/two-factor/verify/", {"token": codes[0], "next": "/"})
    assert "was not accepted" in again.text  # a backup code works once
    assert "9 backup codes are left" in _verified_manage_page(client, admin)


def _verified_manage_page(client, user) -> str:
    unthrottle(user)
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    device.last_t = -1
    device.save()
    client.post("/accounts/two-factor/verify/", {"token": totp_code(device)})
    return client.get("/accounts/two-factor/").text


def test_wrong_codes_are_throttled_even_before_the_right_one(client):
    admin = make_user("administrator")
    set_up(client, admin)
    password_sign_in(client, admin)
    device = TOTPDevice.objects.get(user=admin, confirmed=True)
    client.post("/accounts/two-factor/verify/", {"token": "111111"})
    right = client.post("/accounts/two-factor/verify/", {"token": totp_code(device, ahead=1)})
    assert "was not accepted" in right.text  # refused for a while after a wrong one
    assert TOTPDevice.objects.get(pk=device.pk).throttling_failure_count >= 1


def test_the_next_address_stays_on_this_site(client):
    admin = make_user("administrator")
    set_up(client, admin)
    password_sign_in(client, admin)
    device = TOTPDevice.objects.get(user=admin, confirmed=True)
    device.last_t = -1
    device.save()
    gone = client.post(
        "/accounts/two-factor/verify/", {"token": totp_code(device), "next": "https://evil.example/"}
    )
    assert gone.url == "/"


def test_staff_may_add_and_remove_it_and_an_administrator_resets_it(client):
    officer = make_user("protocol_officer", username="li.protocol")
    password_sign_in(client, officer)
    assert client.get("/").status_code == 200  # optional for staff
    assert "password only" in client.get("/accounts/two-factor/").text
    set_up(client, officer)
    password_sign_in(client, officer)
    assert client.get("/delegations/").url.startswith("/accounts/two-factor/verify/")
    manage = _verified_manage_page(client, officer)
    assert "Remove the second factor" in manage and "Reset someone" not in manage
    assert client.post("/accounts/two-factor/reset/", {"username": "li.protocol"}).status_code == 403
    client.post("/accounts/two-factor/remove/")
    assert not TOTPDevice.objects.filter(user=officer).exists()
    password_sign_in(client, officer)
    assert client.get("/delegations/").status_code == 200

    set_up(client, officer)
    admin = make_user("administrator", username="admin.zhou")
    set_up(client, admin)
    own = client.post("/accounts/two-factor/remove/", follow=True)
    assert "Administrators must keep a second factor" in own.text and TOTPDevice.objects.filter(user=admin)
    unknown = client.post("/accounts/two-factor/reset/", {"username": "nobody"}, follow=True)
    assert "No person has the user name" in unknown.text
    reset = client.post("/accounts/two-factor/reset/", {"username": "li.protocol"}, follow=True)
    assert "was reset" in reset.text and not TOTPDevice.objects.filter(user=officer).exists()
    entry = AuditEntry.objects.get(action="second factor reset")
    assert entry.actor == "admin.zhou" and entry.record_id == officer.pk


def test_administrators_can_be_let_off_by_setting(client, settings):
    settings.HOSTCITY_ADMIN_SECOND_FACTOR = False
    password_sign_in(client, make_user("administrator"))
    assert client.get("/venues/").status_code == 200
