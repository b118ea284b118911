"""B2B matchmaking at a platform's edition: the tables and sessions, the companies that register
through the public form, the meetings they request, the engine's runs and the agendas they write."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed
from hostcity.shared.runs.models import WorkerClaim
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT


class Matchmaking(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open for requests")
        CLOSED = "closed", _("Requests closed")

    edition = models.OneToOneField(
        "platforms.Edition", on_delete=models.CASCADE, related_name="matchmaking", verbose_name=_("edition")
    )
    code = models.SlugField(_("public code"), max_length=60, unique=True)
    venue = models.ForeignKey(
        "venues.Venue",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("venue"),
    )
    place_en = models.CharField(_("place (English)"), max_length=200, blank=True)
    place_zh = models.CharField(_("place (Chinese)"), max_length=200, blank=True)
    tables = models.PositiveSmallIntegerField(_("tables"), default=50)
    slot_minutes = models.PositiveSmallIntegerField(_("minutes per meeting"), default=30)
    quota = models.PositiveSmallIntegerField(
        _("requests a company may send"), default=10, help_text=_("Meeting requests each company may send.")
    )
    registration_open = models.BooleanField(_("registration open"), default=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.OPEN)
    published_run = models.ForeignKey(
        "MatchRun", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("matchmaking")
        verbose_name_plural = _("matchmakings")

    def __str__(self) -> str:
        return f"{self.edition} matchmaking"


class MatchSession(models.Model):
    """A period in which the tables are open; the gaps between sessions are the breaks."""

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta:
        ordering = ["start"]
        verbose_name = _("matchmaking session")
        verbose_name_plural = _("matchmaking sessions")
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="match_session_order")
        ]

    def __str__(self) -> str:
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)  # Beijing's, not UTC
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


class Sector(models.TextChoices):
    DIGITAL = "digital", _("Digital economy and software")
    FINANCE = "finance", _("Finance and insurance")
    HEALTH = "health", _("Health and life sciences")
    MANUFACTURING = "manufacturing", _("Advanced manufacturing and robotics")
    MOBILITY = "mobility", _("Intelligent vehicles and mobility")
    ENERGY = "energy", _("Energy and environment")
    SERVICES = "services", _("Professional services and consulting")
    LOGISTICS = "logistics", _("Trade and logistics")
    CULTURE = "culture", _("Culture, education and tourism")
    AGRIFOOD = "agrifood", _("Agriculture and food")
    OTHER = "other", _("Other")


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Company(BilingualNamed, models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Taking part")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        NO_SHOW = "no_show", _("Did not come")

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="companies")
    name_en = models.CharField(_("company name (English)"), max_length=200)
    name_zh = models.CharField(_("company name (Chinese)"), max_length=200, blank=True)
    country = models.CharField(_("country (ISO 3166 alpha-3)"), max_length=3)
    sector = models.CharField(_("sector"), max_length=16, choices=Sector.choices)
    offers = models.TextField(_("what we offer"), max_length=2000)
    needs = models.TextField(_("what we are looking for"), max_length=2000)
    languages = models.JSONField(_("languages"), default=list, help_text=_("ISO 639-1 codes"))
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("email"))
    sessions = models.ManyToManyField(
        MatchSession,
        blank=True,
        related_name="companies",
        verbose_name=_("available in"),
        help_text=_("Leave empty when you are there in every session."),
    )
    token = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        constraints = [
            models.UniqueConstraint("matchmaking", Lower("email"), name="one_registration_per_email"),
            models.UniqueConstraint("matchmaking", Lower("name_en"), name="one_registration_per_name"),
        ]
        indexes = [models.Index(fields=["matchmaking", "status"])]

    def __str__(self) -> str:
        return self.both_names


class Priority(models.TextChoices):
    HIGH = "high", _("High")
    NORMAL = "normal", _("Normal")
    LOW = "low", _("Low")


class MeetingRequest(models.Model):
    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="requests")
    requester = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="sent")
    target = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="received")
    priority = models.CharField(
        _("priority"), max_length=6, choices=Priority.choices, default=Priority.NORMAL
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.UniqueConstraint(fields=["requester", "target"], name="one_request_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("target")), name="no_request_to_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester.name_en} → {self.target.name_en}"


class MatchRun(WorkerClaim):
    run_kind = "match"
    run_task = "hostcity.matchmaking.tasks.solve_run"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="runs")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    time_limit = models.PositiveSmallIntegerField(default=DEFAULT_TIME_LIMIT)
    previous = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    replan_from = models.DateTimeField(null=True, blank=True)
    problem = models.JSONField()
    plan = models.JSONField(null=True, blank=True)
    log = models.TextField(blank=True)
    error = models.TextField(blank=True)
    requested = models.PositiveIntegerField(default=0)  # meetings asked for (a mutual request is one)
    requested_weight = models.PositiveIntegerField(default=0)
    met = models.PositiveIntegerField(default=0)
    moved = models.PositiveIntegerField(default=0)  # meetings of the previous run that changed time or table
    seconds_building = models.FloatField(default=0)
    seconds_writing = models.FloatField(default=0)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("matchmaking run")
        verbose_name_plural = _("matchmaking runs")

    def __str__(self) -> str:
        return f"run {self.pk} of {self.matchmaking}"

    @property
    def value(self):
        return (self.plan or {}).get("objective", {}).get("value")

    @property
    def bound(self):
        return (self.plan or {}).get("objective", {}).get("bound")


class AgendaMeeting(models.Model):
    """One meeting of a run's plan: two companies at a table in a slot."""

    run = models.ForeignKey(MatchRun, on_delete=models.CASCADE, related_name="meetings")
    first = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField()
    end = models.DateTimeField()
    table = models.PositiveSmallIntegerField()
    weight = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["start", "table"]
        indexes = [
            models.Index(fields=["run", "first"]),
            models.Index(fields=["run", "second"]),
            models.Index(fields=["run", "table"]),
        ]

    def __str__(self) -> str:
        return f"table {self.table} at {timezone.localtime(self.start):%Y-%m-%d %H:%M}"
