"""A matchmaking run given to another worker while it solved: the lost attempt writes no agendas."""

from datetime import timedelta

from django.utils import timezone

from hostcity.matchmaking import registration, runs, setup, tasks
from hostcity.matchmaking.models import AgendaMeeting, Matchmaking, MatchRun
from hostcity.shared.runs.solving import Outcome
from hostcity.shared.runs.watchdog import recover_stale_runs
from tests.matchmaking.conftest import make_company

LATER = timedelta(minutes=5)


def test_a_superseded_matchmaking_attempt_writes_no_agendas(
    matchmaking, monkeypatch, django_capture_on_commit_callbacks
):
    """The agendas and the run's status are written together, and only under the attempt's claim:
    here the watchdog gives the run to another worker while the engine is solving."""
    a, b = make_company(matchmaking, "Alpha"), make_company(matchmaking, "Beta")
    registration.request_meeting(a, b.pk, "high")
    setup.set_status(matchmaking, Matchmaking.Status.CLOSED)
    run = runs.start_run(matchmaking, by=None, time_limit=10, enqueue=False)
    real = tasks.solve_for_run

    def solve_while_the_worker_is_given_up(model, run_id, attempt, *args, **kwargs):
        outcome, log = real(model, run_id, attempt, *args, **kwargs)
        with django_capture_on_commit_callbacks(execute=False):
            assert [r.action for r in recover_stale_runs(now=timezone.now() + LATER)] == ["retried"]
        return Outcome(outcome.plan, outcome.moved), log

    monkeypatch.setattr(tasks, "solve_for_run", solve_while_the_worker_is_given_up)
    assert tasks.solve_run.call(run.pk) == "stopped"
    run.refresh_from_db()
    assert run.status == "queued" and run.plan is None and not AgendaMeeting.objects.filter(run=run).exists()
    monkeypatch.setattr(tasks, "solve_for_run", real)
    assert tasks.solve_run.call(run.pk) == "optimal"
    run.refresh_from_db()
    assert run.status == "done" and run.attempts == 2 and AgendaMeeting.objects.filter(run=run).count() == 1
    assert MatchRun.objects.count() == 1
