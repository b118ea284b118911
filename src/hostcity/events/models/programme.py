"""What an event's plan is made of: the open sessions, the host's principals, the programme items
already fixed (opening, banquet, roundtable), the meeting requests the engine places, and the
interpreters it assigns."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed

CODE_HELP = _("Letters, digits and dashes; unique in the event (it names the item in plans).")


class EventSession(models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta:
        ordering = ["event", "start"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


class HostPrincipal(BilingualNamed, models.Model):
    """Someone of the host's side whose time is planned: the president, the premier, the mayor…"""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="host_principals")
    code = models.SlugField(_("code"), max_length=40, help_text=CODE_HELP)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120)
    languages = models.JSONField(_("languages"), default=list, blank=True)

    class Meta:
        ordering = ["event", "code"]
        verbose_name = _("host principal")
        verbose_name_plural = _("host principals")
        constraints = [models.UniqueConstraint(fields=["event", "code"], name="host_principal_code_unique")]

    def __str__(self) -> str:
        return self.both_names


class ProgrammeItem(models.Model):
    """A decided item of the programme: its time and room are given; the plan works around it."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="programme_items")
    code = models.SlugField(_("code"), max_length=40, help_text=CODE_HELP)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    room = models.ForeignKey(
        "venues.Room", on_delete=models.PROTECT, related_name="+", verbose_name=_("room")
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    host_principals = models.ManyToManyField(HostPrincipal, blank=True, verbose_name=_("host principals"))
    delegations = models.ManyToManyField("delegations.Delegation", blank=True, verbose_name=_("delegations"))
    all_delegations = models.BooleanField(_("every delegation attends"), default=False)

    class Meta:
        ordering = ["event", "start"]
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")
        constraints = [
            models.UniqueConstraint(fields=["event", "code"], name="programme_item_code_unique"),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="item_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title_en} / {self.title_zh}"


class MeetingRequest(models.Model):
    """A meeting someone asks for; the engine decides when, where and with which interpreters."""

    class Priority(models.TextChoices):
        MUST = "must", _("Must")
        HIGH = "high", _("High")
        NORMAL = "normal", _("Normal")
        LOW = "low", _("Low")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="meeting_requests")
    code = models.SlugField(_("code"), max_length=40, help_text=CODE_HELP)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    host_principals = models.ManyToManyField(HostPrincipal, blank=True, verbose_name=_("host principals"))
    delegations = models.ManyToManyField("delegations.Delegation", blank=True, verbose_name=_("delegations"))
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=45)
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    venues = models.ManyToManyField("venues.Venue", blank=True, verbose_name=_("allowed venues"))
    room_kinds = models.JSONField(_("allowed room kinds"), default=list, blank=True)
    windows = models.JSONField(_("windows"), default=list, blank=True)  # [[start, end], …] ISO local times
    pinned_start = models.DateTimeField(_("pinned start"), null=True, blank=True)
    pinned_room = models.ForeignKey(
        "venues.Room",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("pinned room"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    from_delegation = models.ForeignKey(
        "delegations.Delegation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="requests_made",
        verbose_name=_("asked by the delegation"),
    )
    note = models.TextField(_("note"), blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "code"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.UniqueConstraint(fields=["event", "code"], name="meeting_request_code_unique"),
            models.CheckConstraint(condition=models.Q(minutes__gte=5), name="meeting_lasts_five_minutes"),
        ]

    def __str__(self) -> str:
        return self.title_en or self.code


class EventInterpreter(models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="interpreters")
    code = models.SlugField(_("code"), max_length=40, help_text=CODE_HELP)
    name = models.CharField(_("name"), max_length=120)
    languages = models.JSONField(_("languages"), default=list)
    available = models.JSONField(_("available"), default=list, blank=True)  # [[start, end], …]
    max_minutes_per_day = models.PositiveSmallIntegerField(_("most minutes a day"), null=True, blank=True)

    class Meta:
        ordering = ["event", "code"]
        verbose_name = _("interpreter")
        verbose_name_plural = _("interpreters")
        constraints = [models.UniqueConstraint(fields=["event", "code"], name="interpreter_code_unique")]

    def __str__(self) -> str:
        return f"{self.name} ({'-'.join(self.languages)})"


class Vehicle(models.Model):
    """A car, van or coach of the event's pool, assigned to a delegation's motorcade."""

    class Kind(models.TextChoices):
        CAR = "car", _("Car")
        VAN = "van", _("Van")
        COACH = "coach", _("Coach")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="vehicles")
    plate = models.CharField(_("plate"), max_length=20)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.CAR)
    seats = models.PositiveSmallIntegerField(_("seats"), default=4)
    driver = models.CharField(_("driver"), max_length=120, blank=True)
    delegation = models.ForeignKey(
        "delegations.Delegation", on_delete=models.SET_NULL, null=True, blank=True, related_name="vehicles",
        verbose_name=_("assigned to"),
    )  # fmt: skip

    class Meta:
        ordering = ["event", "plate"]
        verbose_name = _("vehicle")
        verbose_name_plural = _("vehicles")
        constraints = [
            models.UniqueConstraint(fields=["event", "plate"], name="vehicle_plate_unique_in_event")
        ]

    def __str__(self) -> str:
        return f"{self.plate} ({self.get_kind_display()})"


class RoomBlock(models.Model):
    """Hotel rooms held for the event: so many rooms at a hotel for some nights, for a delegation or
    not yet given out."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="room_blocks")
    hotel = models.ForeignKey(
        "venues.Venue", on_delete=models.PROTECT, related_name="+", verbose_name=_("hotel")
    )
    rooms = models.PositiveSmallIntegerField(_("rooms"))
    first_night = models.DateField(_("first night"))
    last_night = models.DateField(_("last night"))
    delegation = models.ForeignKey(
        "delegations.Delegation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="room_blocks",
        verbose_name=_("for the delegation"),
    )

    class Meta:
        ordering = ["event", "hotel", "first_night"]
        verbose_name = _("room block")
        verbose_name_plural = _("room blocks")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_night__gte=models.F("first_night")),
                name="block_last_night_after_first",
            ),
            models.CheckConstraint(condition=models.Q(rooms__gte=1), name="block_holds_a_room"),
        ]

    def __str__(self) -> str:
        return f"{self.rooms} rooms, {self.hotel}, {self.first_night}–{self.last_night}"
