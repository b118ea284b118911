"""Object-level permissions: a liaison officer sees only the delegations assigned to them — in the
list, on a delegation's page, a member's photo — and none of the event-wide pages; others' are 404."""

import pytest

from tests.factories import make_delegate, make_delegation, make_event, make_user, png_upload

pytestmark = pytest.mark.django_db


def test_a_liaison_officer_sees_only_their_delegations(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    officer = make_user("liaison_officer", username="li.liaison")
    event = make_event()
    mine = make_delegation(event, country="KAZ", liaison_officer=officer)
    theirs = make_delegation(event, country="FRA")
    my_member = make_delegate(mine, photo=png_upload())
    their_member = make_delegate(theirs, photo=png_upload())
    client.force_login(officer)
    listing = client.get(f"/delegations/event/{event.pk}/")
    assert [d.pk for d in listing.context["delegations"]] == [mine.pk]
    assert client.get(f"/delegations/{mine.pk}/").status_code == 200
    assert client.get(f"/delegations/{theirs.pk}/").status_code == 404
    assert client.get(f"/delegations/members/{my_member.pk}/photo").status_code == 200
    assert client.get(f"/delegations/members/{their_member.pk}/photo").status_code == 404
    for page in ("orders/", "badges/", "seating/"):
        assert client.get(f"/delegations/event/{event.pk}/{page}").status_code == 403
    detail = client.get(f"/delegations/{mine.pk}/")
    assert 'id="focal-link"' not in detail.text  # the registration link is for those who keep delegations
    client.force_login(make_user("protocol_officer"))
    assert len(client.get(f"/delegations/event/{event.pk}/").context["delegations"]) == 2
