"""Field 4's registries. First: the catalog of overseas professional qualifications the city
recognizes, with their domestic equivalent and conditions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Qualification(models.Model):
    profession_en = models.CharField(_("profession (English)"), max_length=200)
    profession_zh = models.CharField(_("profession (Chinese)"), max_length=200)
    country = models.CharField(_("issuing country (ISO 3166 alpha-3)"), max_length=3)
    body_en = models.CharField(_("issuing body (English)"), max_length=300)
    body_zh = models.CharField(_("issuing body (Chinese)"), max_length=300, blank=True)
    equivalent_en = models.CharField(_("domestic equivalent (English)"), max_length=300)
    equivalent_zh = models.CharField(_("domestic equivalent (Chinese)"), max_length=300)
    conditions_en = models.TextField(_("conditions (English)"), blank=True)
    conditions_zh = models.TextField(_("conditions (Chinese)"), blank=True)
    recognized_on = models.DateField(_("recognized on"))

    class Meta:
        ordering = ["profession_en", "country"]
        verbose_name = _("overseas qualification")
        verbose_name_plural = _("overseas qualifications")
        constraints = [
            models.UniqueConstraint(
                fields=["profession_en", "country", "body_en"], name="one_record_per_qualification"
            )
        ]
        indexes = [models.Index(fields=["country"], name="qualification_country")]

    def __str__(self) -> str:
        return f"{self.profession_en} ({self.country}) / {self.profession_zh}"
