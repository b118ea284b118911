"""Issuing, revoking and reissuing badges. A badge lists the zones its holder's category may enter
(with the days), and carries a token signed by the deployment's key."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.accreditation import badge_pdf
from hostcity.delegations.models import Badge, Delegate, Delegation, ZoneAccess
from hostcity.delegations.seating import precedence
from hostcity.delegations.vetting.rules import may_hold_badge, not_cleared
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, entry, record

CATEGORY_ORDER = {category: k for k, category in enumerate(Delegate.Category.values)}


def zones_for(event, category: str) -> dict[str, tuple]:
    rules = ZoneAccess.objects.filter(zone__event=event, category=category).select_related("zone")
    return {rule.zone.code: (rule.valid_from, rule.valid_to) for rule in rules}


def _badge(delegate: Delegate, number: int, version: int, zones: dict) -> Badge:
    """An unsaved badge of the delegate with `zones` (code -> first and last day)."""
    if not zones:
        raise ValidationError(
            _("No zone is open to the category %(category)s: set zone access first.")
            % {"category": delegate.get_category_display()}
        )
    return Badge(
        delegate=delegate,
        number=number,
        version=version,
        zones={code: [days[0].isoformat(), days[1].isoformat()] for code, days in sorted(zones.items())},
        valid_from=min(days[0] for days in zones.values()),
        valid_to=max(days[1] for days in zones.values()),
    )


def _new_badge(delegate: Delegate, number: int, version: int) -> Badge:
    badge = _badge(delegate, number, version, zones_for(delegate.delegation.event, delegate.category))
    badge.save()
    return badge


@transaction.atomic
def issue_badges(event, *, by: Actor) -> list[Badge]:
    """A badge for every member of an approved delegation who has none and may hold one (cleared by
    vetting, or exempt), numbered in the event's order of precedence (heads first within a
    delegation). Returns the badges issued."""
    delegations = Delegation.objects.select_for_update(of=("self",)).filter(
        event=event, registration=Delegation.Registration.APPROVED
    )
    ordered = precedence.for_event(event, list(delegations.select_related("organization")))
    number = Badge.objects.filter(delegate__delegation__event=event).aggregate(top=Max("number"))["top"] or 0
    zones: dict[str, dict] = {category: {} for category in Delegate.Category.values}
    for rule in ZoneAccess.objects.filter(zone__event=event).select_related("zone"):
        zones.setdefault(rule.category, {})[rule.zone.code] = (rule.valid_from, rule.valid_to)
    waiting: dict[int, list[Delegate]] = {}
    for delegate in Delegate.objects.filter(delegation__in=ordered, badges__isnull=True):
        if may_hold_badge(delegate, event):  # the others wait for their vetting (vetting/rules.py)
            waiting.setdefault(delegate.delegation_id, []).append(delegate)
    issued = []
    for delegation in ordered:
        members = sorted(
            waiting.get(delegation.pk, []), key=lambda d: (CATEGORY_ORDER[d.category], d.family_name, d.pk)
        )
        for delegate in members:
            number += 1
            issued.append(_badge(delegate, number, 1, zones.get(delegate.category, {})))
    issued = Badge.objects.bulk_create(issued, batch_size=1000)
    entries = [
        entry(by, "issue badge", badge, {"number": [None, badge.number]}, badge.delegate.delegation_id)
        for badge in issued
    ]
    AuditEntry.objects.bulk_create(entries, batch_size=1000)
    return issued


@transaction.atomic
def revoke_badge(badge: Badge, *, reason: str, by: Actor) -> Badge:
    badge = Badge.objects.select_for_update().get(pk=badge.pk)
    if badge.revoked_at is not None:
        raise ValidationError(_("Badge %(number)s is revoked already.") % {"number": badge.number})
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for revoking it.")})
    badge.revoked_at = timezone.now()
    badge.revoked_reason = reason.strip()[:200]
    badge.save(update_fields=["revoked_at", "revoked_reason"])
    record(by, "revoke badge", badge, {"revoked": [None, badge.revoked_reason]}, badge.delegate.delegation)
    return badge


@transaction.atomic
def reissue_badge(badge: Badge, *, by: Actor) -> Badge:
    """A new issue of the badge (same number, version + 1, current zones); the old one is revoked."""
    badge = Badge.objects.select_for_update().get(pk=badge.pk)
    _refuse_uncleared([badge], badge.delegate.delegation.event)
    if badge.revoked_at is None:
        badge.revoked_at = timezone.now()
        badge.revoked_reason = "reissued"
        badge.save(update_fields=["revoked_at", "revoked_reason"])
    top = badge.delegate.badges.aggregate(top=Max("version"))["top"]
    new = _new_badge(badge.delegate, badge.number, top + 1)
    record(by, "reissue badge", new, {"version": [badge.version, new.version]}, badge.delegate.delegation)
    return new


def _refuse_uncleared(badges: list[Badge], event) -> None:
    waiting = not_cleared([b.delegate for b in badges], event)
    if waiting:
        names = ", ".join(d.name_en for d in waiting[:10]) + (" …" if len(waiting) > 10 else "")
        raise ValidationError(
            _("Not cleared by security vetting, so no badge: %(names)s.") % {"names": names}
        )


@transaction.atomic
def print_badges(badges: list[Badge], *, layout: str, by: Actor) -> bytes:
    """The badges' PDF, each print on the audit trail (who printed which badge, when, in what layout):
    a printed badge is a signed gate credential: none prints for a holder not cleared by vetting."""
    if badges:
        _refuse_uncleared(badges, badges[0].delegate.delegation.event)
    content = badge_pdf.render(badges, layout=layout)
    AuditEntry.objects.bulk_create(
        entry(
            by,
            "print badge",
            badge,
            {"number": [None, badge.number], "issue": [None, badge.version], "layout": [None, layout]},
            badge.delegate.delegation_id,
        )
        for badge in badges
    )
    return content
