"""The deployment's standard names for countries, and the copy of them this process keeps."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed
from hostcity.shared.expiring import Expiring

OVERRIDES = Expiring(seconds=60)  # the table is small and read on every badge, list and scan


class CountryName(BilingualNamed, models.Model):
    """The deployment's standard names for a country where they differ from CLDR's."""

    code = models.CharField(_("ISO 3166 alpha-3"), max_length=3, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120, blank=True)

    class Meta:
        db_table = "delegations_countryname"  # where it was kept before the shared layer (no data moved)
        verbose_name = _("country name")
        verbose_name_plural = _("country names")

    def __str__(self) -> str:
        return f"{self.code}: {self.name_en} / {self.name_zh}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        OVERRIDES.forget()  # names kept by this process would be stale

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        OVERRIDES.forget()
        return result

    @classmethod
    def override_for(cls, code: str) -> CountryName | None:
        """The deployment's names for a country, if it set any (read once a minute at most)."""
        every = OVERRIDES.get(
            "all", lambda: {row.code: row for row in cls.objects.all()}, keep_if=lambda _: True
        )
        return every.get(code)
