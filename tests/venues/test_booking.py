from datetime import date, timedelta

import pytest

from hostcity.venues.booking import (
    BookingError,
    Recurrence,
    book_room,
    cancel_booking,
    change_booking,
    close_place,
)
from hostcity.venues.models import Booking, Closure
from tests.factories import at, make_booking, make_closure, make_room, make_venue

pytestmark = pytest.mark.django_db


def book(room, start, end, **kw):
    return book_room(room, start=start, end=end, purpose=kw.pop("purpose", "Talks"), by=None, **kw)


def test_books_a_free_room():
    room = make_room()
    (booking,) = book(room, at(1, 10), at(1, 11))
    assert (booking.room, booking.start, booking.end, booking.status) == (
        room,
        at(1, 10),
        at(1, 11),
        "tentative",
    )


def test_overlap_is_refused_with_the_booking_in_the_way_named():
    room = make_room(name_en="Fujian Hall")
    existing = make_booking(room, start=at(1, 10), hours=1, purpose="China-Kenya talks")
    with pytest.raises(BookingError) as refused:
        book(room, at(1, 10, 30), at(1, 11, 30))
    (message,) = refused.value.errors[""]
    assert "Fujian Hall is already booked" in message
    assert "China-Kenya talks" in message and f"booking {existing.pk}" in message
    assert Booking.objects.count() == 1


def test_back_to_back_bookings_do_not_conflict():
    room = make_room()
    make_booking(room, start=at(1, 10), hours=1)
    book(room, at(1, 11), at(1, 12))
    book(room, at(1, 9), at(1, 10))
    assert Booking.objects.filter(room=room).count() == 3


def test_cancelled_booking_does_not_block():
    room = make_room()
    make_booking(room, start=at(1, 10), status="cancelled")
    book(room, at(1, 10), at(1, 11))
    assert Booking.objects.filter(room=room, status="tentative").count() == 1


def test_same_time_in_another_room_is_fine():
    venue = make_venue()
    make_booking(make_room(venue), start=at(1, 10))
    book(make_room(venue), at(1, 10), at(1, 11))
    assert Booking.objects.count() == 2


@pytest.mark.parametrize("start,end", [(at(1, 11), at(1, 10)), (at(1, 10), at(1, 10))])
def test_end_must_be_after_start(start, end):
    with pytest.raises(BookingError) as refused:
        book(make_room(), start, end)
    assert refused.value.errors == {"end": ["The end must be after the start."]}
    assert not Booking.objects.exists()


def test_naive_times_are_refused():
    with pytest.raises(BookingError) as refused:
        book(make_room(), at(1, 10).replace(tzinfo=None), at(1, 11))
    assert refused.value.errors == {"start": ["Give a time with its time zone."]}


def test_empty_purpose_is_refused():
    with pytest.raises(BookingError) as refused:
        book(make_room(), at(1, 10), at(1, 11), purpose="  ")
    assert list(refused.value.errors) == ["purpose"]


def test_room_closure_blocks_booking():
    room = make_room(name_en="Golden Hall")
    make_closure(room=room, start=at(1, 0), hours=24, reason="maintenance", note="carpets")
    with pytest.raises(BookingError) as refused:
        book(room, at(1, 10), at(1, 11))
    (message,) = refused.value.errors[""]
    assert message.startswith("Golden Hall is closed") and "maintenance (carpets)" in message


def test_venue_closure_blocks_every_room_of_the_venue():
    venue = make_venue(name_en="Yanqi Lake")
    room = make_room(venue)
    make_closure(venue=venue, start=at(1, 0), hours=48, reason="security_lockdown")
    with pytest.raises(BookingError) as refused:
        book(room, at(2, 10), at(2, 11))
    assert "Yanqi Lake is closed" in refused.value.errors[""][0]
    assert "security lockdown" in refused.value.errors[""][0]
    book(make_room(), at(2, 10), at(2, 11))  # another venue is not closed


def test_recurring_weekly_books_every_chosen_weekday():
    room = make_room()
    made = book(room, at(2, 9), at(2, 10), recurrence=Recurrence("weekly", date(2030, 12, 13), (0, 4)))
    # 2 December 2030 is a Monday: Mondays 2 and 9, Fridays 6 and 13.
    assert [b.start.day for b in made] == [2, 6, 9, 13]
    assert len({b.series for b in made}) == 1 and made[0].series is not None


def test_recurring_with_conflicts_lists_every_one_and_saves_nothing():
    room = make_room()
    make_booking(room, start=at(3, 9, 30))
    make_closure(room=room, start=at(5, 0), hours=24)
    with pytest.raises(BookingError) as refused:
        book(room, at(1, 9), at(1, 10), recurrence=Recurrence("daily", date(2030, 12, 7)))
    conflicts = refused.value.conflicts
    assert [(c.period.start.day, bool(c.booking), bool(c.closure)) for c in conflicts] == [
        (3, True, False),
        (5, False, True),
    ]
    assert Booking.objects.filter(room=room).count() == 1


def test_recurrence_until_before_start_is_refused():
    with pytest.raises(BookingError) as refused:
        book(make_room(), at(9, 9), at(9, 10), recurrence=Recurrence("daily", date(2030, 12, 1)))
    assert list(refused.value.errors) == ["until"]


def test_recurrence_is_bounded():
    with pytest.raises(BookingError) as refused:
        book(make_room(), at(1, 9), at(1, 10), recurrence=Recurrence("daily", date(2032, 12, 1)))
    assert "at most 366" in refused.value.errors["until"][0]


def test_weekly_needs_a_weekday():
    with pytest.raises(BookingError) as refused:
        book(make_room(), at(1, 9), at(1, 10), recurrence=Recurrence("weekly", date(2030, 12, 20), ()))
    assert list(refused.value.errors) == ["weekdays"]


def test_moving_a_booking_onto_another_is_refused_and_keeps_it_unchanged():
    room = make_room()
    make_booking(room, start=at(1, 10))
    mine = make_booking(room, start=at(1, 14))
    with pytest.raises(BookingError):
        change_booking(mine, start=at(1, 10, 30), end=at(1, 11, 30))
    mine.refresh_from_db()
    assert mine.start == at(1, 14)


def test_moving_a_booking_within_its_own_time_is_fine():
    mine = make_booking(start=at(1, 10), hours=2)
    change_booking(mine, start=at(1, 11), end=at(1, 13))
    mine.refresh_from_db()
    assert (mine.start, mine.end) == (at(1, 11), at(1, 13))


def test_cancelled_booking_frees_the_room():
    room = make_room()
    first = make_booking(room, start=at(1, 10))
    cancel_booking(first)
    book(room, at(1, 10), at(1, 11))
    assert Booking.objects.filter(room=room, status__in=Booking.LIVE).count() == 1


def test_closure_over_live_bookings_is_refused_and_lists_them():
    venue = make_venue()
    booked = make_booking(make_room(venue), start=at(1, 10))
    with pytest.raises(BookingError) as refused:
        close_place(venue=venue, start=at(1, 0), end=at(2, 0), reason="security_lockdown")
    assert [c.booking for c in refused.value.conflicts] == [booked]
    assert not Closure.objects.exists()


def test_closure_needs_exactly_one_place():
    with pytest.raises(BookingError):
        close_place(start=at(1, 0), end=at(2, 0), reason="maintenance")
    room = make_room()
    with pytest.raises(BookingError):
        close_place(venue=room.venue, room=room, start=at(1, 0), end=at(2, 0), reason="maintenance")


def test_closure_with_unknown_reason_is_refused():
    with pytest.raises(BookingError) as refused:
        close_place(venue=make_venue(), start=at(1, 0), end=at(2, 0), reason="party")
    assert list(refused.value.errors) == ["reason"]


def test_closure_after_bookings_is_fine():
    room = make_room()
    make_booking(room, start=at(1, 10))
    closure = close_place(room=room, start=at(1, 11), end=at(1, 18), reason="maintenance")
    assert closure.pk and closure.end - closure.start == timedelta(hours=7)


def test_recurring_keeps_the_local_time_across_a_daylight_saving_change():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    berlin = ZoneInfo("Europe/Berlin")
    room = make_room()
    with timezone.override(berlin):
        start = datetime(2030, 3, 29, 9, tzinfo=berlin)  # clocks go forward on Sunday 31 March 2030
        made = book(room, start, start + timedelta(hours=1), recurrence=Recurrence("daily", date(2030, 4, 1)))
    assert [b.start.astimezone(berlin).hour for b in made] == [9, 9, 9, 9]
    assert [b.start.astimezone(berlin).utcoffset().total_seconds() / 3600 for b in (made[0], made[-1])] == [
        1,
        2,
    ]
