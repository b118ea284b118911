"""Background work of matchmaking: a run solved by the engine in a process of its own (cancelling
stops it at once), then every company's agenda written from the plan."""

from django.utils import timezone
from django_tasks import task

from hostcity.events.solving import solve_for_run
from hostcity.matchmaking.models import MatchRun
from hostcity.matchmaking.runs import write_agendas


@task()
def solve_run(run_id: int) -> str:
    updated = MatchRun.objects.filter(pk=run_id, status=MatchRun.Status.QUEUED).update(
        status=MatchRun.Status.RUNNING
    )
    if not updated:
        return "not queued"
    run = MatchRun.objects.select_related("previous", "matchmaking").get(pk=run_id)
    outcome, log = solve_for_run(
        MatchRun,
        run_id,
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
    )
    if outcome.stopped:
        return "cancelled"
    if outcome.plan is None or outcome.plan.get("status") not in ("optimal", "feasible"):
        error = outcome.error or f"no plan: {(outcome.plan or {}).get('status', 'unknown')}"
        MatchRun.objects.filter(pk=run_id).update(
            status=MatchRun.Status.FAILED, error=error, plan=outcome.plan, log=log, finished=timezone.now()
        )
        return "failed"
    write_agendas(run, outcome.plan)
    done = MatchRun.objects.filter(pk=run_id, status=MatchRun.Status.RUNNING).update(
        status=MatchRun.Status.DONE, plan=outcome.plan, log=log, finished=timezone.now()
    )
    return outcome.plan["status"] if done else "cancelled"
