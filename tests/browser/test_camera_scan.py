"""The scanner reads a badge through the camera: Chromium's fake camera plays a video of the badge's
QR code (made here), jsQR decodes it from the frames, the server lets the holder in."""

import io
import shutil
import tempfile
from datetime import timedelta

import pytest
import segno
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from hostcity.delegations.accreditation.badges import issue_badges
from hostcity.delegations.accreditation.signing import token_for
from hostcity.delegations.models import Scan, Zone, ZoneAccess
from hostcity.shared.audit.trail import Actor
from tests.browser.fixtures import CHROMIUM, FLAGS, Console
from tests.factories import PASSWORD, make_delegate, make_delegation, make_event, make_user

pytestmark = pytest.mark.browser
WIDTH, HEIGHT = 640, 480


def y4m_of(text: str, path) -> None:
    """A few frames of video (YUV 4:2:0) showing `text` as a QR code on white."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=5, border=4)
    out.seek(0)
    picture = Image.open(out).convert("RGB")
    frame = Image.new("RGB", (WIDTH, HEIGHT), "white")
    frame.paste(picture, ((WIDTH - picture.width) // 2, (HEIGHT - picture.height) // 2))
    y, cb, cr = frame.convert("YCbCr").split()
    half = (WIDTH // 2, HEIGHT // 2)
    body = b"FRAME\n" + y.tobytes() + cb.resize(half).tobytes() + cr.resize(half).tobytes()
    path.write_bytes(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F5:1 Ip A1:1 C420jpeg\n".encode() + body * 5)


def test_a_badge_is_read_through_the_camera(playwright, live_server, transactional_db, tmp_path):
    today = timezone.localdate()
    event = make_event(start_date=today, end_date=today + timedelta(days=1))
    zone = Zone.objects.create(event=event, code="P", name_en="Plenary hall", name_zh="全体会议厅")
    ZoneAccess.objects.create(
        zone=zone, category="head", valid_from=today, valid_to=today + timedelta(days=1)
    )
    delegation = make_delegation(event, registration="approved")
    make_delegate(delegation, category="head", family_name="Tokayev", name_zh="托卡耶夫")
    (badge,) = issue_badges(event, by=Actor())
    video = tmp_path / "badge.y4m"
    y4m_of(token_for(badge), video)
    user = make_user("checkin_staff")
    profile = tempfile.mkdtemp(prefix="hostcity-camera-")
    camera = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
    ]
    console = Console()
    try:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=[*FLAGS, *camera], locale="en-GB"
        )
        context.grant_permissions(["camera"], origin=live_server.url)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.on("console", console.on_message)
        page.on("pageerror", console.on_error)
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("User name").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{live_server.url}/")
        page.goto(f"{live_server.url}/delegations/scan/")
        expect(page.locator("#camera")).to_be_visible()
        expect(page.locator("#result")).to_contain_text("Allowed")
        expect(page.locator("#result")).to_contain_text("托卡耶夫")
        context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert Scan.objects.filter(badge=badge, result="allowed").exists()
    assert console.errors == []
