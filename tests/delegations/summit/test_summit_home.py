"""The summit home: the countdown, delegations by status, what is missing, the accepted plan's
unscheduled requests with their reasons, the first day's programme and the alerts, each leading to its
page; in English and Chinese; only for those who see every delegation and the schedules."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from hostcity.delegations.models import Delegate, Delegation
from hostcity.delegations.summit.home import countdown, summit_home
from hostcity.events.models import MeetingRequest
from tests.events.conftest import accept_a_plan
from tests.factories import make_delegate, make_user

BEIJING = ZoneInfo("Asia/Shanghai")


def test_countdown_before_during_and_after():
    from hostcity.events.models import Event

    summit = Event(name_en="S", start_date=date(2030, 12, 1), end_date=date(2030, 12, 3))
    with translation.override("en"):
        assert countdown(summit, date(2030, 11, 19)) == ("Opens in 12 days", "before")
        assert countdown(summit, date(2030, 11, 30)) == ("Opens tomorrow", "before")
        assert countdown(summit, date(2030, 12, 2)) == ("Day 2 of 3", "during")
        assert countdown(summit, date(2030, 12, 5)) == ("Ended 2 days ago", "after")
    with translation.override("zh-hans"):
        assert countdown(summit, date(2030, 11, 19))[0] == "还有 12 天开幕"
        assert countdown(summit, date(2030, 12, 2))[0] == "第 2 天，共 3 天"


@pytest.fixture
def planned(summit, django_capture_on_commit_callbacks):

    event, _rooms = summit
    kaz = event.delegations.get(country="KAZ")
    make_delegate(kaz, category="head", vetting=Delegate.Vetting.REFUSED)
    make_delegate(kaz, category="official", vetting=Delegate.Vetting.CLEARED)
    Delegation.objects.filter(pk=kaz.pk).update(registration=Delegation.Registration.SUBMITTED)
    # a third request the president has no time for: one session-long talk against a must
    extra = MeetingRequest.objects.create(event=event, code="m-late", title_en="Talks late",
                                          title_zh="晚到的会谈", minutes=45, priority="low")  # fmt: skip
    extra.delegations.add(kaz)
    extra.host_principals.add(*event.host_principals.all())
    run = accept_a_plan(event, django_capture_on_commit_callbacks)
    return event, run


def test_the_home_counts_lists_and_leads_to_each_page(planned):
    event, run = planned
    with translation.override("en"):
        home = summit_home(event, now=datetime(2030, 11, 20, 10, tzinfo=BEIJING))
    assert (home.countdown, home.phase) == ("Opens in 11 days", "before")
    statuses = {f.label: f.value for f in home.statuses}
    assert statuses["Invited"] == 2 and statuses["Arrived"] == 0
    lists = {f.label: (f.value, f.url) for f in home.registrations}
    assert lists["Submitted"] == (1, f"/delegations/event/{event.pk}/?registration=submitted")
    missing = {f.label: (f.value, f.url) for f in home.missing}
    assert missing["Members not yet cleared in vetting"] == (1, f"/delegations/event/{event.pk}/vetting/")
    assert missing["Members without a photo"][0] == 2
    assert missing["Delegations without an arrival flight"][0] == 2
    alerts = " ".join(a.text for a in home.alerts)
    assert "1 member was refused in vetting." in alerts
    assert "1 delegation's list waits for review." in alerts
    assert home.run == run and home.programme_day == date(2030, 12, 1)
    assert [s.title for s in home.programme if s.kind == "programme"] == ["Opening"]
    assert any(s.kind == "meeting" and s.place.startswith("Great Hall · ") for s in home.programme)
    held = {a["meeting"] for a in run.plan["assignments"]}
    assert {u.meeting for u in home.unscheduled} == {"m-kaz", "m-egy", "m-late"} - held
    assert all(u.reason and "m-" not in u.reason for u in home.unscheduled)


def test_the_page_in_both_languages_and_only_for_those_who_see_all(client, planned):
    event, _run = planned
    client.force_login(make_user("event_director"))
    page = client.get(f"/events/{event.pk}/summit/")
    assert page.status_code == 200
    text = page.content.decode()
    assert 'id="countdown"' in text and f'href="/delegations/event/{event.pk}/vetting/"' in text
    client.cookies["django_language"] = "zh-hans"
    text = client.get(f"/events/{event.pk}/summit/").content.decode()
    assert "峰会主页" in text and "开幕式" in text and "待办提醒" in text
    filtered = client.get(f"/delegations/event/{event.pk}/?registration=submitted").content.decode()
    assert 'id="list-filter"' in filtered and "哈萨克斯坦" in filtered and "埃及" not in filtered
    client.force_login(make_user("liaison_officer"))
    assert client.get(f"/events/{event.pk}/summit/").status_code == 403
    client.force_login(make_user("venue_manager"))
    assert client.get(f"/events/{event.pk}/summit/").status_code == 403
