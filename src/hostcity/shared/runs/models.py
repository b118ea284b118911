"""What a worker's claim on a run keeps; each kind of run (events.PlanRun, matchmaking.MatchRun)
carries these fields and names its kind and its task for the watchdog (watchdog.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerClaim(models.Model):
    """Which attempt of a worker holds a run, and when it last said it was alive: a run whose worker
    stopped answering is retried or marked failed by the watchdog (hostcity.shared.runs.watchdog), and the
    writes of a superseded attempt are refused."""

    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    heartbeat = models.DateTimeField(null=True, blank=True)  # running: last sign of life; queued: enqueued
    worker = models.CharField(_("worker"), max_length=120, blank=True)  # host:pid of the last attempt

    run_kind = ""  # how the watchdog names a run of this kind: "plan", "match"
    run_task = ""  # the dotted path of the task that solves a run of this kind

    class Meta:
        abstract = True
