"""A small summit to plan: two days, a hall and two bilateral rooms, the president, two delegations,
an opening, two requests and two interpreters."""

import pytest

from hostcity.events.models import EventInterpreter, HostPrincipal, MeetingRequest, ProgrammeItem
from tests.factories import at, make_delegation, make_event, make_room, make_venue


@pytest.fixture
def summit(db):
    from datetime import date

    event = make_event(start_date=date(2030, 12, 1), end_date=date(2030, 12, 2))
    venue = make_venue(code="ghop", name_en="Great Hall", name_zh="大会堂")
    east, west = (
        make_room(venue, name_en="East", kind="bilateral"),
        make_room(venue, name_en="West", kind="bilateral"),
    )
    hall = make_room(venue, name_en="Hall", kind="plenary", capacity=2000)
    event.venues.add(venue)
    president = HostPrincipal.objects.create(
        event=event, code="president", name_en="President", name_zh="主席", languages=["zh"]
    )
    kaz = make_delegation(event, country="KAZ", languages=["ru"])
    egy = make_delegation(event, country="EGY", languages=["ar"])
    opening = ProgrammeItem.objects.create(
        event=event,
        code="opening",
        title_en="Opening",
        title_zh="开幕式",
        room=hall,
        start=at(1, 9),
        end=at(1, 11),
        all_delegations=True,
    )
    opening.host_principals.add(president)
    for code, delegation, priority in [("m-kaz", kaz, "must"), ("m-egy", egy, "high")]:
        request = MeetingRequest.objects.create(
            event=event, code=code, title_en=f"Talks {code}", minutes=45, priority=priority
        )
        request.host_principals.add(president)
        request.delegations.add(delegation)
    EventInterpreter.objects.create(event=event, code="i-ru", name="Li", languages=["zh", "ru"])
    EventInterpreter.objects.create(event=event, code="i-ar", name="Wang", languages=["zh", "ar"])
    return event, {"east": east, "west": west, "hall": hall}


def accept_a_plan(event, capture_on_commit):
    """The event planned (the run's task executed at commit) and its plan accepted; the run."""
    from hostcity.events import plan_runs

    with capture_on_commit(execute=True):
        run = plan_runs.start_run(event, by=None, time_limit=5)
    run.refresh_from_db()
    plan_runs.accept_run(run, by=None)
    return run
