"""Entering the indicators' numbers: a value by hand needs its source; a target only for a year of
the program; each refused with the field named, nothing half-saved; every change on the audit trail."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.indicators.models import Indicator, Target, Value
from hostcity.shared.audit.trail import Actor, record


def _number(value, field: str) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({field: _("“%(v)s” is not a number.") % {"v": value}}) from None
    if not number.is_finite() or abs(number) >= 10**13:
        raise ValidationError({field: _("“%(v)s” is not a number.") % {"v": value}})
    return number


def _year(indicator: Indicator, year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ValidationError({"year": _("“%(v)s” is not a year.") % {"v": year}}) from None
    if not indicator.first_year <= year <= indicator.last_year:
        raise ValidationError(
            {"year": _("%(year)s is outside the program's years for this indicator (%(a)s–%(b)s).")
             % {"year": year, "a": indicator.first_year, "b": indicator.last_year}}
        )  # fmt: skip
    return year


@transaction.atomic
def record_value(
    indicator: Indicator, *, year, value, source_url: str, by=None, publisher="", note=""
) -> Value:
    year, number = _year(indicator, year), _number(value, "value")
    source_url = (source_url or "").strip()
    if not source_url:
        raise ValidationError({"source_url": _("A value entered by hand needs its source.")})
    try:
        URLValidator()(source_url)
    except ValidationError:
        raise ValidationError({"source_url": _("The source is not a web address.")}) from None
    found, created = Value.objects.update_or_create(
        indicator=indicator,
        year=year,
        defaults={"value": number, "source_url": source_url, "publisher": publisher[:200], "note": note[:300],
                  "computed": False, "entered_by": by},
    )  # fmt: skip
    record(Actor(user=by), "value", indicator, {str(year): [None if created else "changed", str(number)]})
    return found


@transaction.atomic
def set_target(indicator: Indicator, *, year, value, by=None) -> Target:
    year, number = _year(indicator, year), _number(value, "value")
    target, _created = Target.objects.update_or_create(
        indicator=indicator, year=year, defaults={"value": number}
    )
    record(Actor(user=by), "target", indicator, {str(year): [None, str(number)]})
    return target
