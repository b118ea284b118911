"""Every page carries the security headers: a Content-Security-Policy without inline scripts (the API
docs excepted), no framing, a same-origin referrer policy."""

import pytest

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_headers_on_pages(client):
    client.force_login(make_user("viewer"))
    page = client.get("/")
    policy = page["Content-Security-Policy"]
    assert (
        "script-src 'self';" in policy
        and "frame-ancestors 'none'" in policy
        and "object-src 'none'" in policy
    )
    assert page["X-Frame-Options"] == "DENY" and page["Referrer-Policy"] == "same-origin"
    assert (
        "unsafe-inline"
        in client.get("/api/docs/")["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    )
    assert "script-src 'self';" in client.get("/visit/")["Content-Security-Policy"]


def test_the_tile_server_is_allowed_for_images(settings, client):
    from hostcity.web.security import _policy

    settings.MAP_TILES = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    assert "img-src 'self' data: blob: https://*.tiles.example.org" in _policy()
