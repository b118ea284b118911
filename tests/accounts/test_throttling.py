"""Sign-in throttling: after five wrong passwords for one user name from one address, even the right
password is refused for a while; other people are not affected; a success resets the count."""

import pytest

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_five_failures_lock_the_user_name_out(client):
    make_user("viewer", username="target")
    make_user("viewer", username="bystander")
    for _ in range(5):
        refused = client.post("/accounts/login/", {"username": "target", "password": "wrong"})
        assert refused.status_code in (200, 429)
    locked = client.post("/accounts/login/", {"username": "target", "password": PASSWORD})
    assert locked.status_code == 429 and 'id="locked-out"' in locked.text
    assert "_auth_user_id" not in client.session
    other = client.post("/accounts/login/", {"username": "bystander", "password": PASSWORD})
    assert other.status_code == 302


def test_a_success_resets_the_count(client):
    make_user("viewer", username="forgetful")
    for _ in range(4):
        client.post("/accounts/login/", {"username": "forgetful", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "forgetful", "password": PASSWORD}).status_code == 302
    client.logout()
    for _ in range(4):
        client.post("/accounts/login/", {"username": "forgetful", "password": "wrong"})
    assert client.post("/accounts/login/", {"username": "forgetful", "password": PASSWORD}).status_code == 302
