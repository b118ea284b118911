"""Lodging: a delegation's members put into one of the event's hotel blocks for its stay (check-in on
the day it lands, check-out on the day it leaves, within the block's nights), and the conflicts an
officer must settle before the rooming list goes to the hotel: a stay outside the delegation's
arrival and departure or the block's nights, a member in two rooms on one night, a block with more
guests a night than rooms held."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegation, HotelBlock, Stay
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, entry, record

ROOMING_HEADER = (
    "delegation",
    "family_name",
    "given_names",
    "name_zh",
    "category",
    "room",
    "check_in",
    "check_out",
)


@dataclass(frozen=True)
class Conflict:
    block: HotelBlock
    message: str


def _local_date(moment) -> date | None:
    return timezone.localtime(moment).date() if moment else None


def _nights(stay: Stay):
    night = stay.check_in
    while night < stay.check_out:
        yield night
        night += timedelta(days=1)


@transaction.atomic
def lodge(delegation: Delegation, block: HotelBlock, *, by: Actor) -> list[Stay]:
    """A stay in `block` for every member of `delegation` who has none at the event."""
    if block.event_id != delegation.event_id:
        raise ValidationError({"block": _("That hotel block is of another event.")})
    check_in = max(_local_date(delegation.arrival_at) or block.first_night, block.first_night)
    check_out = min(_local_date(delegation.departure_at) or block.last_night + timedelta(days=1),
                    block.last_night + timedelta(days=1))  # fmt: skip
    if check_out <= check_in:
        raise ValidationError(
            {"block": _("The delegation's stay (%(start)s to %(end)s) misses the block's nights.")
             % {"start": check_in, "end": check_out}}
        )  # fmt: skip
    stays = Stay.objects.filter(block__event=block.event_id, delegate__delegation=delegation)
    housed = stays.values("delegate")
    made = Stay.objects.bulk_create(
        Stay(block=block, delegate=d, check_in=check_in, check_out=check_out)
        for d in delegation.delegates.exclude(pk__in=housed)
    )
    AuditEntry.objects.bulk_create(
        entry(
            by,
            "lodge",
            stay,
            {"block": [None, block.pk], "nights": [None, f"{check_in}/{check_out}"]},
            delegation.pk,
        )
        for stay in made
    )
    return made


@transaction.atomic
def set_room(stay: Stay, room_number: str, *, by: Actor) -> Stay:
    room_number = room_number.strip()[:20]
    before = stay.room_number
    stay.room_number = room_number
    stay.save(update_fields=["room_number"])
    record(by, "set room", stay, {"room": [before, room_number]}, stay.delegate.delegation)
    return stay


def conflicts(event) -> list[Conflict]:
    stays = list(
        Stay.objects.filter(block__event=event).select_related(
            "block__hotel", "delegate__delegation__organization"
        )
    )
    found: list[Conflict] = []
    nights_of: dict[int, list[tuple[date, Stay]]] = {}
    per_block: Counter = Counter()
    for stay in stays:
        delegation, block = stay.delegate.delegation, stay.block
        arrives, leaves = _local_date(delegation.arrival_at), _local_date(delegation.departure_at)
        who = stay.delegate.name_en
        if arrives and stay.check_in < arrives:
            found.append(Conflict(block, _("%(who)s checks in on %(day)s, before arriving on %(arrives)s.")
                                  % {"who": who, "day": stay.check_in, "arrives": arrives}))  # fmt: skip
        if leaves and stay.check_out > leaves:
            found.append(Conflict(block, _("%(who)s checks out on %(day)s, after leaving on %(leaves)s.")
                                  % {"who": who, "day": stay.check_out, "leaves": leaves}))  # fmt: skip
        if stay.check_in < block.first_night or stay.check_out > block.last_night + timedelta(days=1):
            found.append(
                Conflict(block, _("%(who)s stays on nights the block does not hold.") % {"who": who})
            )
        for night in _nights(stay):
            nights_of.setdefault(stay.delegate_id, []).append((night, stay))
            per_block[(block.pk, night)] += 1
    for _delegate, nights in nights_of.items():
        seen: dict[date, Stay] = {}
        for night, stay in nights:
            if night in seen and seen[night].pk != stay.pk:
                found.append(Conflict(stay.block, _("%(who)s has two rooms on the night of %(night)s.")
                                      % {"who": stay.delegate.name_en, "night": night}))  # fmt: skip
            seen[night] = stay
    blocks = {stay.block.pk: stay.block for stay in stays}
    for (block_pk, night), guests in sorted(per_block.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        block = blocks[block_pk]
        if guests > block.rooms:
            over = _("%(hotel)s, night of %(night)s: %(guests)d guests for %(rooms)d rooms.")
            found.append(
                Conflict(
                    block,
                    over % {"hotel": block.hotel, "night": night, "guests": guests, "rooms": block.rooms},
                )
            )
    return found


def rooming_rows(block: HotelBlock) -> list[list]:
    rows = block.stays.select_related("delegate__delegation__organization").order_by(
        "delegate__delegation__head_rank", "delegate__delegation__country", "delegate__family_name"
    )
    return [
        [
            s.delegate.delegation.name_en,
            s.delegate.family_name,
            s.delegate.given_names,
            s.delegate.name_zh,
            s.delegate.category,
            s.room_number,
            s.check_in.isoformat(),
            s.check_out.isoformat(),
        ]
        for s in rows
    ]
