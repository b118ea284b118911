"""Where delegations sleep: blocks of rooms an event holds at a hotel for some nights, and each
delegate's stay in one of them (the rooming list the hotel gets)."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class HotelBlock(models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="hotel_blocks")
    hotel = models.ForeignKey(
        "venues.Venue", on_delete=models.PROTECT, related_name="+", verbose_name=_("hotel"),
        limit_choices_to={"category": "hotel"},
    )  # fmt: skip
    rooms = models.PositiveSmallIntegerField(_("rooms held"))
    first_night = models.DateField(_("first night"))
    last_night = models.DateField(_("last night"))
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["event", "hotel", "first_night"]
        verbose_name = _("hotel block")
        verbose_name_plural = _("hotel blocks")
        constraints = [
            models.CheckConstraint(
                condition=Q(last_night__gte=F("first_night")), name="block_nights_in_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.hotel} {self.first_night}–{self.last_night} ({self.rooms})"


class Stay(models.Model):
    block = models.ForeignKey(HotelBlock, on_delete=models.CASCADE, related_name="stays")
    delegate = models.ForeignKey("delegations.Delegate", on_delete=models.CASCADE, related_name="stays")
    room_number = models.CharField(_("room"), max_length=20, blank=True)
    check_in = models.DateField(_("check-in"))
    check_out = models.DateField(_("check-out"))

    class Meta:
        ordering = ["block", "delegate__delegation", "delegate__family_name"]
        verbose_name = _("stay")
        verbose_name_plural = _("stays")
        constraints = [
            models.CheckConstraint(condition=Q(check_out__gt=F("check_in")), name="stay_out_after_in")
        ]

    def __str__(self) -> str:
        return f"{self.delegate}: {self.check_in}–{self.check_out}"
