"""Background work of events: a planning run, solved by the engine in a process of its own while the
run's page shows its progress; cancelling the run stops that process at once."""

import time

from django.utils import timezone
from django_tasks import task

from hostcity.events.models import PlanRun
from hostcity.events.solving import solve_apart


@task()
def plan_event_run(run_id: int) -> str:
    updated = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.QUEUED).update(
        status=PlanRun.Status.RUNNING
    )
    if not updated:
        return "not queued"
    run = PlanRun.objects.select_related("previous").get(pk=run_id)
    lines: list[str] = []
    last = [0.0]

    def on_line(line: str) -> None:  # the engine's progress, saved about once a second
        lines.append(line)
        now = time.monotonic()
        if now - last[0] >= 1.0:
            last[0] = now
            PlanRun.objects.filter(pk=run_id).update(log="\n".join(lines))

    def cancelled() -> bool:
        return PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.CANCELLED).exists()

    outcome = solve_apart(
        run.problem,
        time_limit=run.time_limit,
        previous=run.previous.plan if run.previous else None,
        on_line=on_line,
        should_stop=cancelled,
    )
    if outcome.stopped:
        PlanRun.objects.filter(pk=run_id).update(log="\n".join([*lines, "cancelled: the engine was stopped"]))
        return "cancelled"
    if outcome.plan is None:
        PlanRun.objects.filter(pk=run_id).update(
            status=PlanRun.Status.FAILED, error=outcome.error, log="\n".join(lines), finished=timezone.now()
        )
        return "failed"
    done = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.RUNNING).update(
        status=PlanRun.Status.DONE,
        plan=outcome.plan,
        moved=outcome.moved,
        log="\n".join(lines),
        finished=timezone.now(),
    )
    return outcome.plan["status"] if done else "cancelled"
