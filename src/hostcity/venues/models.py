"""Functional areas, venues, rooms, closures and bookings.

Thin records: the rules about what may be booked live in `booking.py`, and on PostgreSQL in the
database itself (see migrations/0002_postgres_guards.py).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualName, chinese, split_scripts
from hostcity.venues.geojson import validate_outline


class FunctionalArea(BilingualName):
    class Kind(models.TextChoices):
        CORE = "core", _("Core area")
        AXIS = "axis", _("Axis")
        SECTION = "section", _("Section")
        CLUSTER = "cluster", _("Cluster")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_zh = models.TextField(_("description (Chinese)"), blank=True)
    colour = models.CharField(_("map colour"), max_length=7, default="#3366cc")
    outline = models.JSONField(_("outline (GeoJSON)"), null=True, blank=True, validators=[validate_outline])

    class Meta:
        ordering = ["kind", "name_en"]
        verbose_name = _("functional area")
        verbose_name_plural = _("functional areas")

    @property
    def description(self) -> str:
        zh = chinese()
        return (self.description_zh if zh else self.description_en) or self.description_en


COORDINATE_QUALITY = {  # how far a venue's coordinates can be trusted, as the reference data say it
    "sourced": _("from a source"),
    "derived": _("derived from the address"),
    "estimate": _("estimate"),
    "placeholder_unverified": _("placeholder, not verified"),
}


class Venue(BilingualName):
    class Category(models.TextChoices):
        STATE_CEREMONIAL = "state_ceremonial", _("State ceremonial")
        STATE_GUESTHOUSE = "state_guesthouse", _("State guesthouse")
        SUMMIT_RETREAT = "summit_retreat", _("Summit retreat")
        CONVENTION_CENTRE = "convention_centre", _("Convention centre")
        EXHIBITION_CENTRE = "exhibition_centre", _("Exhibition centre")
        HOTEL = "hotel", _("Hotel")
        STADIUM = "stadium", _("Stadium and Olympic venue")
        CULTURE = "culture", _("Cultural venue")
        AIRPORT = "airport", _("Airport")
        EMBASSY_AREA = "embassy_area", _("Embassy area")
        EMBASSY = "embassy", _("Embassy")
        OTHER = "other", _("Other")

    class Security(models.TextChoices):
        STANDARD = "standard", _("Standard")
        ELEVATED = "elevated", _("Elevated")
        HIGH = "high", _("High")
        STATE = "state", _("State level")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    area = models.ForeignKey(
        FunctionalArea,
        verbose_name=_("functional area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="venues",
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    district = models.CharField(_("district"), max_length=60, blank=True)
    latitude = models.FloatField(_("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(
        _("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    coordinate_quality = models.CharField(_("coordinate quality"), max_length=40, blank=True)
    capacity = models.PositiveIntegerField(_("capacity (persons)"), null=True, blank=True)
    facilities = models.TextField(_("facilities"), blank=True)
    security_level = models.CharField(
        _("security level"), max_length=10, choices=Security.choices, default=Security.STANDARD
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    sources = models.TextField(_("sources"), blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        permissions = [("import_venues", _("Can import venues and rooms"))]
        constraints = [
            models.CheckConstraint(condition=Q(latitude__gte=-90, latitude__lte=90), name="venue_latitude"),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180, longitude__lte=180), name="venue_longitude"
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("venues:venue", args=[self.code])

    @property
    def district_name(self) -> str:
        """The district in the page's language: the field may hold both forms ("Dongcheng 东城区")."""
        return split_scripts(self.district)

    @property
    def coordinate_quality_label(self) -> str:
        return str(COORDINATE_QUALITY.get(self.coordinate_quality, self.coordinate_quality))


# The fields a person keeps for a venue and a room, in the order forms, files and the API show them.
VENUE_FIELDS = (
    "code", "name_en", "name_zh", "category", "area", "address", "district", "latitude", "longitude",
    "coordinate_quality", "capacity", "facilities", "security_level", "contact_name", "contact_phone",
    "contact_email", "sources",
)  # fmt: skip
ROOM_FIELDS = ("name_en", "name_zh", "kind", "capacity", "interpretation_booths", "equipment")


class Room(BilingualName):
    class Kind(models.TextChoices):
        PLENARY = "plenary", _("Plenary")
        BILATERAL = "bilateral", _("Bilateral")
        BANQUET = "banquet", _("Banquet")
        EXHIBITION = "exhibition", _("Exhibition")
        PRESS = "press", _("Press")
        HOLDING = "holding", _("Holding")
        OTHER = "other", _("Other")

    venue = models.ForeignKey(Venue, verbose_name=_("venue"), on_delete=models.CASCADE, related_name="rooms")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    capacity = models.PositiveIntegerField(_("capacity (persons)"))
    interpretation_booths = models.PositiveSmallIntegerField(_("interpretation booths"), default=0)
    equipment = models.TextField(_("equipment"), blank=True)

    class Meta:
        ordering = ["venue__name_en", "name_en"]
        verbose_name = _("room")
        verbose_name_plural = _("rooms")
        constraints = [
            models.UniqueConstraint(fields=["venue", "name_en"], name="room_name_unique_in_venue"),
        ]
        indexes = [models.Index(fields=["kind", "capacity"], name="room_kind_capacity")]


class Closure(models.Model):
    class Reason(models.TextChoices):
        SECURITY_LOCKDOWN = "security_lockdown", _("Security lockdown")
        MAINTENANCE = "maintenance", _("Maintenance")
        OTHER = "other", _("Other")

    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="closures",
    )
    room = models.ForeignKey(
        Room, verbose_name=_("room"), null=True, blank=True, on_delete=models.CASCADE, related_name="closures"
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["start"]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="closure_ends_after_start"),
            models.CheckConstraint(
                condition=(
                    Q(venue__isnull=False, room__isnull=True) | Q(venue__isnull=True, room__isnull=False)
                ),
                name="closure_of_venue_or_room",
            ),
        ]

    @property
    def place(self):
        return self.room or self.venue

    def __str__(self) -> str:
        return f"{self.place}: {self.get_reason_display()}"


class Booking(models.Model):
    class Status(models.TextChoices):
        TENTATIVE = "tentative", _("Tentative")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")

    LIVE = (Status.TENTATIVE, Status.CONFIRMED)

    room = models.ForeignKey(Room, verbose_name=_("room"), on_delete=models.CASCADE, related_name="bookings")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    purpose = models.CharField(_("purpose"), max_length=300)
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.TENTATIVE)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    series = models.UUIDField(_("recurring series"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["start"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="booking_ends_after_start"),
        ]
        indexes = [models.Index(fields=["room", "start", "end"], name="booking_room_period")]

    @property
    def is_live(self) -> bool:
        return self.status in self.LIVE

    def __str__(self) -> str:
        start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        return f"{self.room} {start:%Y-%m-%d %H:%M}–{end:%H:%M} {self.purpose}"
