"""The security coordination log: an item (a request to an agency, or an incident) is opened with the
agency that answers for it, followed up until closed; each step is on the audit trail."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.delegations.models import SecurityFollowUp, SecurityItem
from hostcity.shared.audit.trail import Actor, record, snapshot

FIELDS = ("kind", "title", "agency", "status", "delegation", "due")


@transaction.atomic
def open_item(item: SecurityItem, *, by: Actor) -> SecurityItem:
    """Save a checked new item (its form made it) with who opened it."""
    if item.delegation_id and item.delegation.event_id != item.event_id:
        raise ValidationError({"delegation": _("That delegation is not at this event.")})
    item.opened_by = by.user
    item.save()
    record(by, "open security item", item, {k: [None, v] for k, v in snapshot(item, FIELDS).items()})
    return item


@transaction.atomic
def follow_up(item: SecurityItem, *, note: str, status: str, by: Actor) -> SecurityFollowUp:
    item = SecurityItem.objects.select_for_update().get(pk=item.pk)
    if not note.strip():
        raise ValidationError({"note": _("Write what was done or learnt.")})
    if status not in SecurityItem.Status.values:
        raise ValidationError({"status": _("Unknown status “%(value)s”.") % {"value": status}})
    before = item.status
    made = SecurityFollowUp.objects.create(item=item, by=by.user, note=note.strip(), status=status)
    item.status = status
    item.closed = timezone.now() if status == SecurityItem.Status.CLOSED else None
    item.save(update_fields=["status", "closed"])
    record(by, "security follow-up", item, {"status": [before, status], "note": [None, note.strip()[:200]]})
    return made
