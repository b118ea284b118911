"""A planning run: the problem as it was sent to the engine, the plan it returned, its log and
figures, who started it and whether it was accepted."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.runs.models import WorkerClaim
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT


class PlanRun(WorkerClaim):
    run_kind = "plan"
    run_task = "hostcity.events.tasks.plan_event_run"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="plan_runs")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    time_limit = models.PositiveSmallIntegerField(_("time limit (s)"), default=DEFAULT_TIME_LIMIT)
    problem = models.JSONField(_("problem"))  # hostcity/1, as sent
    fingerprint = models.CharField(max_length=64)  # of the problem: a run is stale once the data differ
    plan = models.JSONField(_("plan"), null=True, blank=True)  # hostcity-plan/1
    log = models.TextField(_("solver log"), blank=True)
    error = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    accepted = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    bookings = models.ManyToManyField("venues.Booking", blank=True, related_name="+")  # written on acceptance
    previous = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("re-planned from"),
    )  # fmt: skip
    moved = models.JSONField(_("moved"), default=dict, blank=True)  # meeting -> why, against `previous`

    class Meta:
        ordering = ["-created"]
        verbose_name = _("planning run")
        verbose_name_plural = _("planning runs")

    def __str__(self) -> str:
        return f"run {self.pk} of {self.event}: {self.status}"

    @property
    def figures(self) -> dict:
        return (self.plan or {}).get("objective", {})
