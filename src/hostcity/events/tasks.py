"""Background work of events: a planning run, solved by the engine in a process of its own while the
run's page shows its progress; cancelling the run stops that process at once. The run is claimed as
an attempt (shared/runs/claims.py), so a worker that dies mid-solve leaves nothing half-written and its
run is retried or failed by the watchdog."""

from django.utils import timezone
from django_tasks import task

from hostcity.events.models import PlanRun
from hostcity.shared.runs import claims as run_claims
from hostcity.shared.runs.solving import solve_for_run


@task()
def plan_event_run(run_id: int) -> str:
    attempt = run_claims.claim(PlanRun, run_id)
    if attempt is None:
        return "not queued"
    run = PlanRun.objects.select_related("previous").get(pk=run_id)
    outcome, log = solve_for_run(
        PlanRun,
        run_id,
        attempt,
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
        keep=100_000,
    )
    if outcome.stopped:
        return "stopped"
    mine = run_claims.mine(PlanRun, run_id, attempt)
    if outcome.plan is None:
        mine.update(status=PlanRun.Status.FAILED, error=outcome.error, log=log, finished=timezone.now())
        return "failed"
    done = mine.update(
        status=PlanRun.Status.DONE, plan=outcome.plan, moved=outcome.moved, log=log, finished=timezone.now()
    )
    return outcome.plan["status"] if done else "stopped"
