"""Indicators the platform computes from its own records, year by year: international organizations
registered or operating at the end of the year, delegations received and events held in the year,
room bookings in the year, sister and friendship cities at the end of the year."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from hostcity.indicators.models import Indicator, Value

SOURCE = "hostcity records"


def count_for(kind: str, year: int) -> int:
    if kind == "organizations":
        from hostcity.registry.models import InternationalOrganization

        return (
            InternationalOrganization.objects.filter(status__in=["registered", "operating"])
            .filter(Q(registered_on__isnull=True) | Q(registered_on__year__lte=year))
            .count()
        )
    if kind == "delegations":
        from hostcity.delegations.models import Delegation

        return Delegation.objects.filter(event__start_date__year=year).count()
    if kind == "events":
        from hostcity.events.models import Event

        return Event.objects.filter(start_date__year=year).count()
    if kind == "bookings":
        from hostcity.venues.models import Booking

        return Booking.objects.filter(start__year=year).exclude(status="cancelled").count()
    if kind == "sister_cities":
        from hostcity.platforms.models import SisterCity

        return SisterCity.objects.filter(since__lt=date(year + 1, 1, 1)).count()
    raise ValueError(f"unknown computation {kind!r}")


@transaction.atomic
def refresh(indicator: Indicator, until: int | None = None) -> int:
    """Write the computed values of the indicator's years up to `until` (default this year)."""
    if not indicator.computed:
        return 0
    last = min(indicator.last_year, until or timezone.localdate().year)
    made = 0
    for year in range(indicator.first_year, last + 1):
        Value.objects.update_or_create(
            indicator=indicator,
            year=year,
            defaults={"value": count_for(indicator.computed, year), "computed": True, "source_url": "",
                      "publisher": SOURCE, "note": ""},
        )  # fmt: skip
        made += 1
    return made
