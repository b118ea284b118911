"""Matchmaking from registration to agendas: the rules of registration and requests, the problem the
engine gets, a run that writes agendas, and a re-plan after a late no-show that moves little."""

from datetime import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hostcity.matchmaking import registration, runs, setup
from hostcity.matchmaking.agendas import agenda, agenda_ics, all_agendas_pdf, table_cards_pdf
from hostcity.matchmaking.models import AgendaMeeting, Company, Matchmaking, MatchRun, MeetingRequest
from hostcity.matchmaking.problem import problem_for
from tests.factories import make_user
from tests.matchmaking.conftest import make_company


def local(text: str) -> datetime:
    return timezone.make_aware(datetime.strptime(text, "%Y-%m-%d %H:%M"))


PROFILE = {
    "name_en": "Acme Robotics",
    "name_zh": "阿克米机器人",
    "country": "deu",
    "sector": "manufacturing",
    "offers": "Welding robots",
    "needs": "Distributors in China",
    "languages": "en, de",
    "contact_name": "Anna Schmidt",
    "email": "anna@acme.example",
}


def test_sessions_are_checked_line_by_line(matchmaking):
    with pytest.raises(ValidationError) as caught:
        setup.parse_sessions("2030-09-02 09:00-10:30\nnext tuesday\n2030-09-02 10:00-11:00\n", 30)
    assert "Line 2: “next tuesday” is not “YYYY-MM-DD HH:MM-HH:MM”." in caught.value.messages
    with pytest.raises(ValidationError) as caught:
        setup.parse_sessions("2030-09-02 09:00-10:30\n2030-09-02 10:00-11:00", 30)
    assert caught.value.messages == ["Line 2 overlaps line 1."]
    with pytest.raises(ValidationError) as caught:
        setup.parse_sessions("2030-09-02 09:00-10:30\n2030-09-02 11:10-12:00", 30)
    assert (
        "Line 2: the session does not start and end on the 30-minute grid of the first."
        in caught.value.messages
    )
    with pytest.raises(ValidationError) as caught:
        setup.save_setup(matchmaking, "2030-02-30 09:00-10:00")
    assert "not a real date" in caught.value.messages[0]
    assert setup.sessions_text(matchmaking) == "2030-09-02 09:00-10:30\n2030-09-02 11:00-12:00"  # unchanged


def test_registration_refuses_duplicates_and_bad_fields(matchmaking):
    company = registration.register(matchmaking, dict(PROFILE))
    assert company.country == "DEU" and company.languages == ["en", "de"] and len(company.token) >= 30
    with pytest.raises(ValidationError) as caught:
        registration.register(
            matchmaking, {**PROFILE, "email": "ANNA@acme.example", "name_en": "ACME robotics"}
        )
    assert set(caught.value.message_dict) == {"email", "name_en"}
    with pytest.raises(ValidationError) as caught:
        registration.register(
            matchmaking,
            {**PROFILE, "name_en": "B", "email": "b@b.example", "country": "XXX", "languages": "en, qq"},
        )
    assert "Unknown country code “XXX”" in caught.value.message_dict["country"][0]
    assert "qq" in caught.value.message_dict["languages"][0]
    matchmaking.registration_open = False
    with pytest.raises(ValidationError, match="closed"):
        registration.register(matchmaking, {**PROFILE, "name_en": "C", "email": "c@c.example"})
    assert Company.objects.count() == 1


def test_requests_follow_the_rules(matchmaking):
    a, b, c, d, e = (
        make_company(matchmaking, name) for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")
    )
    registration.request_meeting(a, b.pk, "high")
    with pytest.raises(ValidationError, match="already requested Beta"):
        registration.request_meeting(a, b.pk)
    with pytest.raises(ValidationError, match="No company 99999"):
        registration.request_meeting(a, 99999)
    with pytest.raises(ValidationError, match="No company"):
        registration.request_meeting(a, "nonsense")
    with pytest.raises(ValidationError, match="itself"):
        registration.request_meeting(a, a.pk)
    registration.set_company_status(e, Company.Status.WITHDRAWN)
    with pytest.raises(ValidationError, match="Epsilon has withdrawn"):
        registration.request_meeting(a, e.pk)
    with pytest.raises(ValidationError, match="withdrawn: you cannot"):
        registration.request_meeting(e, a.pk)
    with pytest.raises(ValidationError, match="Unknown priority"):
        registration.request_meeting(a, c.pk, "urgent")
    registration.request_meeting(a, c.pk)
    registration.request_meeting(a, d.pk, "low")
    with pytest.raises(ValidationError, match="sent 3 requests, the most"):
        registration.request_meeting(a, make_company(matchmaking, "Zeta").pk)
    registration.withdraw_request(a, MeetingRequest.objects.get(requester=a, target=d).pk)
    with pytest.raises(ValidationError, match="No such request"):
        registration.withdraw_request(b, MeetingRequest.objects.get(requester=a, target=c).pk)
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    with pytest.raises(ValidationError, match="closed"):
        registration.request_meeting(b, c.pk)
    assert MeetingRequest.objects.count() == 2


def test_the_problem_merges_mutual_requests_and_honours_availability(matchmaking):
    a, b, c = (make_company(matchmaking, name) for name in ("Alpha", "Beta", "Gamma"))
    gone = make_company(matchmaking, "Gone")
    morning = matchmaking.sessions.first()
    c.sessions.set([morning])
    registration.request_meeting(a, b.pk, "high")
    registration.request_meeting(b, a.pk, "low")
    registration.request_meeting(c, a.pk)
    registration.request_meeting(gone, a.pk)
    registration.set_company_status(gone, Company.Status.NO_SHOW)
    problem = problem_for(matchmaking)
    meetings = {m["id"]: m for m in problem["meetings"]}
    assert meetings == {
        f"m{a.pk}-{b.pk}": {
            "id": f"m{a.pk}-{b.pk}", "parties": [f"c{a.pk}", f"c{b.pk}"], "minutes": 30, "weight": 101,
            "interpretation": "none",
        },
        f"m{a.pk}-{c.pk}": {
            "id": f"m{a.pk}-{c.pk}", "parties": [f"c{a.pk}", f"c{c.pk}"], "minutes": 30, "weight": 10,
            "interpretation": "none",
        },
    }  # fmt: skip
    parties = {p["id"]: p for p in problem["parties"]}
    assert parties[f"c{c.pk}"]["available"] == [["2030-09-02T09:00", "2030-09-02T10:30"]]
    assert "available" not in parties[f"c{a.pk}"] and f"c{gone.pk}" not in parties
    assert [r["id"] for r in problem["venues"][0]["rooms"]] == ["t0001", "t0002"]


def _run(matchmaking, capture, **kwargs) -> MatchRun:
    with capture(execute=True):
        run = runs.start_run(matchmaking, by=None, time_limit=10, **kwargs)
    run.refresh_from_db()
    return run


def test_a_run_writes_agendas_and_a_replan_moves_little(matchmaking, django_capture_on_commit_callbacks):
    names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"]
    co = {n: make_company(matchmaking, n, name_zh=f"{n}公司") for n in names}
    for x, y in [("Alpha", "Beta"), ("Alpha", "Gamma"), ("Beta", "Gamma"), ("Delta", "Epsilon"),
                 ("Delta", "Zeta"), ("Epsilon", "Zeta"), ("Alpha", "Delta"), ("Gamma", "Zeta")]:  # fmt: skip
        registration.request_meeting(co[x], co[y].pk, "high" if x == "Alpha" else "normal")
    with pytest.raises(ValidationError, match="Close the meeting requests"):
        runs.start_run(matchmaking, by=None)
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    run = _run(matchmaking, django_capture_on_commit_callbacks)
    assert run.status == "done", run.error
    assert run.plan["status"] == "optimal" and run.requested == 8 and run.met == 8
    assert run.value == run.requested_weight == 3 * 100 + 5 * 10
    meetings = list(AgendaMeeting.objects.filter(run=run))
    assert len(meetings) == 8 and all(1 <= m.table <= 2 for m in meetings)
    seen = set()
    for m in meetings:  # nobody twice in a slot, no table twice in a slot
        for key in ((m.first_id, m.start), (m.second_id, m.start), (m.table, m.start, "table")):
            assert key not in seen
            seen.add(key)
    with pytest.raises(ValidationError, match="Publish a run"):
        runs.replan(matchmaking, by=None)
    runs.publish(run)
    matchmaking.refresh_from_db()
    alpha = agenda(matchmaking.published_run, co["Alpha"])
    assert sorted(s.other.name_en for s in alpha) == ["Beta", "Delta", "Gamma"]
    ics = agenda_ics(matchmaking, co["Alpha"], alpha).decode()
    assert ics.count("BEGIN:VEVENT") == 3 and "Meeting with Beta" in ics
    assert table_cards_pdf(matchmaking, run).startswith(b"%PDF") and all_agendas_pdf(
        matchmaking, run
    ).startswith(b"%PDF")

    # Zeta does not come; re-planned from 10:00 (slots 09:00 and 09:30 have happened)
    registration.set_company_status(co["Zeta"], Company.Status.NO_SHOW)
    second = _run(
        matchmaking, django_capture_on_commit_callbacks, previous=run, replan_from=local("2030-09-02 10:00")
    )
    assert second.status == "done", second.error
    before = {(m.first_id, m.second_id): (m.start, m.table) for m in meetings}
    after = {(m.first_id, m.second_id): (m.start, m.table) for m in AgendaMeeting.objects.filter(run=second)}
    zeta = co["Zeta"].pk
    assert not any(zeta in pair for pair in after)
    for pair, (start, table) in before.items():
        if start < local("2030-09-02 10:00") and zeta not in pair:
            assert after[pair] == (start, table)  # what has happened stays
    assert all(
        start >= local("2030-09-02 10:00")
        for pair, (start, _t) in after.items()
        if before.get(pair, (start,))[0] != start
    )
    assert second.moved == sum(1 for pair in after if pair in before and before[pair] != after[pair])
    assert second.met == len(after) == 5  # the eight less the three with Zeta


def test_an_unsolvable_setup_is_refused_before_running(matchmaking):
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    with pytest.raises(ValidationError, match="No meeting requests"):
        runs.start_run(matchmaking, by=None)
    with pytest.raises(ValidationError, match="from 5 to 600"):
        runs.start_run(matchmaking, by=None, time_limit=3)


def test_a_run_can_be_cancelled_and_only_done_runs_publish(matchmaking):
    a, b = make_company(matchmaking, "Alpha"), make_company(matchmaking, "Beta")
    registration.request_meeting(a, b.pk)
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    run = runs.start_run(matchmaking, by=make_user("platform_organizer"), enqueue=False)
    with pytest.raises(ValidationError, match="under way"):
        runs.start_run(matchmaking, by=None, enqueue=False)
    with pytest.raises(ValidationError, match="Only a finished run"):
        runs.publish(run)
    runs.cancel_run(run)
    assert MatchRun.objects.get(pk=run.pk).status == "cancelled"
    with pytest.raises(ValidationError, match="not under way"):
        runs.cancel_run(run)


def test_a_session_reads_in_beijing_time_not_utc(matchmaking):
    from datetime import datetime

    from django.utils import timezone

    from hostcity.matchmaking.models import MatchSession

    start = timezone.make_aware(datetime(2030, 9, 10, 9, 0))  # 09:00 in Beijing is 01:00 UTC
    session = MatchSession(matchmaking=matchmaking, start=start, end=start.replace(hour=12))
    assert str(session) == "2030-09-10 09:00–12:00"
