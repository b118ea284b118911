"""Background work of events: a planning run, solved by the engine while its page shows progress."""

import time

from django.utils import timezone
from django_tasks import task

from hostcity.events.models import PlanRun
from hostcity.planning.problem import parse_problem
from hostcity.planning.solve import Options, solve


@task()
def plan_event_run(run_id: int) -> str:
    updated = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.QUEUED).update(
        status=PlanRun.Status.RUNNING
    )
    if not updated:
        return "not queued"
    run = PlanRun.objects.select_related("previous").get(pk=run_id)
    previous = run.previous.plan if run.previous else None
    lines: list[str] = []
    last = [0.0]

    def progress(line: str) -> None:  # the engine's progress, saved about once a second
        lines.append(line)
        now = time.monotonic()
        if now - last[0] >= 1.0:
            last[0] = now
            PlanRun.objects.filter(pk=run_id).update(log="\n".join(lines))

    try:
        solved = solve(
            parse_problem(run.problem),
            Options(time_limit=run.time_limit, workers=2, progress=progress, previous=previous),
        )
    except Exception as error:  # the run records what went wrong; the worker goes on
        PlanRun.objects.filter(pk=run_id).update(
            status=PlanRun.Status.FAILED,
            error=f"{type(error).__name__}: {error}",
            log="\n".join(lines),
            finished=timezone.now(),
        )
        raise
    done = PlanRun.objects.filter(pk=run_id, status=PlanRun.Status.RUNNING).update(
        status=PlanRun.Status.DONE,
        plan=solved.plan,
        moved={m: solved.why_moved.get(m, "") for m in solved.moved},
        log="\n".join(lines),
        finished=timezone.now(),
    )
    return solved.plan["status"] if done else "cancelled"
