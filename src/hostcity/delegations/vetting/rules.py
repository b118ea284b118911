"""The vetting rule: a delegate holds a badge only when cleared, or when the event exempts their
category (heads of delegation, by default). Setting a status is one transaction: the delegates, the
trail, and — for a refusal or an expiry — the revocation of every live badge they hold, which the
gates' revocation list then carries."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.models import Badge, Delegate, Vetting
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, entry

ENDS_BADGES = {Vetting.REFUSED, Vetting.EXPIRED}


def exempt(delegate: Delegate, event) -> bool:
    return delegate.category in (event.vetting_exempt or [])


def may_hold_badge(delegate: Delegate, event) -> bool:
    return delegate.vetting == Vetting.CLEARED or exempt(delegate, event)


def not_cleared(delegates: Iterable[Delegate], event) -> list[Delegate]:
    """Those of `delegates` who may not hold a badge yet."""
    return [d for d in delegates if not may_hold_badge(d, event)]


def checked_status(value) -> str:
    if value not in Vetting.values:
        raise ValidationError(
            {"vetting": _("Unknown vetting status “%(value)s”: one of %(known)s.")
             % {"value": value, "known": ", ".join(Vetting.values)}}
        )  # fmt: skip
    return value


@transaction.atomic
def set_vetting(delegates: Iterable[Delegate], status: str, *, by: Actor) -> tuple[int, int]:
    """Give `delegates` the vetting `status`; returns (delegates changed, badges revoked)."""
    status = checked_status(status)
    ids = [d.pk for d in delegates]
    locked = list(Delegate.objects.select_for_update().filter(pk__in=ids).exclude(vetting=status))
    now, who = timezone.now(), str(by)[:200]
    trail = []
    for delegate in locked:
        trail.append(
            entry(by, "vetting", delegate, {"vetting": [delegate.vetting, status]}, delegate.delegation_id)
        )
        delegate.vetting, delegate.vetting_changed, delegate.vetting_changed_by = status, now, who
    Delegate.objects.bulk_update(
        locked, ["vetting", "vetting_changed", "vetting_changed_by"], batch_size=1000
    )
    revoked = 0
    if status in ENDS_BADGES:
        live = list(
            Badge.objects.select_for_update()
            .filter(delegate__in=[d.pk for d in locked], revoked_at__isnull=True)
            .select_related("delegate")
        )
        reason = f"vetting {status}"
        for badge in live:
            badge.revoked_at, badge.revoked_reason = now, reason
            trail.append(
                entry(by, "revoke badge", badge, {"revoked": [None, reason]}, badge.delegate.delegation_id)
            )
        Badge.objects.bulk_update(live, ["revoked_at", "revoked_reason"], batch_size=1000)
        revoked = len(live)
    AuditEntry.objects.bulk_create(trail, batch_size=1000)
    return len(locked), revoked
