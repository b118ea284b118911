"""Registration of a delegation's members by its focal point, and the staff's review of it. Every
function here is the one place its change is decided; each runs in a transaction and leaves an entry
in the audit trail."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from hostcity.delegations.models import Delegate, Delegation
from hostcity.shared.audit.trail import Actor, changes_between, record, snapshot

DELEGATE_FIELDS = (
    "family_name",
    "given_names",
    "name_zh",
    "position_en",
    "position_zh",
    "category",
    "languages",
    "photo",
    "nationality",
    "passport_number",
    "passport_expiry",
    "birth_date",
    "dietary_notes",
    "medical_notes",
)
EDITABLE = (Delegation.Registration.OPEN, Delegation.Registration.RETURNED)


def _check_editable(delegation: Delegation) -> None:
    if delegation.registration not in EDITABLE:
        raise ValidationError(
            _("The list of %(name)s is %(state)s: it cannot be changed now.")
            % {"name": delegation.name_en, "state": delegation.get_registration_display().lower()}
        )


def _check_quota(delegation: Delegation, adding: int = 1) -> None:
    members = delegation.delegates.count()
    if members + adding > delegation.quota:
        raise ValidationError(
            _("The quota of %(name)s is %(quota)d members: %(members)d are registered already.")
            % {"name": delegation.name_en, "quota": delegation.quota, "members": members}
        )


def _check_one_head(delegation: Delegation, category: str, delegate: Delegate | None = None) -> None:
    if category != Delegate.Category.HEAD:
        return
    heads = delegation.delegates.filter(category=Delegate.Category.HEAD)
    if delegate is not None and delegate.pk:
        heads = heads.exclude(pk=delegate.pk)
    if heads.exists():
        raise ValidationError({"category": _("The delegation has a head already.")})


def _apply(delegate: Delegate, data: dict) -> None:
    """Set the fields given, as a form would (a file field: None keeps the file, False clears it)."""
    for name, value in data.items():
        if name in DELEGATE_FIELDS:
            Delegate._meta.get_field(name).save_form_data(delegate, value)


@transaction.atomic
def add_delegate(delegation: Delegation, *, data: dict, by: Actor) -> Delegate:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    _check_editable(delegation)
    _check_quota(delegation)
    _check_one_head(delegation, data.get("category", ""))
    delegate = Delegate(delegation=delegation)
    _apply(delegate, data)
    delegate.full_clean()
    delegate.save()
    after = snapshot(delegate, DELEGATE_FIELDS)
    record(by, "add", delegate, changes_between({}, after), delegation)
    return delegate


@transaction.atomic
def change_delegate(delegate: Delegate, *, data: dict, by: Actor) -> Delegate:
    delegation = Delegation.objects.select_for_update().get(pk=delegate.delegation_id)
    _check_editable(delegation)
    delegate = Delegate.objects.select_for_update().get(pk=delegate.pk)
    before = snapshot(delegate, DELEGATE_FIELDS)
    _apply(delegate, data)
    _check_one_head(delegation, delegate.category, delegate)
    delegate.full_clean()
    delegate.save()
    changes = changes_between(before, snapshot(delegate, DELEGATE_FIELDS))
    if changes:
        record(by, "change", delegate, changes, delegation)
    return delegate


@transaction.atomic
def remove_delegate(delegate: Delegate, *, by: Actor) -> None:
    delegation = Delegation.objects.select_for_update().get(pk=delegate.delegation_id)
    _check_editable(delegation)
    record(by, "remove", delegate, changes_between(snapshot(delegate, DELEGATE_FIELDS), {}), delegation)
    delegate.delete()


def _move(delegation: Delegation, to: str, by: Actor, comment: str = "") -> Delegation:
    before = delegation.registration
    delegation.registration = to
    delegation.review_comment = comment
    delegation.save(update_fields=["registration", "review_comment"])
    record(by, f"registration {to}", delegation, {"registration": [before, to]}, delegation)
    return delegation


@transaction.atomic
def submit_registration(delegation: Delegation, *, by: Actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    _check_editable(delegation)
    if not delegation.delegates.exists():
        raise ValidationError(_("Register at least one member before submitting."))
    if not delegation.delegates.filter(category=Delegate.Category.HEAD).exists():
        raise ValidationError(_("Name the head of the delegation before submitting."))
    return _move(delegation, Delegation.Registration.SUBMITTED, by)


@transaction.atomic
def approve_registration(delegation: Delegation, *, by: Actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    if delegation.registration != Delegation.Registration.SUBMITTED:
        raise ValidationError(_("Only a submitted list can be approved."))
    return _move(delegation, Delegation.Registration.APPROVED, by)


@transaction.atomic
def return_registration(delegation: Delegation, *, comment: str, by: Actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    if delegation.registration not in (Delegation.Registration.SUBMITTED, Delegation.Registration.APPROVED):
        raise ValidationError(_("Only a submitted or approved list can be returned."))
    if not comment.strip():
        raise ValidationError({"comment": _("Say what the focal point should change.")})
    return _move(delegation, Delegation.Registration.RETURNED, by, comment.strip())


@transaction.atomic
def set_status(delegation: Delegation, *, status: str, by: Actor) -> Delegation:
    delegation = Delegation.objects.select_for_update().get(pk=delegation.pk)
    if status not in Delegation.Status.values:
        raise ValidationError({"status": _("Unknown status %(status)s.") % {"status": status}})
    before = delegation.status
    delegation.status = status
    delegation.save(update_fields=["status"])
    record(by, "status", delegation, {"status": [before, status]}, delegation)
    return delegation


DELEGATION_FIELDS = (
    "country",
    "organization",
    "head_rank",
    "head_took_office",
    "quota",
    "languages",
    "arrival_flight",
    "arrival_at",
    "departure_flight",
    "departure_at",
    "hotel",
    "liaison_officer",
    "focal_point_name",
    "focal_point_email",
)


@transaction.atomic
def save_delegation(form, *, by: Actor) -> Delegation:
    """Save a checked delegation form (a new invitation or an edit), with what changed in the trail."""
    before = {}
    if form.instance.pk:
        before = snapshot(Delegation.objects.select_for_update().get(pk=form.instance.pk), DELEGATION_FIELDS)
    delegation = form.save()
    changes = changes_between(before, snapshot(delegation, DELEGATION_FIELDS))
    if changes or not before:
        record(by, "change" if before else "invite", delegation, changes, delegation)
    return delegation


def invite_focal_point(delegation: Delegation, *, base_url: str, by: Actor) -> None:
    """Queue the e-mail with the registration link; it leaves once this transaction has committed."""
    from hostcity.delegations.focal.links import link_is_live
    from hostcity.delegations.tasks import send_focal_invitation

    if not delegation.focal_point_email:
        raise ValidationError({"focal_point_email": _("Give the focal point's e-mail first.")})
    if not link_is_live(delegation):
        raise ValidationError(_("The link is revoked or expired: make a new one first."))
    record(by, "invitation sent", delegation, {"to": [None, delegation.focal_point_email]}, delegation)
    transaction.on_commit(lambda: send_focal_invitation.enqueue(delegation.pk, base_url))
