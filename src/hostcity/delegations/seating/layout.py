"""Seating plans generated from the order of precedence: the host in the centre of the head table,
guests alternating to the host's right and left by precedence, interpreters behind the principals
who need them, the other members at round tables; then adjusted by hand, seat by seat. Where each
seat and its names lie on paper is seating/drawing.py."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegate, Delegation, Seat, SeatingPlan
from hostcity.delegations.seating import precedence
from hostcity.shared.audit.trail import Actor, record

SEATED = (Delegate.Category.HEAD, Delegate.Category.OFFICIAL, Delegate.Category.SPOUSE)
CATEGORY_RANK = {category: k for k, category in enumerate(SEATED)}


def head_table_position(k: int) -> int:
    """The k-th guest (0 the first) of the head table: +1 the host's right, -1 the host's left, +2…"""
    return (k // 2 + 1) * (1 if k % 2 == 0 else -1)


def round_table_position(k: int, seats: int) -> int:
    """The k-th guest of a round table: seat 0, then alternately either side of it."""
    if k == 0:
        return 0
    step = (k + 1) // 2
    return step if k % 2 else seats - step


def _needs_interpreter(delegate: Delegate, host_language: str) -> bool:
    spoken = set(delegate.languages or []) | set(delegate.delegation.languages or [])
    return bool(spoken) and host_language not in spoken


def _guests(event) -> list[Delegate]:
    """Members to seat, in precedence: every head first (by the event's order), then officials and
    spouses delegation by delegation."""
    delegations = precedence.for_event(
        event,
        Delegation.objects.filter(event=event)
        .exclude(registration=Delegation.Registration.RETURNED)
        .select_related("organization"),
    )
    order = {d.pk: k for k, d in enumerate(delegations)}
    members = Delegate.objects.filter(delegation__in=delegations, category__in=SEATED).select_related(
        "delegation__organization"
    )
    return sorted(
        members,
        key=lambda m: (
            m.category != Delegate.Category.HEAD,
            order[m.delegation_id],
            CATEGORY_RANK[m.category],
            m.pk,
        ),
    )


@transaction.atomic
def generate(plan: SeatingPlan, *, by: Actor) -> list[Seat]:
    """(Re)seat everyone: what was adjusted by hand is replaced."""
    plan = SeatingPlan.objects.select_for_update().get(pk=plan.pk)
    plan.seats.all().delete()
    guests = _guests(plan.event)
    seats = [
        Seat(
            plan=plan, table=0, position=0, role=Seat.Role.HOST, label_en=plan.host_en, label_zh=plan.host_zh
        )
    ]
    at_head = guests[: plan.head_table_seats - 1]
    rest = guests[plan.head_table_seats - 1 :]
    interpreted = False
    for k, guest in enumerate(at_head):
        position = head_table_position(k)
        seats.append(Seat(plan=plan, table=0, position=position, role=Seat.Role.GUEST, delegate=guest))
        if _needs_interpreter(guest, plan.host_language):
            interpreted = True
            seats.append(
                Seat(
                    plan=plan,
                    table=0,
                    position=position,
                    behind=True,
                    role=Seat.Role.INTERPRETER,
                    label_en=f"Interpreter for {guest.name_en}",
                    label_zh=f"{guest.name_zh or guest.name_en}的翻译",
                )
            )
    if interpreted:
        seats.append(
            Seat(
                plan=plan,
                table=0,
                position=0,
                behind=True,
                role=Seat.Role.INTERPRETER,
                label_en="Interpreter for the host",
                label_zh="主人的翻译",
            )
        )
    per_table = plan.seats_per_table
    for k, guest in enumerate(rest[: plan.round_tables * per_table]):
        table, place = divmod(k, per_table)
        seats.append(
            Seat(
                plan=plan,
                table=table + 1,
                position=round_table_position(place, per_table),
                role=Seat.Role.GUEST,
                delegate=guest,
            )
        )
    created = Seat.objects.bulk_create(seats)
    left_out = max(0, len(rest) - plan.round_tables * per_table)
    record(by, "seat", plan, {"seated": [None, len(guests) - left_out], "left out": [None, left_out]})
    return created


@transaction.atomic
def swap(plan: SeatingPlan, first: int, second: int, *, by: Actor) -> tuple[Seat, Seat]:
    """Exchange who sits in two seats of the plan (a seat left empty may take someone)."""
    seats = {s.pk: s for s in Seat.objects.select_for_update().filter(plan=plan, pk__in=[first, second])}
    if len(seats) != 2 or first == second:
        raise ValidationError(_("Choose two different seats of this plan."))
    a, b = seats[first], seats[second]
    if a.role == Seat.Role.HOST or b.role == Seat.Role.HOST:
        raise ValidationError(_("The host keeps the centre of the head table."))
    if a.behind != b.behind:
        raise ValidationError(
            _("An interpreter's seat is behind a principal: exchange it with another interpreter's.")
        )
    for name in ("role", "delegate_id", "label_en", "label_zh"):
        first_value, second_value = getattr(a, name), getattr(b, name)
        setattr(a, name, second_value)
        setattr(b, name, first_value)
    a.save()
    b.save()
    record(by, "swap seats", plan, {"seats": [first, second]})
    return a, b
