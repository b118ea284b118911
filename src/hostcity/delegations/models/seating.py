"""Seating plans: a head table and round tables for a banquet or a meeting, each seat held by a
delegate, by the host, or by an interpreter sitting behind a principal."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SeatingPlan(models.Model):
    class Kind(models.TextChoices):
        BANQUET = "banquet", _("Banquet")
        MEETING = "meeting", _("Meeting")

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="seating_plans")
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    kind = models.CharField(_("layout"), max_length=10, choices=Kind.choices, default=Kind.BANQUET)
    head_table_seats = models.PositiveSmallIntegerField(_("seats at the head table"), default=11)
    round_tables = models.PositiveSmallIntegerField(_("round tables"), default=4)
    seats_per_table = models.PositiveSmallIntegerField(_("seats per round table"), default=10)
    host_en = models.CharField(_("host (English)"), max_length=120, default="Host")
    host_zh = models.CharField(_("host (Chinese)"), max_length=120, default="主人")
    host_language = models.CharField(_("host's language"), max_length=8, default="zh")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event", "created"]
        verbose_name = _("seating plan")
        verbose_name_plural = _("seating plans")
        constraints = [
            models.CheckConstraint(condition=models.Q(head_table_seats__gte=1), name="head_table_has_a_seat"),
        ]

    def __str__(self) -> str:
        return f"{self.title_en} / {self.title_zh}"


class Seat(models.Model):
    class Role(models.TextChoices):
        HOST = "host", _("Host")
        GUEST = "guest", _("Guest")
        INTERPRETER = "interpreter", _("Interpreter")

    plan = models.ForeignKey(SeatingPlan, on_delete=models.CASCADE, related_name="seats")
    table = models.PositiveSmallIntegerField()  # 0: the head table; 1…: round tables
    position = models.SmallIntegerField()  # head table: 0 centre, 1 right of it, -1 left…; round: 0…n-1
    behind = models.BooleanField(default=False)  # an interpreter's seat behind the principal at `position`
    role = models.CharField(max_length=12, choices=Role.choices)
    delegate = models.ForeignKey(
        "delegations.Delegate", on_delete=models.SET_NULL, null=True, blank=True, related_name="seats"
    )
    label_en = models.CharField(max_length=200, blank=True)  # the host, an interpreter for …
    label_zh = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["plan", "table", "behind", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "table", "position", "behind"], name="one_person_per_seat"
            ),
        ]

    def names(self) -> tuple[str, str]:
        if self.delegate_id:
            return self.delegate.name_en, self.delegate.name_zh
        return self.label_en, self.label_zh

    def __str__(self) -> str:
        return (
            f"table {self.table} seat {self.position}{' (behind)' if self.behind else ''}: {self.names()[0]}"
        )
