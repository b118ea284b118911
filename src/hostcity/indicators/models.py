"""The program's indicators: each defined once (names in both languages, unit, field of the program,
source, which way is better, and whether the platform computes it from its own records), with
yearly targets and yearly values — entered by hand with their source, or computed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Indicator(BilingualNamed, models.Model):
    class Field(models.IntegerChoices):
        EVENTS = 1, _("1. State visits and diplomatic events")
        VENUES = 2, _("2. Venues and functional areas")
        PLATFORMS = 3, _("3. Exchange platforms")
        RESOURCES = 4, _("4. International resources")
        ENVIRONMENT = 5, _("5. International environment")

    class Direction(models.TextChoices):
        UP = "up", _("Higher is better")
        DOWN = "down", _("Lower is better")

    class Computed(models.TextChoices):
        NONE = "", _("Entered by hand")
        ORGANIZATIONS = "organizations", _("International organizations registered or operating")
        DELEGATIONS = "delegations", _("Delegations received")
        EVENTS = "events", _("Events held")
        BOOKINGS = "bookings", _("Venue bookings")
        SISTER_CITIES = "sister_cities", _("Sister and friendship cities")

    code = models.SlugField(_("code"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    unit_en = models.CharField(_("unit (English)"), max_length=60)
    unit_zh = models.CharField(_("unit (Chinese)"), max_length=60)
    field = models.PositiveSmallIntegerField(_("field of the program"), choices=Field.choices)
    direction = models.CharField(
        _("direction"), max_length=4, choices=Direction.choices, default=Direction.UP
    )
    computed = models.CharField(_("computed from"), max_length=16, choices=Computed.choices, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    first_year = models.PositiveSmallIntegerField(_("program's first year"), default=2010)
    last_year = models.PositiveSmallIntegerField(_("program's last year"), default=2035)

    class Meta:
        ordering = ["field", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_year__gte=models.F("first_year")), name="indicator_years"
            )
        ]

    def __str__(self) -> str:
        return self.both_names


class Target(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("target"), max_digits=16, decimal_places=3)

    class Meta:
        ordering = ["indicator", "year"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="one_target_a_year")]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.year}: {self.value}"


class Value(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=3)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    computed = models.BooleanField(_("computed by the platform"), default=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    entered_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["indicator", "year"]
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="one_value_a_year")]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.year}: {self.value}"
