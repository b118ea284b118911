"""Accreditation: zones of an event, which categories enter which zones and when, the badges issued
(each carrying a signed token) and every scan at a gate."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Zone(BilingualNamed, models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="zones")
    code = models.CharField(_("code"), max_length=8)  # printed on the badge: P, B, M, H1…
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120)

    class Meta:
        ordering = ["event", "code"]
        verbose_name = _("zone")
        verbose_name_plural = _("zones")
        constraints = [models.UniqueConstraint(fields=["event", "code"], name="zone_code_unique_in_event")]

    def __str__(self) -> str:
        return f"{self.code} {self.name_en} / {self.name_zh}"


class ZoneAccess(models.Model):
    """Delegates of `category` may enter `zone` from `valid_from` to `valid_to` (dates, inclusive)."""

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="access")
    category = models.CharField(_("category"), max_length=10)
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"))

    class Meta:
        verbose_name = _("zone access")
        verbose_name_plural = _("zone access")
        constraints = [
            models.UniqueConstraint(fields=["zone", "category"], name="one_access_rule_per_zone_category"),
            models.CheckConstraint(
                condition=models.Q(valid_to__gte=models.F("valid_from")), name="access_ends_after_it_starts"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.category} → {self.zone.code} {self.valid_from}–{self.valid_to}"

    @property
    def category_label(self) -> str:
        """The category as people read it (the field holds a delegate category's code)."""
        from hostcity.delegations.models.records import Delegate

        return (
            Delegate.Category(self.category).label
            if self.category in Delegate.Category.values
            else self.category
        )


class SigningKey(models.Model):
    """The deployment's Ed25519 key for badge tokens: the private half encrypted at rest, the public
    half handed to gates so they can verify a badge without the server."""

    created = models.DateTimeField(auto_now_add=True)
    private_key = models.TextField()  # Fernet-encrypted raw key, base64
    public_key = models.CharField(max_length=64)  # raw key, base64url
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"key {self.pk} ({'active' if self.active else 'retired'})"


class Badge(models.Model):
    delegate = models.ForeignKey("delegations.Delegate", on_delete=models.CASCADE, related_name="badges")
    number = models.PositiveIntegerField(_("badge number"))
    version = models.PositiveSmallIntegerField(_("issue"), default=1)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    zones = models.JSONField(_("zones"), default=dict)  # code -> [first day, last day], ISO dates
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revocation"), max_length=200, blank=True)

    class Meta:
        ordering = ["number", "-version"]
        permissions = [("print_badge", "Can print badges (signed gate credentials)")]
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        constraints = [
            models.UniqueConstraint(fields=["delegate", "version"], name="one_badge_per_issue"),
        ]

    def __str__(self) -> str:
        return f"#{self.number}.{self.version} {self.delegate}"


class Scan(models.Model):
    class Result(models.TextChoices):
        ALLOWED = "allowed", _("Allowed")
        DENIED = "denied", _("Denied")

    at = models.DateTimeField(_("scanned"), db_index=True)
    received = models.DateTimeField(auto_now_add=True)
    badge = models.ForeignKey(Badge, on_delete=models.SET_NULL, null=True, blank=True, related_name="scans")
    zone = models.ForeignKey(Zone, on_delete=models.SET_NULL, null=True, blank=True, related_name="scans")
    zone_code = models.CharField(max_length=8)
    gate = models.CharField(_("gate"), max_length=60, blank=True)
    result = models.CharField(max_length=8, choices=Result.choices)
    reason = models.CharField(max_length=20, blank=True)  # unknown, forged, expired, revoked, wrong_zone…
    claimed_at = models.DateTimeField(null=True, blank=True)  # the time the gate said it scanned (offline)
    client_id = models.CharField(max_length=64, null=True, blank=True, unique=True)  # offline uploads
    fingerprint = models.CharField(max_length=64, blank=True)  # what the client id is bound to (checkin.py)
    offline = models.BooleanField(default=False)

    class Meta:
        ordering = ["-at"]
        indexes = [
            models.Index(fields=["zone", "result", "at"], name="scan_zone_result_at"),
            models.Index(fields=["badge", "at"], name="scan_badge_at"),
        ]

    def __str__(self) -> str:
        at = timezone.localtime(self.at)
        return f"{at:%Y-%m-%d %H:%M:%S} {self.zone_code} {self.result} {self.reason}".strip()
