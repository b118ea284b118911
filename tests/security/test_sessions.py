"""Sessions and forged requests: sign-out tells the browser to drop what it keeps; a form or API call
posted from another site without the CSRF token is refused (ASVS V3.3.1, V4.2.2, V13.2.3)."""

from django.test import Client

from tests.factories import make_room, make_user


def test_sign_out_ends_the_session_and_clears_the_site_data(client, db):
    client.force_login(make_user("checkin_staff"))
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and response["Clear-Site-Data"] == '"cache", "storage"'
    assert client.get("/delegations/scan/").status_code == 302  # to the sign-in page


def test_a_form_posted_without_the_csrf_token_is_refused(db):
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(make_user("protocol_officer"))
    room = make_room()
    response = forged.post("/venues/book/", {"room": room.pk, "purpose": "forged"})
    assert response.status_code == 403


def test_an_api_call_on_a_session_without_the_csrf_token_is_refused(db):
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(make_user("protocol_officer"))
    response = forged.post("/api/bookings/", {"room": make_room().pk}, content_type="application/json")
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]


def test_uploaded_spreadsheets_are_read_through_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
