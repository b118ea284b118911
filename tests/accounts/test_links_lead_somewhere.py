"""A page never offers a link its reader may not follow: on the pages each role opens most (the
event, its delegations), every link of the site answers that role with something other than 403."""

import re

import pytest

from hostcity.accounts.roles import ROLES
from hostcity.delegations.models import Delegation
from tests.factories import make_delegation, make_event, make_user

pytestmark = pytest.mark.django_db
HREF = re.compile(r'href="(/[^"#?]*)')
SKIP = ("/accounts/logout/", "/i18n/", "/static/", "/admin/", "/api/")


@pytest.mark.parametrize("role", [r.slug for r in ROLES if not r.all_permissions])
def test_no_link_leads_to_not_allowed(client, role):
    event = make_event()
    user = make_user(role)
    delegation = make_delegation(event, country="KAZ")
    Delegation.objects.filter(pk=delegation.pk).update(liaison_officer=user)
    client.force_login(user)
    refused = []
    for page in (
        f"/events/{event.pk}/",
        f"/delegations/event/{event.pk}/",
        f"/delegations/{delegation.pk}/",
        "/",
    ):
        answer = client.get(page)
        if answer.status_code != 200:
            continue
        for link in sorted(set(HREF.findall(answer.text))):
            if link.startswith(SKIP) or link.endswith((".pdf", ".xlsx", ".csv", ".ics", ".svg", ".json")):
                continue
            if client.get(link).status_code == 403:
                refused.append((page, link))
    assert refused == []
