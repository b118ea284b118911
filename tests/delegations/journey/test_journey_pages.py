"""A delegation's journey through the event: its itinerary (page, PDF, iCalendar, its own link) once a plan
is accepted, and the operations board of the event days."""

import pytest

from hostcity.events.models import MeetingRequest
from tests.events.conftest import accept_a_plan
from tests.factories import make_user


@pytest.fixture
def officer_client(client, db):
    client.force_login(make_user("protocol_officer"))
    return client


def test_itineraries_after_acceptance(officer_client, client, summit, django_capture_on_commit_callbacks):
    import io

    from icalendar import Calendar
    from pypdf import PdfReader

    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    MeetingRequest.objects.filter(code="m-kaz").update(title_zh="与哈萨克斯坦会谈")
    empty = officer_client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/")
    assert "No plan is accepted yet" in empty.text
    accept_a_plan(event, django_capture_on_commit_callbacks)
    page = officer_client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/")
    assert "Talks m-kaz" in page.text and "与哈萨克斯坦会谈" in page.text and "Opening" in page.text
    assert "Talks m-egy" not in page.text  # another delegation's meeting
    pdf = officer_client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/itinerary.pdf")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert (
        "哈萨克斯坦代表团日程" in text and "与哈萨克斯坦会谈" in text and "Li" in text
    )  # the Russian interpreter
    ics = Calendar.from_ical(
        officer_client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/itinerary.ics").content
    )
    assert sorted(str(e["summary"]) for e in ics.walk("VEVENT")) == [
        "Opening / 开幕式",
        "Talks m-kaz / 与哈萨克斯坦会谈",
    ]
    # The delegation's own link shows the same, without an account; another delegation's link not this one.
    client.logout()
    own = client.get(f"/focal/{kaz.focal_token}/itinerary/")
    assert own.status_code == 200 and "与哈萨克斯坦会谈" in own.text
    assert client.get(f"/focal/{kaz.focal_token}/itinerary/itinerary.pdf").status_code == 200


def test_the_operations_board(officer_client, summit, django_capture_on_commit_callbacks):

    event, _rooms = summit
    accept_a_plan(event, django_capture_on_commit_callbacks)
    event.delegations.filter(country="EGY").update(status="arrived")
    board = officer_client.get(f"/events/{event.pk}/board/?at=2030-12-01T10:00")
    assert board.status_code == 200
    assert "Opening" in board.text and "late: waiting for Kazakhstan" in board.text  # KAZ has not arrived
    assert "late: waiting for Egypt" not in board.text
    later = officer_client.get(f"/events/{event.pk}/board/?at=2030-12-01T08:00", HTTP_HX_REQUEST="true")
    assert "Nothing under way" in later.text and "<html" not in later.text
