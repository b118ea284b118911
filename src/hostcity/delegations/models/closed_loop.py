"""Closed-loop (health bubble) management for a major event: who and which places are inside the
loop, the daily test of each person, and what they share — meetings, rooms, vehicles — so that a
positive test leads at once to the people who were with them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from hostcity.shared.bilingual import BilingualNamed


class Loop(BilingualNamed, models.Model):
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="loops")
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120)
    starts = models.DateField(_("first day"))
    ends = models.DateField(_("last day"))

    class Meta:
        ordering = ["event", "starts"]
        verbose_name = _("closed loop")
        verbose_name_plural = _("closed loops")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gte=models.F("starts")), name="loop_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return self.both_names


class LoopMember(models.Model):
    """A person inside the loop: a delegate, or someone of the host's side named here."""

    loop = models.ForeignKey(Loop, on_delete=models.CASCADE, related_name="members")
    delegate = models.ForeignKey(
        "delegations.Delegate",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="loop_memberships",
    )
    name = models.CharField(_("name"), max_length=160, blank=True)  # for people who are not delegates
    role = models.CharField(_("role"), max_length=80, blank=True)  # driver, interpreter, hotel staff…
    joined = models.DateField(_("entered the loop"))
    left = models.DateField(_("left the loop"), null=True, blank=True)

    class Meta:
        ordering = ["loop", "name", "id"]
        verbose_name = _("person in the loop")
        verbose_name_plural = _("people in the loop")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(delegate__isnull=False) | ~models.Q(name=""), name="loop_member_is_someone"
            ),
            models.UniqueConstraint(
                fields=["loop", "delegate"],
                condition=models.Q(delegate__isnull=False),
                name="delegate_once_per_loop",
            ),
        ]

    @property
    def display_name(self) -> str:
        if self.delegate_id:
            return str(self.delegate)
        return self.name

    def __str__(self) -> str:
        return self.display_name


class LoopPlace(models.Model):
    loop = models.ForeignKey(Loop, on_delete=models.CASCADE, related_name="places")
    venue = models.ForeignKey("venues.Venue", on_delete=models.CASCADE, related_name="+")
    room = models.ForeignKey("venues.Room", on_delete=models.CASCADE, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("place in the loop")
        verbose_name_plural = _("places in the loop")
        constraints = [models.UniqueConstraint(fields=["loop", "venue", "room"], name="place_once_per_loop")]

    def __str__(self) -> str:
        return f"{self.venue}" + (f" — {self.room}" if self.room_id else "")


class TestRecord(models.Model):
    class Result(models.TextChoices):
        NEGATIVE = "negative", _("Negative")
        POSITIVE = "positive", _("Positive")
        PENDING = "pending", _("Pending")

    member = models.ForeignKey(LoopMember, on_delete=models.CASCADE, related_name="tests")
    day = models.DateField(_("day"))
    result = models.CharField(_("result"), max_length=10, choices=Result.choices)
    recorded = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "member"]
        verbose_name = _("test record")
        verbose_name_plural = _("test records")
        constraints = [models.UniqueConstraint(fields=["member", "day"], name="one_test_record_per_day")]

    def __str__(self) -> str:
        return f"{self.member} {self.day}: {self.result}"


class SharedActivity(models.Model):
    """Something people inside the loop did together: a meeting, time in a room, a ride in a vehicle."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        ROOM = "room", _("Room")
        VEHICLE = "vehicle", _("Vehicle")

    loop = models.ForeignKey(Loop, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    label = models.CharField(_("what"), max_length=200)  # "Talks with Kazakhstan", "car BJ-A1234"…
    room = models.ForeignKey(
        "venues.Room", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    members = models.ManyToManyField(LoopMember, related_name="activities", verbose_name=_("who"))

    class Meta:
        ordering = ["loop", "start"]
        verbose_name = _("shared activity")
        verbose_name_plural = _("shared activities")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="activity_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"
