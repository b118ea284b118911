"""Background work of matchmaking: a run solved by the engine in a process of its own (cancelling
stops it at once), then every company's agenda written from the plan — in one transaction with the
run's status, and only while this worker's attempt still holds the run (shared/runs/claims.py)."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from hostcity.matchmaking.models import MatchRun
from hostcity.matchmaking.runs import write_agendas
from hostcity.shared.runs import claims as run_claims
from hostcity.shared.runs.solving import solve_for_run


@task()
def solve_run(run_id: int) -> str:
    attempt = run_claims.claim(MatchRun, run_id)
    if attempt is None:
        return "not queued"
    run = MatchRun.objects.select_related("previous", "matchmaking").get(pk=run_id)
    outcome, log = solve_for_run(
        MatchRun,
        run_id,
        attempt,
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
    )
    if outcome.stopped:
        return "stopped"
    if outcome.plan is None or outcome.plan.get("status") not in ("optimal", "feasible"):
        error = outcome.error or f"no plan: {(outcome.plan or {}).get('status', 'unknown')}"
        run_claims.mine(MatchRun, run_id, attempt).update(
            status=MatchRun.Status.FAILED, error=error, plan=outcome.plan, log=log, finished=timezone.now()
        )
        return "failed"
    with transaction.atomic():
        if not run_claims.mine(MatchRun, run_id, attempt).select_for_update().exists():
            return "stopped"  # cancelled or superseded while solving: nothing written
        write_agendas(run, outcome.plan)
        run_claims.mine(MatchRun, run_id, attempt).update(
            status=MatchRun.Status.DONE, plan=outcome.plan, log=log, finished=timezone.now()
        )
    return outcome.plan["status"]
