"""Event pages: requests added with their errors named, a run started from the page, its timelines
and unscheduled requests, its acceptance."""

import pytest

from hostcity.events.models import MeetingRequest, PlanRun
from tests.factories import make_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(make_user("protocol_officer"))
    return client


def test_a_request_is_added_or_refused_with_its_reason(officer_client, summit):
    event, _rooms = summit
    president = event.host_principals.get()
    kaz = event.delegations.get(country="KAZ")
    url = f"/events/{event.pk}/requests/"
    form = {"code": "m-kaz-2", "title_en": "Dinner talks", "minutes": 60, "priority": "normal"}
    lonely = officer_client.post(url, {**form, "delegations": [kaz.pk]})
    assert "two parties at least" in lonely.text
    window = {"window_start": "2031-01-05T09:00", "window_end": "2031-01-05T12:00"}
    outside = officer_client.post(
        url, {**form, "delegations": [kaz.pk], "host_principals": [president.pk], **window}
    )
    assert "outside the event" in outside.text
    again = officer_client.post(
        url, {**form, "code": "m-kaz", "delegations": [kaz.pk], "host_principals": [president.pk]}
    )
    assert "has the code m-kaz" in again.text
    good = officer_client.post(
        url, {**form, "delegations": [kaz.pk], "host_principals": [president.pk], "room_kinds": ["bilateral"]}
    )
    assert good.status_code == 302
    made = MeetingRequest.objects.get(code="m-kaz-2")
    assert made.room_kinds == ["bilateral"] and made.windows == []


def test_plan_from_the_page_then_accept(officer_client, summit, django_capture_on_commit_callbacks):
    event, _rooms = summit
    with django_capture_on_commit_callbacks(execute=True):
        response = officer_client.post(f"/events/{event.pk}/plan/", {"time_limit": 5})
    run = PlanRun.objects.get()
    assert response.url == f"/events/runs/{run.pk}/"
    page = officer_client.get(response.url)
    assert "Talks m-kaz" in page.text and 'id="run-timelines"' in page.text and "Opening" in page.text
    by_party = officer_client.get(f"{response.url}?by=party")
    assert "Kazakhstan" in by_party.text
    progress = officer_client.get(f"{response.url}?part=progress", HTTP_HX_REQUEST="true")
    assert progress.status_code == 204 and progress["HX-Refresh"] == "true"
    accepted = officer_client.post(f"/events/runs/{run.pk}/accept/", follow=True)
    assert "Plan accepted: 2 rooms booked" in accepted.text
    twice = officer_client.post(f"/events/runs/{run.pk}/accept/", follow=True)
    assert "accepted already" in twice.text
