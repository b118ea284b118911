"""Two officers booking the same room at the same moment end with exactly one booking.

These run on PostgreSQL with real concurrent transactions (one connection per thread)."""

import threading
from datetime import timedelta

import pytest
from django.db import IntegrityError, OperationalError, connection, transaction

from hostcity.venues.booking import BookingError, book_room
from hostcity.venues.models import Booking, Closure
from tests.factories import at, make_closure, make_room

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(*jobs):
    """Start the jobs in threads at the same instant; return what each returned or raised."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def runner(i, job):
        try:
            barrier.wait()
            results[i] = job()
        except Exception as exc:
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results


def test_two_officers_booking_the_same_room_at_once_get_exactly_one_booking():
    room = make_room()

    def officer(purpose):
        return lambda: book_room(room, start=at(1, 10), end=at(1, 11), purpose=purpose, by=None)

    for _attempt in range(5):
        Booking.objects.all().delete()
        results = run_together(officer("A"), officer("B"))
        assert sorted(type(r).__name__ for r in results) == ["BookingError", "list"], results
        assert Booking.objects.filter(room=room).count() == 1
        refused = next(r for r in results if isinstance(r, BookingError))
        assert "is already booked" in refused.errors[""][0]


def test_the_database_itself_refuses_overlaps_even_without_the_domain_function():
    room = make_room()

    def raw_insert(purpose, hold):
        def job():
            with transaction.atomic():
                booking = Booking.objects.create(room=room, start=at(1, 10), end=at(1, 11), purpose=purpose)
                hold.wait(timeout=5)  # both transactions are open at once
                return booking

        return job

    hold = threading.Barrier(1)
    results = run_together(raw_insert("A", hold), raw_insert("B", hold))
    saved = [r for r in results if isinstance(r, Booking)]
    refused = [r for r in results if isinstance(r, IntegrityError | OperationalError)]
    assert len(saved) == 1 and len(refused) == 1, results
    # PostgreSQL reports the loser as an exclusion violation, or as a deadlock when both checked at once.
    assert "booking_no_overlap" in str(refused[0]) or "deadlock" in str(refused[0])
    assert Booking.objects.filter(room=room).count() == 1


def test_exclusion_constraint_ignores_cancelled_bookings():
    room = make_room()
    Booking.objects.create(room=room, start=at(1, 10), end=at(1, 11), purpose="A", status="cancelled")
    Booking.objects.create(room=room, start=at(1, 10), end=at(1, 11), purpose="B", status="confirmed")
    with pytest.raises(IntegrityError), transaction.atomic():
        Booking.objects.create(room=room, start=at(1, 10, 30), end=at(1, 12), purpose="C", status="tentative")


def test_database_trigger_refuses_a_booking_in_a_closure():
    room = make_room()
    make_closure(venue=room.venue, start=at(1, 0), hours=24)
    with pytest.raises(IntegrityError, match="booking_in_closure"), transaction.atomic():
        Booking.objects.create(room=room, start=at(1, 10), end=at(1, 11), purpose="raw")


def test_database_trigger_refuses_a_closure_over_live_bookings():
    room = make_room()
    Booking.objects.create(room=room, start=at(1, 10), end=at(1, 11), purpose="raw")
    with pytest.raises(IntegrityError, match="closure_over_bookings"), transaction.atomic():
        Closure.objects.create(
            room=room, start=at(1, 0), end=at(1, 0) + timedelta(days=1), reason="maintenance"
        )
