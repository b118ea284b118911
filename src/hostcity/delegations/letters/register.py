"""Issuing letters into the register: each letter takes the next number of its year's series
(PREFIX-YEAR-KIND-00001, serialized by a lock, so two officers never draw the same one), keeps what it
said, and goes on the audit trail. A visa-support letter needs the passport, nationality and birth
date; a passport that expires within six months of the event's end is warned of."""

from __future__ import annotations

import json
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegate, Delegation, Letter
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, entry
from hostcity.shared.countries.names import country_names

KIND_CODES = {Letter.Kind.INVITATION: "INV", Letter.Kind.VISA_SUPPORT: "VS"}
VISA_NEEDS = ("nationality", "birth_date", "passport_number", "passport_expiry")


def six_months_after(day: date) -> date:
    month = day.month + 6
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    for last in (31, 30, 29, 28):  # the same day, or the month's last when it has none
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def passport_warning(delegate: Delegate, event) -> str:
    """Why this delegate's passport may not do for the event, or ""."""
    if not delegate.passport_expiry:
        return _("No passport expiry date.")
    try:
        expires = date.fromisoformat(delegate.passport_expiry)
    except ValueError:
        return _("The passport expiry date cannot be read.")
    if expires < six_months_after(event.end_date):
        return _("The passport expires on %(date)s, within six months of the event.") % {"date": expires}
    return ""


def content_for(delegate: Delegate, event) -> dict:
    delegation = delegate.delegation
    en, zh = delegation.names()
    nationality = delegate.nationality or delegation.country
    return {
        "name_en": delegate.name_en, "name_zh": delegate.name_zh or delegate.name_en,
        "position_en": delegate.position_en, "position_zh": delegate.position_zh,
        "delegation_en": en, "delegation_zh": zh,
        "event_en": event.name_en, "event_zh": event.name_zh,
        "start": event.start_date.isoformat(), "end": event.end_date.isoformat(),
        "nationality": country_names(nationality)[0] if nationality else "",
        "nationality_zh": country_names(nationality)[1] if nationality else "",
        "birth_date": delegate.birth_date, "passport_number": delegate.passport_number,
        "passport_expiry": delegate.passport_expiry,
        "office_en": settings.HOSTCITY_OFFICE_EN, "office_zh": settings.HOSTCITY_OFFICE_ZH,
    }  # fmt: skip


def _check(delegates: list[Delegate], event, kind: str) -> None:
    problems = []
    for d in delegates:
        if d.delegation.event_id != event.pk:
            problems.append(_("%(name)s is not at this event.") % {"name": d.name_en})
        elif d.delegation.registration != Delegation.Registration.APPROVED:
            problems.append(_("%(name)s: the delegation's list is not approved.") % {"name": d.name_en})
        elif kind == Letter.Kind.VISA_SUPPORT:
            missing = [
                name
                for name in VISA_NEEDS
                if not getattr(d, name) and not (name == "nationality" and d.delegation.country)
            ]
            if missing:
                problems.append(
                    _("%(name)s: a visa-support letter needs %(fields)s.")
                    % {"name": d.name_en, "fields": ", ".join(missing)}
                )
    if problems:
        raise ValidationError(problems)


@transaction.atomic
def issue_letters(event, delegates, kind: str, *, by: Actor) -> list[Letter]:
    """A letter of `kind` for each of `delegates` (none at all if any of them cannot have one)."""
    if kind not in Letter.Kind.values:
        raise ValidationError({"kind": _("Unknown kind of letter “%(kind)s”.") % {"kind": kind}})
    delegates = list(delegates)
    _check(delegates, event, kind)
    year = event.start_date.year
    # One series per year and kind: lock its letters so that numbers are drawn one at a time.
    list(Letter.objects.select_for_update().filter(year=year, kind=kind).values_list("pk", flat=True))
    top = Letter.objects.filter(year=year, kind=kind).aggregate(top=Max("sequence"))["top"] or 0
    made = []
    for k, delegate in enumerate(delegates, start=top + 1):
        made.append(
            Letter(
                event=event,
                delegate=delegate,
                kind=kind,
                year=year,
                sequence=k,
                number=f"{settings.HOSTCITY_LETTER_PREFIX}-{year}-{KIND_CODES[kind]}-{k:05d}",
                issued_by=by.user,
                issued_by_name=str(by)[:200],
                content=json.dumps(content_for(delegate, event), ensure_ascii=False),
            )
        )
    made = Letter.objects.bulk_create(made, batch_size=1000)
    AuditEntry.objects.bulk_create(
        [entry(by, "issue letter", letter, {"number": [None, letter.number]}, letter.delegate.delegation_id)
         for letter in made],
        batch_size=1000,
    )  # fmt: skip
    return made
