"""The watchdog over background runs (planning runs of events, matchmaking runs): a run whose
worker stopped sending heartbeats (killed, its machine lost) is queued again for another worker, up
to HOSTCITY_RUN_ATTEMPTS attempts, then marked failed. What the lost attempt still tries to write is
refused by its claim (shared/runs/claims.py), so nothing is half-applied. A queued run whose job may have
been lost with the queue (Redis keeps nothing on disk) is enqueued again: a duplicate job finds the
run taken and does nothing. Every `hostcity worker` runs `watch()` in a thread; an operator can run
`hostcity manage recover_runs` once."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone

from hostcity.shared.runs.claims import task_of
from hostcity.shared.runs.models import WorkerClaim

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    kind: str  # "plan" or "match"
    run_id: int
    action: str  # "retried", "failed" or "re-enqueued"


def _kinds():
    """Each kind of run there is: every model that carries a worker's claim, with its task."""
    return [
        (model.run_kind, model, task_of(model))
        for model in apps.get_models()
        if issubclass(model, WorkerClaim)
    ]


def _recover_running(kind: str, model, task, run, now: datetime) -> Recovery | None:
    limit = settings.HOSTCITY_RUN_ATTEMPTS
    when = timezone.localtime(now).strftime("%Y-%m-%d %H:%M:%S")
    lost = f"the worker of attempt {run.attempts} ({run.worker or 'unknown'}) stopped answering at {when}"
    # Only if nothing changed since it was read: two watchdogs never both act on one run.
    same = model.objects.filter(pk=run.pk, status="running", attempts=run.attempts, heartbeat=run.heartbeat)
    if run.attempts < limit:
        note = (
            f"\n--- {lost}; nothing of it was applied; queued again (attempt {run.attempts + 1} of {limit})"
        )
        if not same.update(status="queued", heartbeat=now, log=run.log + note):
            return None
        transaction.on_commit(lambda: task.enqueue(run.pk))
        return Recovery(kind, run.pk, "retried")
    error = f"{lost}, after {run.attempts} of {limit} attempts; nothing of it was applied."
    if not same.update(status="failed", error=error, log=run.log + f"\n--- {error}", finished=now):
        return None
    return Recovery(kind, run.pk, "failed")


def recover_stale_runs(now: datetime | None = None) -> list[Recovery]:
    """Act on every run whose worker went quiet for HOSTCITY_RUN_STALE_SECONDS, and re-enqueue every
    run queued for HOSTCITY_RUN_REQUEUE_SECONDS; returns what was done."""
    now = now or timezone.now()
    silent = now - timedelta(seconds=settings.HOSTCITY_RUN_STALE_SECONDS)
    waiting = now - timedelta(seconds=settings.HOSTCITY_RUN_REQUEUE_SECONDS)
    done: list[Recovery] = []
    for kind, model, task in _kinds():
        stale = model.objects.filter(status="running").filter(
            Q(heartbeat__lt=silent) | Q(heartbeat__isnull=True, created__lt=silent)
        )
        for run in stale.only("pk", "attempts", "heartbeat", "worker", "log"):
            with transaction.atomic():
                recovery = _recover_running(kind, model, task, run, now)
            if recovery:
                done.append(recovery)
        queued = model.objects.filter(status="queued").filter(
            Q(heartbeat__lt=waiting) | Q(heartbeat__isnull=True, created__lt=waiting)
        )
        for run in queued.only("pk", "heartbeat"):
            with transaction.atomic():
                if model.objects.filter(pk=run.pk, status="queued", heartbeat=run.heartbeat).update(
                    heartbeat=now
                ):
                    transaction.on_commit(lambda pk=run.pk, task=task: task.enqueue(pk))
                    done.append(Recovery(kind, run.pk, "re-enqueued"))
    for recovery in done:
        log.warning("run watchdog: %s run %s %s", recovery.kind, recovery.run_id, recovery.action)
    return done


def watch(stop: threading.Event, every: float | None = None) -> None:
    """Recover stale runs every `every` seconds (a third of the stale time) until `stop` is set."""
    every = every or max(1.0, settings.HOSTCITY_RUN_STALE_SECONDS / 3)
    while not stop.is_set():
        try:
            close_old_connections()
            recover_stale_runs()
        except Exception:  # the database away for a moment: try again at the next round
            log.exception("run watchdog: recovery failed")
        stop.wait(every)


def start_watching() -> threading.Event:
    """The watchdog in a daemon thread of this process; set the returned event to stop it."""
    stop = threading.Event()
    threading.Thread(target=watch, args=(stop,), name="run-watchdog", daemon=True).start()
    return stop
