"""Background work of events: a planning run, solved by the engine in a process of its own while the
run's page shows its progress; cancelling the run stops that process at once."""

from django.utils import timezone
from django_tasks import task

from hostcity.events.models import PlanRun
from hostcity.events.solving import solve_for_run


@task()
def plan_event_run(run_id: int) -> str:
    updated = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.QUEUED).update(
        status=PlanRun.Status.RUNNING
    )
    if not updated:
        return "not queued"
    run = PlanRun.objects.select_related("previous").get(pk=run_id)
    outcome, log = solve_for_run(
        PlanRun,
        run_id,
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
        keep=100_000,
    )
    if outcome.stopped:
        return "cancelled"
    if outcome.plan is None:
        PlanRun.objects.filter(pk=run_id).update(
            status=PlanRun.Status.FAILED, error=outcome.error, log=log, finished=timezone.now()
        )
        return "failed"
    done = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.RUNNING).update(
        status=PlanRun.Status.DONE,
        plan=outcome.plan,
        moved=outcome.moved,
        log=log,
        finished=timezone.now(),
    )
    return outcome.plan["status"] if done else "cancelled"
