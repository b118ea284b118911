"""The motorcade: cars in the order of precedence of their delegations, each with its drives from the
accepted plan (the airport on landing, each venue with the engine's travel time, the airport before
its flight out), the page, the cars added, the drivers' rosters as PDF."""

import io

from pypdf import PdfReader

from hostcity.delegations.journey.arrivals import save_movement
from hostcity.delegations.journey.motorcade import motorcade
from hostcity.delegations.models import Movement
from hostcity.events.models import Vehicle
from hostcity.shared.audit.trail import Actor
from tests.events.conftest import accept_a_plan
from tests.factories import at, make_user


def planned(summit, django_capture_on_commit_callbacks):

    event, _rooms = summit
    accept_a_plan(event, django_capture_on_commit_callbacks)
    return event


def test_cars_in_precedence_order_with_their_drives(summit, django_capture_on_commit_callbacks):
    event = planned(summit, django_capture_on_commit_callbacks)
    kaz, egy = event.delegations.get(country="KAZ"), event.delegations.get(country="EGY")
    Vehicle.objects.create(event=event, plate="B-2", delegation=kaz)
    Vehicle.objects.create(event=event, plate="A-1", delegation=egy)
    Vehicle.objects.create(event=event, plate="Z-9")
    save_movement(Movement(delegation=kaz, direction="arrival", flight="KC887", airport="PEK", terminal="T3",
                           at=at(1, 6)), [], by=Actor())  # fmt: skip
    save_movement(
        Movement(delegation=kaz, direction="departure", flight="KC888", at=at(1, 23)), [], by=Actor()
    )
    cars = motorcade(event, at(1, 0).date())
    order = [car.plate for car, _drives in cars]
    assert order[-1] == "Z-9" and set(order[:2]) == {"A-1", "B-2"}  # the unassigned car last
    drives = dict((car.plate, d) for car, d in cars)["B-2"]
    assert drives[0].origin == "PEK T3" and drives[0].leave >= at(1, 6)  # from the airport once landed
    assert drives[-1].destination == "PEK" and drives[-1].why == "flight KC888"
    assert all(d.leave <= d.arrive for d in drives)


def test_the_motorcade_page_and_the_drivers_rosters(client, summit, django_capture_on_commit_callbacks):
    event = planned(summit, django_capture_on_commit_callbacks)
    kaz = event.delegations.get(country="KAZ")
    client.force_login(make_user("protocol_officer"))
    url = f"/delegations/event/{event.pk}/motorcade/?day=2030-12-01"
    made = client.post(
        url, {"plate": "jing-a 001", "kind": "car", "seats": 4, "driver": "王磊", "delegation": kaz.pk}
    )
    assert made.status_code == 302
    again = client.post(url, {"plate": "JING-A 001", "kind": "car", "seats": 4})
    assert 'id="id_plate_error"' in again.text and Vehicle.objects.count() == 1
    page = client.get(url)
    assert "JING-A 001" in page.text and "王磊" in page.text
    pdf = client.get(f"/delegations/event/{event.pk}/drivers.pdf?day=2030-12-01")
    assert "JING-A 001" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    client.force_login(make_user("viewer"))
    client.post(url, {"plate": "X", "kind": "car", "seats": 4})
    assert Vehicle.objects.count() == 1  # a viewer reads, does not add
