"""A focal point asks for a meeting through the delegation's link: refused, the field named, or received."""

from hostcity.events.models import MeetingRequest


def test_a_focal_point_requests_a_meeting(client, summit):
    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    president = event.host_principals.get()
    url = f"/focal/{kaz.focal_token}/requests/"
    nobody = client.post(url, {"minutes": 45, "priority": "normal"})
    assert 'id="id_host_principals_error"' in nobody.text
    grab = client.post(url, {"host_principals": [president.pk], "minutes": 45, "priority": "must"})
    assert 'id="id_priority_error"' in grab.text  # a delegation cannot make its wish a must
    made = client.post(
        url, {"host_principals": [president.pk], "minutes": 30, "priority": "high", "note": "energy"}
    )
    assert made.status_code == 302
    request = MeetingRequest.objects.get(from_delegation=kaz)
    assert (request.code, request.minutes, request.note) == ("kaz-request-1", 30, "energy")
    assert list(request.delegations.all()) == [kaz] and list(request.host_principals.all()) == [president]
    assert "Received" in client.get(url).text
