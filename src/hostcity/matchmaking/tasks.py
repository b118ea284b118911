"""Background work of matchmaking: a run solved by the engine in a process of its own (cancelling
stops it at once), then every company's agenda written from the plan."""

import time

from django.utils import timezone
from django_tasks import task

from hostcity.events.solving import solve_apart
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
    lines: list[str] = []
    last = [0.0]

    def on_line(line: str) -> None:  # the engine's progress, saved about once a second
        lines.append(line)
        now = time.monotonic()
        if now - last[0] >= 1.0:
            last[0] = now
            MatchRun.objects.filter(pk=run_id).update(log="\n".join(lines[-200:]))

    def cancelled() -> bool:
        return MatchRun.objects.filter(pk=run_id, status=MatchRun.Status.CANCELLED).exists()

    outcome = solve_apart(
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
        on_line=on_line,
        should_stop=cancelled,
    )
    log = "\n".join(lines[-200:])
    if outcome.stopped:
        MatchRun.objects.filter(pk=run_id).update(log=f"{log}\ncancelled: the engine was stopped")
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
