"""The city's recurring exchange platforms (fairs, forums, conferences) and their editions; sister and
friendship cities with the log of exchanges; partner networks."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Platform(BilingualNamed, models.Model):
    class Kind(models.TextChoices):
        TRADE_FAIR = "trade_fair", _("Trade fair")
        FORUM = "forum", _("Forum")
        CONFERENCE = "conference", _("Conference")
        EXPO = "expo", _("Exhibition")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    organizer_en = models.CharField(_("organizer (English)"), max_length=200, blank=True)
    organizer_zh = models.CharField(_("organizer (Chinese)"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    since = models.PositiveSmallIntegerField(_("first held"), null=True, blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")

    def __str__(self) -> str:
        return self.both_names


class Edition(models.Model):
    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="editions")
    year = models.PositiveSmallIntegerField(_("year"))
    theme_en = models.CharField(_("theme (English)"), max_length=300, blank=True)
    theme_zh = models.CharField(_("theme (Chinese)"), max_length=300, blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    venues = models.ManyToManyField("venues.Venue", blank=True, related_name="+", verbose_name=_("venues"))
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    countries = models.PositiveSmallIntegerField(_("countries and regions"), null=True, blank=True)
    exhibitors = models.PositiveIntegerField(_("exhibitors"), null=True, blank=True)
    deals = models.PositiveIntegerField(_("deals signed"), null=True, blank=True)
    deals_amount = models.DecimalField(
        _("deals, amount (100 million yuan)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    outcomes = models.TextField(_("outcomes"), blank=True)
    source = models.URLField(_("source"), blank=True)

    class Meta:
        ordering = ["platform", "year"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        constraints = [
            models.UniqueConstraint(fields=["platform", "year"], name="one_edition_a_year"),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="edition_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.platform.name_en} {self.year}"


class SisterCity(models.Model):
    class Kind(models.TextChoices):
        SISTER = "sister", _("Sister city")
        FRIENDSHIP = "friendship", _("Friendship city")

    city_en = models.CharField(_("city (English)"), max_length=120)
    city_zh = models.CharField(_("city (Chinese)"), max_length=120)
    country = models.CharField(_("country (ISO 3166 alpha-3)"), max_length=3)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.SISTER)
    since = models.DateField(_("since"))
    agreements = models.TextField(_("agreements"), blank=True)

    class Meta:
        ordering = ["city_en"]
        verbose_name = _("sister or friendship city")
        verbose_name_plural = _("sister and friendship cities")
        constraints = [models.UniqueConstraint(fields=["city_en", "country"], name="one_city_record")]

    def __str__(self) -> str:
        return f"{self.city_en} / {self.city_zh}"


class CityExchange(models.Model):
    city = models.ForeignKey(SisterCity, on_delete=models.CASCADE, related_name="exchanges")
    date = models.DateField(_("date"))
    title_en = models.CharField(_("what (English)"), max_length=200)
    title_zh = models.CharField(_("what (Chinese)"), max_length=200, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["city", "-date"]
        verbose_name = _("exchange")
        verbose_name_plural = _("exchanges")

    def __str__(self) -> str:
        return f"{self.date} {self.title_en}"


class PartnerNetwork(BilingualNamed, models.Model):
    class Kind(models.TextChoices):
        CHAMBER = "chamber", _("Chamber of commerce")
        ASSOCIATION = "association", _("Business association")
        NETWORK = "network", _("City network")

    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    country = models.CharField(_("country (ISO 3166 alpha-3)"), max_length=3, blank=True)
    website = models.URLField(_("website"), blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("partner network")
        verbose_name_plural = _("partner networks")

    def __str__(self) -> str:
        return self.both_names
