"""Delegations and delegates. A delegation is a country's or an organization's party at one event;
its focal point registers its members within the quota through a link of their own."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.delegations.personal_data.encrypted import EncryptedTextField
from hostcity.shared.bilingual import BilingualNamed
from hostcity.shared.masking import masked


class Organization(BilingualNamed, models.Model):
    """An international organization that sends delegations (the UN, the AU, the SCO…)."""

    acronym = models.CharField(_("acronym"), max_length=20, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("international organization")
        verbose_name_plural = _("international organizations")

    def __str__(self) -> str:
        return f"{self.acronym} — {self.name_en} / {self.name_zh}"


def new_focal_token() -> str:
    return secrets.token_urlsafe(24)


def focal_link_expiry():
    """When a focal point's link made now stops working (HOSTCITY_FOCAL_LINK_DAYS)."""
    from datetime import timedelta

    from django.utils import timezone

    return timezone.now() + timedelta(days=settings.HOSTCITY_FOCAL_LINK_DAYS)


class Delegation(models.Model):
    class Rank(models.IntegerChoices):
        # The value is the rank's place in precedence: lower goes first.
        HEAD_OF_STATE = 1, _("Head of state")
        HEAD_OF_GOVERNMENT = 2, _("Head of government")
        VICE_HEAD = 3, _("Vice head of state or government")
        HEAD_OF_ORGANIZATION = 4, _("Head of an international organization")
        MINISTER = 5, _("Minister")
        OTHER = 6, _("Other")

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        CONFIRMED = "confirmed", _("Confirmed")
        ARRIVED = "arrived", _("Arrived")
        DEPARTED = "departed", _("Departed")

    class Registration(models.TextChoices):
        OPEN = "open", _("Open to the focal point")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned with comments")
        APPROVED = "approved", _("Approved")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="delegations")
    country = models.CharField(_("country (ISO 3166 alpha-3)"), max_length=3, blank=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="delegations"
    )
    head_rank = models.PositiveSmallIntegerField(_("rank of its head"), choices=Rank.choices)
    head_took_office = models.DateField(_("date its head took office"), null=True, blank=True)
    quota = models.PositiveSmallIntegerField(_("quota of members"), default=10)
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    arrival_flight = models.CharField(_("arrival flight"), max_length=20, blank=True)
    arrival_at = models.DateTimeField(_("arrival"), null=True, blank=True)
    departure_flight = models.CharField(_("departure flight"), max_length=20, blank=True)
    departure_at = models.DateTimeField(_("departure"), null=True, blank=True)
    hotel = models.ForeignKey(
        "venues.Venue",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hotel"),
    )
    liaison_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("liaison officer"),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.INVITED)
    focal_point_name = models.CharField(_("focal point"), max_length=120, blank=True)
    focal_point_email = models.EmailField(_("focal point's e-mail"), blank=True)
    # The focal point's link (focal_links.py): none once revoked; rotating it makes a new one at once.
    focal_token = models.CharField(
        max_length=40, unique=True, null=True, blank=True, default=new_focal_token, editable=False
    )
    focal_link_expires = models.DateTimeField(
        _("focal point's link works until"), null=True, blank=True, default=focal_link_expiry, editable=False
    )
    # The language the focal point last chose on the link's pages (one of settings.LANGUAGES): the link
    # opens in it on any device, until the focal point chooses another.
    focal_language = models.CharField(_("focal point's language"), max_length=10, blank=True, editable=False)
    registration = models.CharField(
        _("registration"), max_length=12, choices=Registration.choices, default=Registration.OPEN
    )
    review_comment = models.TextField(_("comments to the focal point"), blank=True)

    class Meta:
        ordering = ["event", "head_rank", "country"]
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        permissions = [
            ("review_registration", _("Approve or return a delegation's list")),
            ("view_dietary_notes", _("See delegates' dietary notes")),
            ("view_medical_notes", _("See delegates' medical notes")),
            ("view_all_delegations", _("See every delegation, not only those one is liaison officer of")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(country="") & models.Q(organization__isnull=False))
                | (~models.Q(country="") & models.Q(organization__isnull=True)),
                name="delegation_of_a_country_or_an_organization",
            ),
            models.UniqueConstraint(
                fields=["event", "country"],
                condition=~models.Q(country=""),
                name="one_delegation_per_country",
            ),
            models.UniqueConstraint(
                fields=["event", "organization"],
                condition=models.Q(organization__isnull=False),
                name="one_delegation_per_organization",
            ),
        ]

    def names(self) -> tuple[str, str]:
        """(English, Chinese) name of the country or organization it represents."""
        if self.organization_id:
            return self.organization.name_en, self.organization.name_zh
        from hostcity.shared.countries.names import country_names

        return country_names(self.country)

    @property
    def name_en(self) -> str:
        return self.names()[0]

    def name_in(self, language: str) -> str:
        """The country's name in a third language (CLDR), "" for an organization (its names are
        English and Chinese)."""
        if self.organization_id:
            return ""
        from hostcity.shared.countries.names import country_name_in

        return country_name_in(self.country, language)

    @property
    def name_zh(self) -> str:
        return self.names()[1]

    @property
    def rank_code(self) -> str:
        """Its head's rank as the planning format names it (head_of_state, minister…)."""
        return self.Rank(self.head_rank).name.lower()

    def __str__(self) -> str:
        english, chinese = self.names()
        return f"{english} / {chinese}"


class Vetting(models.TextChoices):
    NOT_REQUESTED = "not_requested", _("Not requested")
    REQUESTED = "requested", _("Requested")
    CLEARED = "cleared", _("Cleared")
    REFUSED = "refused", _("Refused")
    EXPIRED = "expired", _("Expired")


class Delegate(models.Model):
    Vetting = Vetting

    class Category(models.TextChoices):
        HEAD = "head", _("Head of delegation")
        OFFICIAL = "official", _("Official")
        SECURITY = "security", _("Security")
        MEDIA = "media", _("Media")
        STAFF = "staff", _("Staff")
        SPOUSE = "spouse", _("Spouse")

    delegation = models.ForeignKey(Delegation, on_delete=models.CASCADE, related_name="delegates")
    family_name = models.CharField(_("family name (as in the passport)"), max_length=80)
    given_names = models.CharField(_("given names (as in the passport)"), max_length=120, blank=True)
    name_zh = models.CharField(_("name in Chinese"), max_length=60, blank=True)
    position_en = models.CharField(_("position (English)"), max_length=160, blank=True)
    position_zh = models.CharField(_("position (Chinese)"), max_length=160, blank=True)
    category = models.CharField(_("category"), max_length=10, choices=Category.choices)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    photo = models.ImageField(_("photo"), upload_to="delegates/", blank=True)
    passport_number = EncryptedTextField(_("passport number"), blank=True)
    birth_date = EncryptedTextField(_("date of birth"), blank=True)  # ISO date, encrypted
    dietary_notes = models.TextField(_("dietary notes"), blank=True)
    medical_notes = models.TextField(_("medical notes"), blank=True)
    nationality = models.CharField(_("nationality (ISO 3166 alpha-3)"), max_length=3, blank=True)
    passport_expiry = EncryptedTextField(_("passport expires"), blank=True)  # ISO date, encrypted
    # Security vetting, set by the vetting authority (vetting/rules.py); its history is on the trail.
    vetting = models.CharField(
        _("security vetting"), max_length=14, choices=Vetting.choices, default=Vetting.NOT_REQUESTED
    )
    vetting_changed = models.DateTimeField(_("vetting changed"), null=True, blank=True)
    vetting_changed_by = models.CharField(_("vetting changed by"), max_length=200, blank=True)

    class Meta:
        ordering = ["delegation", "category", "family_name"]
        verbose_name = _("delegate")
        verbose_name_plural = _("delegates")
        permissions = [("vet_delegate", _("Set delegates' security vetting and read what it needs"))]

    @property
    def name_en(self) -> str:
        return f"{self.given_names} {self.family_name.upper()}".strip()

    @property
    def passport_masked(self) -> str:
        return masked(self.passport_number)

    @property
    def birth_date_masked(self) -> str:
        return masked(self.birth_date, keep=0) if self.birth_date else ""

    def __str__(self) -> str:
        return f"{self.name_en} / {self.name_zh}" if self.name_zh else self.name_en
