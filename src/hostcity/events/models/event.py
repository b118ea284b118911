"""Events: state visits, summits, forums. This is the record bookings refer to; planning and
programmes build on it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


def default_vetting_exempt() -> list[str]:
    return ["head"]


class Event(BilingualNamed, models.Model):
    class Kind(models.TextChoices):
        STATE_VISIT = "state_visit", _("State visit")
        OFFICIAL_VISIT = "official_visit", _("Official visit")
        SUMMIT = "summit", _("Multilateral summit")
        FORUM = "forum", _("Forum")
        CULTURAL = "cultural", _("Cultural or sports event")

    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    # The order of precedence (delegations/precedence.py): a rule, the letter drawn for the
    # alphabetical rule, the list for the manual one (delegation ids).
    precedence_rule = models.CharField(_("order of precedence"), max_length=20, default="rank")
    precedence_letter = models.CharField(_("letter drawn"), max_length=1, blank=True)
    precedence_manual = models.JSONField(_("order set by hand"), default=list, blank=True)
    slot_minutes = models.PositiveSmallIntegerField(_("planning grid (minutes)"), default=15)
    # Delegates' categories that hold a badge without security vetting (heads of delegation, by rule).
    vetting_exempt = models.JSONField(
        _("badges without vetting for"), default=default_vetting_exempt, blank=True
    )
    venues = models.ManyToManyField(
        "venues.Venue", blank=True, related_name="+", verbose_name=_("venues in use")
    )

    class Meta:
        ordering = ["-start_date", "name_en"]
        permissions = [
            (
                "view_schedules",
                _("See principals' and delegations' schedules: plans, itineraries, rosters, board"),
            )
        ]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="event_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.both_names
