"""The audit trail: who changed what, when — delegations, delegates and badges, the records of the
registry, the directory, indicators, matchmaking and accounts. An entry names its record by model
name and id; `delegation` gathers a delegation's entries (its delegates' and badges' too) for its
page, by reference to the model's name only (this layer imports no field app)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor = models.CharField(_("who"), max_length=200)  # the user, or "focal point of …"
    action = models.CharField(_("action"), max_length=40)
    record = models.CharField(_("record"), max_length=40)  # model label: delegation, delegate, badge
    record_id = models.PositiveBigIntegerField(_("record id"))
    delegation = models.ForeignKey(
        "delegations.Delegation", on_delete=models.SET_NULL, null=True, blank=True, related_name="audit"
    )
    changes = models.JSONField(_("changes"), default=dict)  # field -> [before, after]; secrets masked

    class Meta:
        db_table = "delegations_auditentry"  # where it was kept before the shared layer (no data moved)
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        at = timezone.localtime(self.at)
        return f"{at:%Y-%m-%d %H:%M} {self.actor}: {self.action} {self.record} {self.record_id}"
