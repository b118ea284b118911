"""Hotels: a delegation lodged in a block for its stay, the conflicts listed before the rooming list
goes to the hotel (a stay outside the delegation's dates or the block's nights, two rooms a night,
more guests than rooms), the rooming list as a page and as Excel."""

import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from openpyxl import load_workbook

from hostcity.delegations.journey.lodging import conflicts, lodge
from hostcity.delegations.models import HotelBlock, Stay
from hostcity.shared.audit.trail import Actor
from tests.factories import at, make_delegate, make_event, make_user, make_venue

SYSTEM = Actor()


@pytest.fixture
def lodged(summit):
    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    for _ in range(3):
        make_delegate(kaz)
    kaz.arrival_at, kaz.departure_at = at(1, 6), at(2, 20)
    kaz.save()
    nights = {"first_night": date(2030, 11, 30), "last_night": date(2030, 12, 2)}
    block = HotelBlock.objects.create(event=event, hotel=make_venue(name_en="Kerry Hotel"), rooms=2, **nights)
    return event, kaz, block


def test_a_delegation_is_lodged_for_its_stay_and_over_capacity_is_listed(lodged):
    event, kaz, block = lodged
    made = lodge(kaz, block, by=SYSTEM)
    assert len(made) == 3 and {(s.check_in, s.check_out) for s in made} == {
        (date(2030, 12, 1), date(2030, 12, 2))
    }
    assert lodge(kaz, block, by=SYSTEM) == []  # each member once
    found = [c.message for c in conflicts(event)]
    assert found == ["Kerry Hotel, night of 2030-12-01: 3 guests for 2 rooms."]


def test_stays_outside_the_delegations_dates_and_two_rooms_a_night_are_listed(lodged):
    event, kaz, block = lodged
    block.rooms = 10
    block.save()
    stay = lodge(kaz, block, by=SYSTEM)[0]
    Stay.objects.filter(pk=stay.pk).update(check_in=date(2030, 11, 30), check_out=date(2030, 12, 3))
    one_night = {"first_night": date(2030, 12, 1), "last_night": date(2030, 12, 1)}
    other = HotelBlock.objects.create(
        event=event, hotel=make_venue(name_en="China World"), rooms=5, **one_night
    )
    Stay.objects.create(
        block=other, delegate=stay.delegate, check_in=date(2030, 12, 1), check_out=date(2030, 12, 2)
    )
    found = " ".join(c.message for c in conflicts(event))
    assert "before arriving on 2030-12-01" in found and "after leaving on 2030-12-02" in found
    assert "two rooms on the night of 2030-12-01" in found


def test_a_block_of_another_event_or_nights_missed_are_refused(lodged):
    _event, kaz, block = lodged
    one_night = {"first_night": date(2030, 12, 1), "last_night": date(2030, 12, 1)}
    elsewhere = HotelBlock.objects.create(event=make_event(), hotel=block.hotel, rooms=3, **one_night)
    with pytest.raises(ValidationError, match="another event"):
        lodge(kaz, elsewhere, by=SYSTEM)
    block.first_night = block.last_night = date(2030, 12, 5)
    block.save()
    with pytest.raises(ValidationError, match="misses the block"):
        lodge(kaz, block, by=SYSTEM)
    assert not Stay.objects.exists()


def test_the_hotels_pages(client, lodged):
    event, kaz, block = lodged
    client.force_login(make_user("protocol_officer"))
    url = f"/delegations/event/{event.pk}/hotels/"
    bad = client.post(
        url, {"hotel": block.hotel.pk, "rooms": 5, "first_night": "2030-12-03", "last_night": "2030-12-01"}
    )
    assert 'id="id_last_night_error"' in bad.text
    client.post(url, {"delegation": kaz.pk, "block": block.pk})
    assert Stay.objects.filter(block=block).count() == 3
    page = client.get(url)
    assert "3 guests for 2 rooms" in page.text
    stay = Stay.objects.first()
    client.post(f"/delegations/stays/{stay.pk}/room/", {"room_number": " 1208 "})
    assert Stay.objects.get(pk=stay.pk).room_number == "1208"
    assert "1208" in client.get(f"/delegations/hotel-blocks/{block.pk}/").text
    sheet = load_workbook(
        io.BytesIO(client.get(f"/delegations/hotel-blocks/{block.pk}/rooming.xlsx").content)
    )
    assert (
        sheet.active.max_row == 4 and [c.value for c in next(sheet.active.iter_rows(max_row=1))][5] == "room"
    )
