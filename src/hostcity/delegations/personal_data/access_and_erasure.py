"""A person's data on request: everything the platform holds about one delegate, as one JSON
document (their record with the encrypted fields read, badges, check-in scans, seats, closed-loop
membership and tests, and the audit trail about them); and erasure: the record kept as a numbered
placeholder so that counts, seating and scans still add up, every personal field emptied, the photo
deleted, badges revoked, health records removed, and the names scrubbed from the trail."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from hostcity.delegations.models import Badge, Delegate, Scan
from hostcity.shared.audit.models import AuditEntry
from hostcity.shared.audit.trail import Actor, record

PERSONAL = (
    "family_name",
    "given_names",
    "name_zh",
    "position_en",
    "position_zh",
    "languages",
    "nationality",
    "passport_number",
    "passport_expiry",
    "birth_date",
    "dietary_notes",
    "medical_notes",
)


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def export(delegate: Delegate) -> dict:
    badges = list(Badge.objects.filter(delegate=delegate))
    return {
        "format": "hostcity-person/1",
        "exported": timezone.now().isoformat(timespec="seconds"),
        "delegation": {"id": delegate.delegation_id, "name_en": delegate.delegation.name_en},
        "person": {
            "id": delegate.pk,
            "category": delegate.category,
            **{name: _plain(getattr(delegate, name)) for name in PERSONAL},
            "photo": delegate.photo.name or None,
        },
        "badges": [
            {
                "number": b.number,
                "issue": b.version,
                "zones": b.zones,
                "valid_from": _plain(b.valid_from),
                "valid_to": _plain(b.valid_to),
                "revoked": _plain(b.revoked_at),
            }
            for b in badges
        ],
        "scans": [
            {"at": _plain(s.at), "zone": s.zone_code, "gate": s.gate, "result": s.result}
            for s in Scan.objects.filter(badge__in=badges).order_by("at")
        ],
        "seats": [
            {"plan": s.plan.title_en, "table": s.table, "position": s.position} for s in delegate.seats.all()
        ],
        "closed_loops": [
            {
                "loop": m.loop.name_en,
                "joined": _plain(m.joined),
                "left": _plain(m.left),
                "tests": [{"day": _plain(t.day), "result": t.result} for t in m.tests.all()],
            }
            for m in delegate.loop_memberships.select_related("loop")
        ],
        "audit_trail": [
            {"at": _plain(e.at), "who": e.actor, "action": e.action, "changes": e.changes}
            for e in AuditEntry.objects.filter(record="delegate", record_id=delegate.pk).order_by("at", "id")
        ],
    }


@transaction.atomic
def erase(delegate: Delegate, *, by) -> Delegate:
    delegate = Delegate.objects.select_for_update().get(pk=delegate.pk)
    if delegate.photo:
        delegate.photo.delete(save=False)
    delegate.family_name = f"Erased person {delegate.pk}"
    for name in PERSONAL[1:]:
        field = Delegate._meta.get_field(name)
        setattr(delegate, name, [] if name == "languages" else "" if not field.null else None)
    delegate.photo = ""
    delegate.save()
    Badge.objects.filter(delegate=delegate, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason="personal data erased"
    )
    for membership in delegate.loop_memberships.all():
        membership.tests.all().delete()
    delegate.loop_memberships.all().delete()
    for entry in AuditEntry.objects.filter(record="delegate", record_id=delegate.pk):
        entry.changes = {name: ["(erased)", "(erased)"] for name in entry.changes}
        entry.save(update_fields=["changes"])
    record(Actor(user=by), "erase", delegate, {}, delegation=delegate.delegation)
    return delegate
