"""The register of letters: each letter of invitation or visa support the office issues, numbered in
the year's series of its kind, with what it said (kept encrypted: it carries passport numbers)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.delegations.personal_data.encrypted import EncryptedTextField


class Letter(models.Model):
    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Letter of invitation")
        VISA_SUPPORT = "visa_support", _("Visa-support letter")

    event = models.ForeignKey("events.Event", on_delete=models.PROTECT, related_name="letters")
    delegate = models.ForeignKey(
        "delegations.Delegate", on_delete=models.SET_NULL, null=True, related_name="letters"
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    sequence = models.PositiveIntegerField(_("number in the year's series"))
    number = models.CharField(_("number"), max_length=40, unique=True)
    issued = models.DateTimeField(_("issued"), auto_now_add=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    issued_by_name = models.CharField(_("issued by"), max_length=200)
    content = EncryptedTextField(_("what the letter says"))  # JSON: the fields the letter was made from

    class Meta:
        ordering = ["-issued", "-id"]
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        constraints = [
            models.UniqueConstraint(fields=["year", "kind", "sequence"], name="one_number_per_letter"),
        ]

    def __str__(self) -> str:
        return self.number
