"""Editing the directory with review: an editor proposes a new entry or a change (checked in full
before it is kept), a reviewer publishes it (the entry changes, on the audit trail) or returns it with
a comment; a reviewer may also confirm an entry unchanged. An entry not reviewed for 12 months is
stale."""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.directory.forms import EntryForm
from hostcity.directory.models import Entry, Revision
from hostcity.directory.tiers import tier_of
from hostcity.shared.audit.trail import Actor, changes_between, record, snapshot
from hostcity.shared.countries.names import language_names

STALE_AFTER = timedelta(days=365)


def search_text(entry: Entry) -> str:
    parts = [
        entry.name_en, entry.name_zh, entry.summary_en, entry.summary_zh, entry.address_en, entry.address_zh,
        entry.district, entry.curricula, entry.departments, entry.get_kind_display(),
        *entry.languages, *(name for code in entry.languages for name in language_names(code)),
    ]  # fmt: skip
    return " ".join(p for p in parts if p).casefold()


def _form(kind: str, data: dict, entry: Entry | None) -> EntryForm:
    data = {**data, "kind": kind}
    if isinstance(data.get("languages"), list):  # as kept in a revision
        data["languages"] = ", ".join(data["languages"])
    form = EntryForm(data, instance=entry or Entry(kind=kind))
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())
    return form


@transaction.atomic
def propose(kind: str, data: dict, *, by, entry: Entry | None = None) -> Revision:
    """A revision waiting for review. ValidationError names each field at fault; nothing is kept."""
    if entry is not None and entry.kind != kind:
        raise ValidationError({"kind": _("An entry keeps its kind.")})
    form = _form(kind, data, entry)
    return Revision.objects.create(entry=entry, kind=kind, data=_plain(form.cleaned_data), proposed_by=by)


def _plain(cleaned: dict) -> dict:
    out = {}
    for key, value in cleaned.items():
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


FIELDS = [f for f in EntryForm.Meta.fields if f != "kind"]


@transaction.atomic
def publish(revision: Revision, *, by) -> Entry:
    """Apply a waiting revision to its entry (or create the entry), checked again against the entry as
    it is now; the change goes on the audit trail."""
    revision = Revision.objects.select_for_update().get(pk=revision.pk)
    if revision.status != Revision.Status.PROPOSED:
        raise ValidationError(_("This revision is not waiting for review."))
    if revision.proposed_by_id is not None and revision.proposed_by_id == getattr(by, "pk", None):
        raise ValidationError(_("A revision is published by another person than the one who proposed it."))
    entry = revision.entry
    before = snapshot(entry, FIELDS) if entry else {}
    form = _form(revision.kind, revision.data, entry)
    entry = form.save(commit=False)
    entry.tier = tier_of(entry)
    entry.search = search_text(entry)
    entry.reviewed_at, entry.reviewed_by = timezone.now(), by
    entry.save()
    revision.entry, revision.status = entry, Revision.Status.PUBLISHED
    revision.reviewed_by, revision.reviewed_at = by, timezone.now()
    revision.save()
    record(
        Actor(user=by),
        "publish" if before else "create",
        entry,
        changes_between(before, snapshot(entry, FIELDS)),
    )
    return entry


@transaction.atomic
def return_revision(revision: Revision, *, by, comment: str) -> Revision:
    if not comment.strip():
        raise ValidationError({"comment": _("Say what to change.")})
    updated = Revision.objects.filter(pk=revision.pk, status=Revision.Status.PROPOSED).update(
        status=Revision.Status.RETURNED,
        reviewed_by=by,
        reviewed_at=timezone.now(),
        comment=comment.strip()[:500],
    )
    if not updated:
        raise ValidationError(_("This revision is not waiting for review."))
    revision.refresh_from_db()
    return revision


@transaction.atomic
def confirm(entry: Entry, *, by) -> Entry:
    """The entry reviewed and found right as it is."""
    entry.reviewed_at, entry.reviewed_by = timezone.now(), by
    entry.save(update_fields=["reviewed_at", "reviewed_by"])
    record(Actor(user=by), "confirm", entry, {})
    return entry


def stale(now=None):
    """Entries not reviewed in the last 12 months."""
    limit = (now or timezone.now()) - STALE_AFTER
    return Entry.objects.filter(Q(reviewed_at__lt=limit) | Q(reviewed_at__isnull=True))
