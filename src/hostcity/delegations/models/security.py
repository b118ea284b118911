"""The security coordination log of an event: each request to or incident with a security agency,
who answers for it, its status, and the follow-ups written under it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SecurityItem(models.Model):
    class Kind(models.TextChoices):
        REQUEST = "request", _("Request")
        INCIDENT = "incident", _("Incident")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        CLOSED = "closed", _("Closed")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="security_items")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    details = models.TextField(_("details"), blank=True)
    agency = models.CharField(_("responsible agency"), max_length=160)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.OPEN)
    delegation = models.ForeignKey(
        "delegations.Delegation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("delegation concerned"),
    )  # fmt: skip
    due = models.DateTimeField(_("answer due"), null=True, blank=True)
    opened = models.DateTimeField(_("opened"), auto_now_add=True)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    closed = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["event", "status", "-opened"]
        verbose_name = _("security coordination item")
        verbose_name_plural = _("security coordination items")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"


class SecurityFollowUp(models.Model):
    item = models.ForeignKey(SecurityItem, on_delete=models.CASCADE, related_name="follow_ups")
    at = models.DateTimeField(_("when"), auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    note = models.TextField(_("follow-up"))
    status = models.CharField(_("status after"), max_length=12, choices=SecurityItem.Status.choices)

    class Meta:
        ordering = ["item", "at", "id"]
        verbose_name = _("security follow-up")
        verbose_name_plural = _("security follow-ups")

    def __str__(self) -> str:
        return f"{timezone.localtime(self.at):%Y-%m-%d %H:%M}: {self.note[:60]}"
