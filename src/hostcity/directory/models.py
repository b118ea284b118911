"""The public directory for foreign residents and visitors: international schools, hospitals and
clinics with foreign-language services, festivals and international sports events (with their tier),
and practical services. What the public sees is the published entry; editors propose revisions that a
reviewer publishes or returns, and every revision is kept."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Kind(models.TextChoices):
    SCHOOL = "school", _("International school")
    HOSPITAL = "hospital", _("Hospital or clinic")
    EVENT = "event", _("Festival or sports event")
    SERVICE = "service", _("Practical service")


class Entry(BilingualNamed, models.Model):
    class FeesBand(models.TextChoices):
        MODERATE = "moderate", _("under 100,000 yuan a year")
        HIGH = "high", _("100,000–250,000 yuan a year")
        PREMIUM = "premium", _("over 250,000 yuan a year")

    class Category(models.TextChoices):
        FESTIVAL = "festival", _("Cultural festival")
        SPORTS = "sports", _("International sports event")
        EXHIBITION = "exhibition", _("Exhibition or fair")

    class Level(models.TextChoices):
        WORLD = "world", _("World or continental championship")
        INTERNATIONAL = "international", _("International")
        NATIONAL = "national", _("National")
        CITY = "city", _("City or district")

    class Topic(models.TextChoices):
        RESIDENCE = "residence", _("Visas and residence")
        DRIVING = "driving", _("Driving licence")
        BANKING = "banking", _("Banking and payments")
        TELEPHONE = "telephone", _("Telephone and internet")
        TALENT = "talent", _("Work and talent services")
        HEALTH = "health", _("Health checks and insurance")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    slug = models.SlugField(_("address on the site"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    summary_en = models.TextField(_("summary (English)"), max_length=2000, blank=True)
    summary_zh = models.TextField(_("summary (Chinese)"), max_length=2000, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=300, blank=True)
    address_zh = models.CharField(_("address (Chinese)"), max_length=300, blank=True)
    district = models.CharField(_("district"), max_length=60, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    source = models.URLField(_("source"), blank=True, max_length=500)
    # schools
    curricula = models.CharField(_("curricula"), max_length=200, blank=True)
    age_from = models.PositiveSmallIntegerField(_("ages from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("ages to"), null=True, blank=True)
    fees_band = models.CharField(_("fees"), max_length=10, choices=FeesBand.choices, blank=True)
    # hospitals and clinics
    departments = models.CharField(_("departments"), max_length=400, blank=True)
    international_insurance = models.BooleanField(
        _("direct billing of international insurance"), default=False
    )
    emergency = models.BooleanField(_("24-hour emergency"), default=False)
    hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    # festivals and sports events
    category = models.CharField(_("category"), max_length=12, choices=Category.choices, blank=True)
    level = models.CharField(_("level"), max_length=14, choices=Level.choices, blank=True)
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    foreign_share = models.PositiveSmallIntegerField(
        _("international participants (%)"), null=True, blank=True
    )
    starts = models.DateField(_("first day"), null=True, blank=True)
    ends = models.DateField(_("last day"), null=True, blank=True)
    tier = models.PositiveSmallIntegerField(_("tier"), null=True, blank=True, editable=False)
    tier_override = models.PositiveSmallIntegerField(
        _("tier set by hand"), null=True, blank=True, choices=[(1, "1"), (2, "2"), (3, "3")]
    )
    tier_reason = models.CharField(_("reason for the tier set by hand"), max_length=300, blank=True)
    # practical services
    topic = models.CharField(_("topic"), max_length=10, choices=Topic.choices, blank=True)
    # review
    reviewed_at = models.DateTimeField(_("last reviewed"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # what a search looks in, casefolded in one column (both languages, languages' names, departments…)
    search = models.TextField(editable=False, blank=True, default="")

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("directory entry")
        verbose_name_plural = _("directory entries")
        indexes = [
            models.Index(fields=["kind", "name_en"], name="entry_kind_name"),
            models.Index(fields=["latitude", "longitude"], name="entry_position"),
        ]

    def __str__(self) -> str:
        return self.both_names

    def get_absolute_url(self) -> str:
        return reverse("visit:entry", kwargs={"slug": self.slug})


class Revision(models.Model):
    """A proposed entry or change of one, with the reviewer's decision."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        RETURNED = "returned", _("Returned")

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    data = models.JSONField(_("proposed content"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    comment = models.CharField(_("reviewer's comment"), max_length=500, blank=True)

    class Meta:
        ordering = ["-proposed_at", "-id"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        permissions = [("publish_revision", _("Can publish directory revisions"))]

    def __str__(self) -> str:
        return f"{self.data.get('name_en', '')} ({self.get_status_display()})"
