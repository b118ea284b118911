"""Writing the audit trail: each domain function that changes a record (a delegation, a delegate, a
badge, an organization, a project, an indicator…) records who did it and what changed, in the same
transaction as the change."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.db.models.fields.files import FieldFile

from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.masking import masked

SECRET_FIELDS = {"passport_number", "passport_expiry", "birth_date"}
PRIVATE_FIELDS = {"dietary_notes", "medical_notes"}


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in user, or the focal point of a delegation (who has no account)."""

    user: object | None = None
    focal_point_of: models.Model | None = None  # a delegation: its name_en is shown

    def __str__(self) -> str:
        if self.user is not None:
            return self.user.get_username()
        if self.focal_point_of is not None:
            return f"focal point of {self.focal_point_of.name_en}"
        return "system"


def snapshot(record: models.Model, fields) -> dict:
    return {name: _plain(getattr(record, name)) for name in fields}


def _plain(value):
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):
        return value.name or ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def changes_between(before: dict, after: dict) -> dict:
    """field -> [before, after] for what differs; secrets masked, private notes not copied."""
    out = {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if name in SECRET_FIELDS:
            old, new = masked(old or ""), masked(new or "")
        elif name in PRIVATE_FIELDS:
            old, new = "(private)", "(private)"
        out[name] = [old, new]
    return out


def entry(actor: Actor, action: str, target: models.Model, changes: dict | None = None, delegation_id=None):
    """An unsaved audit entry (for many at once: AuditEntry.objects.bulk_create)."""
    return AuditEntry(
        user=actor.user,
        actor=str(actor)[:200],
        action=action,
        record=target._meta.model_name,
        record_id=target.pk,
        delegation_id=delegation_id,
        changes=changes or {},
    )


def record(actor: Actor, action: str, target: models.Model, changes: dict | None = None, delegation=None):
    made = entry(actor, action, target, changes, delegation.pk if delegation is not None else None)
    made.save()
    return made
