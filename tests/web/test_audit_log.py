"""The audit log page: every change on the trail, from any part of the platform, filtered by record,
person and dates; administrators only."""

import pytest

from hostcity.registry.models import InternationalOrganization
from hostcity.shared.audit.trail import Actor, record
from tests.factories import make_delegation, make_user, sign_in

pytestmark = pytest.mark.django_db


def test_the_log_lists_and_filters_every_change(client):
    officer = make_user("registry_officer", username="zhao.registry")
    org = InternationalOrganization.objects.create(name_en="Centre", name_zh="中心", kind="intergovernmental")
    record(Actor(user=officer), "status", org, {"status": ["prospect", "in_talks"]})
    record(Actor(), "create", make_delegation(), {})
    sign_in(client, make_user("administrator"))
    page = client.get("/accounts/audit/")
    assert page.context["page"].paginator.count == 2 and "prospect → in_talks" in page.text
    only = client.get("/accounts/audit/?record=internationalorganization&who=zhao")
    assert [e.action for e in only.context["page"]] == ["status"]
    assert client.get("/accounts/audit/?since=2999-01-01").context["page"].paginator.count == 0
    assert client.get("/accounts/audit/?since=not-a-date").context["page"].paginator.count == 2
    client.force_login(officer)
    assert client.get("/accounts/audit/").status_code == 403
