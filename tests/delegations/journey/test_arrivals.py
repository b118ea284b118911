"""Arrivals and departures: the head's flights set the delegation's stay, the greeter follows the
rank, a changed arrival that leaves meetings outside the stay re-plans the event and tells the liaison
officer, and the day's board (page, Excel, PDF) lists the flights."""

import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from hostcity.accounts.models import Notice
from hostcity.delegations.journey.arrivals import save_movement
from hostcity.delegations.models import Delegation, Movement
from hostcity.events.models import PlanRun
from hostcity.shared.audit.trail import Actor
from hostcity.shared.plan_times import aware
from tests.events.conftest import accept_a_plan
from tests.factories import at, make_user

SYSTEM = Actor()


def flight(delegation, direction="arrival", when=None, **fields):
    return Movement(delegation=delegation, direction=direction, flight=fields.pop("code", "KC887"),
                    at=when or at(1, 7), **fields)  # fmt: skip


def test_the_heads_flights_set_the_stay_and_the_rank_the_greeter(summit):
    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    save_movement(flight(kaz, when=at(1, 6)), [], by=SYSTEM)
    save_movement(flight(kaz, code="KC001", when=at(1, 4), with_head=False), [], by=SYSTEM)  # an advance team
    save_movement(flight(kaz, "departure", at(2, 20), code="KC888"), [], by=SYSTEM)
    kaz.refresh_from_db()
    assert (kaz.arrival_at, kaz.arrival_flight) == (at(1, 6), "KC887")
    assert (kaz.departure_at, kaz.departure_flight) == (at(2, 20), "KC888")
    assert kaz.movements.first().greeter == "Mayor of Beijing / 北京市市长"  # a head of state


def test_a_later_arrival_replans_and_tells_the_liaison_officer(summit, django_capture_on_commit_callbacks):

    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    officer = make_user("liaison_officer")
    Delegation.objects.filter(pk=kaz.pk).update(liaison_officer=officer)
    kaz.refresh_from_db()
    run = accept_a_plan(event, django_capture_on_commit_callbacks)
    assert save_movement(flight(kaz, when=at(1, 6)), [], by=SYSTEM) is None  # before every meeting
    meeting = next(a for a in run.plan["assignments"] if a["meeting"] == "m-kaz")
    late = event.delegations.get(pk=kaz.pk).movements.get()
    late.at = aware(meeting["end"]) + timedelta(minutes=30)  # lands after its meeting with the president
    new = save_movement(late, [], by=SYSTEM)
    assert isinstance(new, PlanRun) and new.previous_id == run.pk
    assert Notice.objects.filter(user=officer, title__contains="new arrival").exists()


def test_members_of_another_delegation_are_refused(summit):
    event, _rooms = summit
    kaz, egy = event.delegations.get(country="KAZ"), event.delegations.get(country="EGY")
    from tests.factories import make_delegate

    stranger = make_delegate(egy)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="not of this delegation"):
        save_movement(flight(kaz), [stranger], by=SYSTEM)
    assert not Movement.objects.exists()  # nothing half-written


def test_the_days_board(client, summit):
    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    client.force_login(make_user("protocol_officer"))
    url = f"/delegations/event/{event.pk}/arrivals/"
    form = {"delegation": kaz.pk, "direction": "arrival", "flight": "kc887", "at": "2030-12-01T06:30",
            "with_head": "on"}  # fmt: skip
    bad = client.post(url, {**form, "airport": "P3K"})
    assert 'id="id_airport_error"' in bad.text and not Movement.objects.exists()
    made = client.post(url, {**form, "airport": "pkx", "terminal": "T3", "vip_lane": "on"})
    assert made.status_code == 302 and made.url.endswith("?day=2030-12-01")
    page = client.get(made.url)
    assert "KC887" in page.text and "PKX T3" in page.text and len(page.context["arrivals"]) == 1
    assert client.get(f"{url}?day=2030-12-02").context["arrivals"] == []
    assert client.get(f"{url}?day=not-a-day").status_code == 200  # the event's first day instead
    sheet = load_workbook(
        io.BytesIO(client.get(f"/delegations/event/{event.pk}/arrivals.xlsx?day=2030-12-01").content)
    )
    assert [c.value for c in next(sheet.active.iter_rows(min_row=2, max_row=2))][3] == "KC887"
    printed = client.get(f"/delegations/event/{event.pk}/arrivals.pdf?day=2030-12-01")
    assert printed["Content-Type"] == "application/pdf"
    assert client.get(f"/delegations/event/{event.pk}/arrivals.doc").status_code == 404


def test_the_itinerary_holds_the_flights_the_hotel_and_the_car(client, summit):
    from datetime import date

    from hostcity.delegations.models import HotelBlock, Stay
    from hostcity.events.models import Vehicle
    from tests.factories import make_venue

    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    save_movement(flight(kaz, when=at(1, 6), airport="PKX", terminal="T1"), [], by=SYSTEM)
    save_movement(flight(kaz, "departure", at(2, 20), code="KC888"), [], by=SYSTEM)
    hotel = make_venue(name_en="Kerry Hotel", name_zh="嘉里大酒店")
    block = HotelBlock.objects.create(event=event, hotel=hotel, rooms=5, first_night=date(2030, 12, 1),
                                      last_night=date(2030, 12, 1))  # fmt: skip
    from tests.factories import make_delegate

    Stay.objects.create(
        block=block, delegate=make_delegate(kaz), check_in=date(2030, 12, 1), check_out=date(2030, 12, 2)
    )
    Vehicle.objects.create(event=event, plate="京A·00123", driver="Wang Lei", delegation=kaz)
    client.force_login(make_user("protocol_officer"))
    page = client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/")
    assert "Arrival, flight KC887" in page.text and "Beijing Daxing International Airport T1" in page.text
    assert "Departure, flight KC888" in page.text and "嘉里大酒店" in page.text and "京A·00123" in page.text
    import io

    from pypdf import PdfReader

    pdf = client.get(f"/events/{event.pk}/itineraries/{kaz.pk}/itinerary.pdf")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "KC887" in text and "嘉里大酒店" in text


def test_flights_through_the_api_follow_the_same_rule(client, summit):
    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    client.force_login(make_user("protocol_officer"))
    body = {
        "delegation": kaz.pk,
        "direction": "arrival",
        "flight": "KC887",
        "airport": "pkx",
        "at": "2030-12-01T06:30",
    }
    made = client.post("/api/flights/", body, content_type="application/json")
    assert made.status_code == 201 and made.json()["airport"] == "PKX" and "Mayor" in made.json()["greeter"]
    kaz.refresh_from_db()
    assert kaz.arrival_flight == "KC887"
    bad = client.post("/api/flights/", {**body, "airport": "X1"}, content_type="application/json")
    assert bad.status_code == 400 and "airport" in bad.json()
    ancient = client.post(
        "/api/flights/", {**body, "at": "0122-07-15T04:23:54"}, content_type="application/json"
    )
    assert ancient.status_code == 400 and "at" in ancient.json()  # found by schemathesis
    moved = client.patch(
        f"/api/flights/{made.json()['id']}/", {"flight": "KC889"}, content_type="application/json"
    )
    assert moved.status_code == 200
    kaz.refresh_from_db()
    assert kaz.arrival_flight == "KC889"
    client.force_login(make_user("security_officer"))
    assert client.get("/api/flights/").json()["count"] == 1
    assert client.post("/api/flights/", body, content_type="application/json").status_code == 403


def test_flights_imported_all_or_nothing(client, summit):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from hostcity.delegations.journey.flight_imports import COLUMNS, import_flights
    from hostcity.shared.spreadsheets import csv_bytes

    event, _rooms = summit

    def upload(rows):
        return SimpleUploadedFile("flights.csv", csv_bytes(COLUMNS, rows))

    bad = [["KAZ", "arrival", "KC887", "PKX", "T1", "2030-12-01 06:30", "yes", ""],
           ["FRA", "arrival", "AF128", "PEK", "", "2030-12-01 07:00", "", ""],
           ["EGY", "landing", "MS956", "PE1", "", "tomorrow", "", ""]]  # fmt: skip
    report = import_flights(upload(bad), event=event, apply=True, by=SYSTEM)
    assert not report.applied and [(e.row, e.column) for e in report.errors] == [
        (3, "delegation"),
        (4, "direction"),
        (4, "airport"),
        (4, "at"),
    ]
    assert not Movement.objects.exists()
    leaving = ["EGY", "departure", "ms957", "pek", "T3", "2030-12-02 21:00", "", ""]
    good = import_flights(upload([bad[0], leaving]), event=event, apply=True, by=SYSTEM)
    assert good.applied and good.created == 2
    kaz = event.delegations.get(country="KAZ")
    assert (kaz.arrival_flight, kaz.movements.get().vip_lane) == ("KC887", True)
    client.force_login(make_user("protocol_officer"))
    assert client.get(f"/delegations/event/{event.pk}/arrivals/import/").status_code == 200
