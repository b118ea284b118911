"""A lost password: reset by e-mail (signed single-use links, throttled, never saying whether an
address is known) and by an administrator; both on the audit trail (finding 12)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client, override_settings

from hostcity.shared.audit.models import AuditEntry
from tests.factories import make_user, sign_in

LINK = re.compile(r"http://testserver(/accounts/reset/[^/\s]+/[^/\s]+/)")


@pytest.fixture
def person(db):
    return make_user("protocol_officer", email="li.na@fao.example")


def _link() -> str:
    """The reset link of the last e-mail that carries one."""
    (path,) = next(LINK.findall(m.body) for m in reversed(mail.outbox) if LINK.search(m.body))
    return path


def test_a_person_resets_a_lost_password_by_email(client, person):
    response = client.post("/accounts/password-reset/", {"email": "LI.NA@fao.example"})
    assert response.status_code == 302 and response.url == "/accounts/password-reset/sent/"
    assert [m.to for m in mail.outbox] == [["li.na@fao.example"]]
    form = client.get(_link(), follow=True)
    assert form.status_code == 200 and b"new_password1" in form.content
    new = "a new long passphrase 2030"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302 and done.url == "/accounts/reset/done/"
    person.refresh_from_db()
    assert person.check_password(new)
    assert mail.outbox[-1].subject == "hostcity: your password was changed"  # told, in case it was not them
    again = client.get(_link(), follow=True)
    assert b"This link does not work" in again.content  # single use
    actions = list(
        AuditEntry.objects.filter(record="user", record_id=person.pk).values_list("action", flat=True)
    )
    assert sorted(actions) == ["password reset done", "password reset requested"]


def test_the_answer_never_says_whether_an_address_is_known(client, person):
    known = client.post("/accounts/password-reset/", {"email": "li.na@fao.example"})
    unknown = client.post("/accounts/password-reset/", {"email": "nobody@fao.example"})
    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert len(mail.outbox) == 1


@override_settings(HOSTCITY_PASSWORD_RESETS_PER_HOUR=3)
def test_requests_are_throttled_per_address_and_per_client(client, person):
    for _ in range(5):
        assert client.post("/accounts/password-reset/", {"email": "li.na@fao.example"}).status_code == 302
    assert len(mail.outbox) == 3
    other = make_user(email="other@fao.example")
    mail.outbox.clear()
    client.post("/accounts/password-reset/", {"email": other.email})  # the same client, over its allowance
    assert mail.outbox == []
    Client(REMOTE_ADDR="198.51.100.7").post("/accounts/password-reset/", {"email": other.email})
    assert [m.to for m in mail.outbox] == [[other.email]]


def test_a_tampered_link_does_not_work(client, person):
    client.post("/accounts/password-reset/", {"email": person.email})
    path = _link()
    bad = path[:-3] + ("a" if path[-3] != "a" else "b") + path[-2:]
    assert b"This link does not work" in client.get(bad, follow=True).content


def test_an_administrator_resets_a_password_and_ends_the_persons_sessions(client, person):
    theirs = Client()
    theirs.force_login(person)
    assert theirs.get("/accounts/profile/").status_code == 200
    admin = sign_in(client, make_user("administrator"))
    response = client.post("/accounts/password-reset/for/", {"username": person.username})
    assert response.status_code == 302
    person.refresh_from_db()
    assert not person.has_usable_password()
    assert theirs.get("/accounts/profile/").status_code == 302  # signed out everywhere
    assert [m.to for m in mail.outbox] == [[person.email]]
    entry = AuditEntry.objects.get(action="password reset by administrator")
    assert (entry.user, entry.record_id) == (admin, person.pk)
    done = Client().get(_link(), follow=True)
    assert b"new_password1" in done.content  # the link works for a password made unusable


def test_without_an_email_the_administrator_hands_the_link_over(client, db):
    person = make_user("viewer", email="")
    sign_in(client, make_user("administrator"))
    page = client.post("/accounts/password-reset/for/", {"username": person.username})
    assert page.status_code == 200 and page["Cache-Control"] == "no-store"
    assert re.search(rb'id="handover-link" readonly value="http://testserver/accounts/reset/', page.content)
    assert mail.outbox == []


@pytest.mark.parametrize("role", ["protocol_officer", "viewer", "checkin_staff"])
def test_only_an_administrator_resets_anothers_password(client, person, role):
    sign_in(client, make_user(role))
    assert client.post("/accounts/password-reset/for/", {"username": person.username}).status_code == 403
    person.refresh_from_db()
    assert person.has_usable_password() and not AuditEntry.objects.exists()


def test_an_unknown_user_name_is_said_so(client, db):
    sign_in(client, make_user("administrator"))
    response = client.post("/accounts/password-reset/for/", {"username": "ghost"}, follow=True)
    assert "No person has the user name “ghost”." in response.content.decode()
    assert get_user_model().objects.filter(username="ghost").count() == 0


def test_a_new_password_shorter_than_twelve_characters_is_refused(client, person):
    client.post("/accounts/password-reset/", {"email": person.email})
    form = client.get(_link(), follow=True)
    short = "Qx7!kd9#Lm2"  # 11 characters
    page = client.post(form.redirect_chain[-1][0], {"new_password1": short, "new_password2": short})
    assert page.status_code == 200 and "at least 12 characters" in page.content.decode()
    person.refresh_from_db()
    assert not person.check_password(short)
