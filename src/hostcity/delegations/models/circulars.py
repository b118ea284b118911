"""Circulars: a message in English and Chinese to the focal points or the liaison officers of chosen
delegations, and what became of it for each recipient."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Circular(models.Model):
    class Audience(models.TextChoices):
        FOCAL_POINTS = "focal_points", _("Focal points of the delegations")
        LIAISON_OFFICERS = "liaison_officers", _("Liaison officers of the delegations")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="circulars")
    audience = models.CharField(_("to"), max_length=20, choices=Audience.choices)
    subject_en = models.CharField(_("subject (English)"), max_length=200)
    subject_zh = models.CharField(_("subject (Chinese)"), max_length=200)
    body_en = models.TextField(_("message (English)"))
    body_zh = models.TextField(_("message (Chinese)"))
    reminder = models.BooleanField(_("a reminder of what is still owed"), default=False)
    created = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-created", "-id"]
        verbose_name = _("circular")
        verbose_name_plural = _("circulars")

    def __str__(self) -> str:
        return f"{self.subject_en} / {self.subject_zh}"


class Dispatch(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    circular = models.ForeignKey(Circular, on_delete=models.CASCADE, related_name="dispatches")
    delegation = models.ForeignKey("delegations.Delegation", on_delete=models.CASCADE, related_name="+")
    address = models.EmailField(_("address"), blank=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    error = models.CharField(_("error"), max_length=300, blank=True)
    sent = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["circular", "delegation"]
        verbose_name = _("dispatch")
        verbose_name_plural = _("dispatches")

    def __str__(self) -> str:
        return f"{self.address or '—'}: {self.status}"
