"""How a delegation comes and goes: each flight of a group of its members (all of them when none is
named), where and when it lands or leaves, the VIP lane and who of the host greets or sees it off."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Movement(models.Model):
    class Direction(models.TextChoices):
        ARRIVAL = "arrival", _("Arrival")
        DEPARTURE = "departure", _("Departure")

    delegation = models.ForeignKey(
        "delegations.Delegation", on_delete=models.CASCADE, related_name="movements"
    )
    direction = models.CharField(_("arrival or departure"), max_length=10, choices=Direction.choices)
    flight = models.CharField(_("flight"), max_length=20)
    airport = models.CharField(_("airport (IATA)"), max_length=3, default="PEK")
    terminal = models.CharField(_("terminal"), max_length=10, blank=True)
    at = models.DateTimeField(_("time"))
    delegates = models.ManyToManyField(
        "delegations.Delegate", blank=True, related_name="movements", verbose_name=_("members on it")
    )  # none: the whole delegation
    with_head = models.BooleanField(_("the head of delegation is on it"), default=True)
    vip_lane = models.BooleanField(_("VIP lane"), default=False)
    greeter = models.CharField(_("greeted or seen off by"), max_length=160, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["at", "delegation"]
        verbose_name = _("arrival or departure")
        verbose_name_plural = _("arrivals and departures")

    def __str__(self) -> str:
        return f"{self.get_direction_display()} {self.flight} {timezone.localtime(self.at):%Y-%m-%d %H:%M}"
