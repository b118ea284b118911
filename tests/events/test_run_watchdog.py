"""A worker's claim on a run and the watchdog: a run whose worker went quiet is queued again (or
failed after the last attempt), and the lost attempt can write nothing after that — no plan, no
agendas, no log."""

from datetime import timedelta

from django.utils import timezone

from hostcity.events import plan_runs
from hostcity.events.models import PlanRun
from hostcity.events.tasks import plan_event_run
from hostcity.shared.runs import claims as run_claims
from hostcity.shared.runs.watchdog import recover_stale_runs

LATER = timedelta(minutes=5)  # long past the 60 s of silence a worker is allowed


def _queued(event) -> PlanRun:
    return plan_runs.start_run(event, by=None, time_limit=5, enqueue=False)


def test_a_claim_is_taken_once_and_counts_attempts(summit):
    event, _ = summit
    run = _queued(event)
    assert run_claims.claim(PlanRun, run.pk) == 1
    assert run_claims.claim(PlanRun, run.pk) is None  # a second worker, or a duplicate job
    run.refresh_from_db()
    assert run.status == "running" and run.worker and run.heartbeat is not None
    assert run_claims.beat(PlanRun, run.pk, 1) and not run_claims.beat(PlanRun, run.pk, 2)


def test_a_quiet_worker_is_superseded_and_its_attempt_writes_nothing(
    summit, django_capture_on_commit_callbacks
):
    event, _ = summit
    run = _queued(event)
    lost = run_claims.claim(PlanRun, run.pk)
    assert recover_stale_runs(now=timezone.now() + timedelta(seconds=10)) == []  # still answering
    with django_capture_on_commit_callbacks(execute=False) as enqueued:
        recovered = recover_stale_runs(now=timezone.now() + LATER)
    assert [(r.kind, r.run_id, r.action) for r in recovered] == [("plan", run.pk, "retried")]
    assert len(enqueued) == 1  # the run's job, for another worker
    run.refresh_from_db()
    assert run.status == "queued" and run.attempts == 1 and "stopped answering" in run.log
    # The lost attempt comes back to life: it may neither beat nor write its result.
    assert not run_claims.beat(PlanRun, run.pk, lost)
    assert run_claims.mine(PlanRun, run.pk, lost).update(status="done", plan={"status": "optimal"}) == 0
    # The retry solves it.
    assert plan_event_run.call(run.pk) in ("optimal", "feasible")
    run.refresh_from_db()
    assert run.status == "done" and run.attempts == 2 and run.plan["assignments"]
    assert "queued again (attempt 2 of 2)" in run.log


def test_the_last_attempt_lost_marks_the_run_failed(summit, settings):
    settings.HOSTCITY_RUN_ATTEMPTS = 1
    event, _ = summit
    run = _queued(event)
    run_claims.claim(PlanRun, run.pk)
    recovered = recover_stale_runs(now=timezone.now() + LATER)
    assert [r.action for r in recovered] == ["failed"]
    run.refresh_from_db()
    assert run.status == "failed" and run.plan is None and run.finished is not None
    assert "after 1 of 1 attempts; nothing of it was applied" in run.error
    assert recover_stale_runs(now=timezone.now() + 2 * LATER) == []  # a failed run stays failed
    # The event can be planned again.
    assert _queued(event).status == "queued"


def test_a_run_queued_too_long_is_enqueued_again_once(summit, django_capture_on_commit_callbacks):
    event, _ = summit
    run = _queued(event)
    with django_capture_on_commit_callbacks(execute=False) as enqueued:
        assert recover_stale_runs(now=timezone.now() + timedelta(seconds=30)) == []
        first = recover_stale_runs(now=timezone.now() + timedelta(minutes=11))
        again = recover_stale_runs(now=timezone.now() + timedelta(minutes=12))
    assert [r.action for r in first] == ["re-enqueued"] and again == [] and len(enqueued) == 1
    # The duplicate job finds the run taken by the first and does nothing.
    assert plan_event_run.call(run.pk) in ("optimal", "feasible")
    assert plan_event_run.call(run.pk) == "not queued"


def test_a_cancelled_run_is_stopped_by_the_heartbeat(summit):
    event, _ = summit
    run = _queued(event)
    attempt = run_claims.claim(PlanRun, run.pk)
    plan_runs.cancel_run(run)
    assert not run_claims.beat(PlanRun, run.pk, attempt)
    assert recover_stale_runs(now=timezone.now() + LATER) == []  # cancelled is not the watchdog's
