"""A worker's claim on a run (a planning run of an event or a matchmaking run; both carry
`WorkerClaim`'s fields): the claim counts an attempt, and every later write of that attempt — its
log, its heartbeat, its result — is made only while the run is still running under that attempt.
A worker that stopped answering is superseded by the watchdog (hostcity.shared.runs.watchdog); whatever its
attempt still tries to write is then refused, so a run is never half-applied or applied twice."""

from __future__ import annotations

import os
import socket

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

RUNNING = "running"


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:120]


def claim(model, run_id: int) -> int | None:
    """Take a queued run for this process; returns the attempt's number, or None when the run is not
    queued (taken by another worker, cancelled, or a duplicate job of a run already done)."""
    with transaction.atomic():
        taken = model.objects.filter(pk=run_id, status="queued").update(
            status=RUNNING, attempts=F("attempts") + 1, heartbeat=timezone.now(), worker=worker_name()
        )
        if not taken:
            return None
        return model.objects.values_list("attempts", flat=True).get(pk=run_id)


def mine(model, run_id: int, attempt: int):
    """The run, as a queryset, while it is running under `attempt`: the only rows this attempt may write."""
    return model.objects.filter(pk=run_id, status=RUNNING, attempts=attempt)


def beat(model, run_id: int, attempt: int) -> bool:
    """Say this attempt is alive; False once it should stop (the run was cancelled or superseded)."""
    return bool(mine(model, run_id, attempt).update(heartbeat=timezone.now()))


def task_of(model):
    """The task that solves a run of `model` (its `run_task`)."""
    return import_string(model.run_task)


def enqueue_on_commit(run) -> None:
    """Queue the run's job for a worker once the current transaction commits (never before: the
    worker would not find the run)."""
    task = task_of(type(run))
    transaction.on_commit(lambda: task.enqueue(run.pk))
