"""Keeping the organizations registry: a change of status goes on the organization's timeline (who,
when, from what to what), and so does every interaction recorded."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.registry.models import Interaction, InternationalOrganization
from hostcity.shared.audit.trail import Actor, record

FORWARD = list(InternationalOrganization.Status.values)


@transaction.atomic
def set_status(
    organization: InternationalOrganization, *, status: str, by, note: str = ""
) -> InternationalOrganization:
    organization = InternationalOrganization.objects.select_for_update().get(pk=organization.pk)
    if status not in FORWARD:
        raise ValidationError({"status": _("Unknown status %(status)s.") % {"status": status}})
    if status == organization.status:
        raise ValidationError(
            {
                "status": _("The organization is %(status)s already.")
                % {"status": organization.get_status_display()}
            }
        )
    before, was = organization.get_status_display(), organization.status
    organization.status = status
    if status == InternationalOrganization.Status.REGISTERED and organization.registered_on is None:
        organization.registered_on = timezone.localdate()
    organization.save(update_fields=["status", "registered_on"])
    record(Actor(user=by), "status", organization, {"status": [was, status]})
    summary = f"{before} → {organization.get_status_display()}" + (f": {note}" if note else "")
    Interaction.objects.create(
        organization=organization,
        date=timezone.localdate(),
        kind=Interaction.Kind.STATUS,
        summary=summary,
        by=by,
    )
    return organization


@transaction.atomic
def add_interaction(interaction: Interaction, *, by) -> Interaction:
    """An interaction on the organization's timeline, and on the audit trail."""
    interaction.by = by
    interaction.save()
    record(
        Actor(user=by),
        "interaction",
        interaction.organization,
        {
            "interaction": [
                None,
                f"{interaction.date:%Y-%m-%d} {interaction.get_kind_display()}: {interaction.summary[:200]}",
            ]
        },
    )
    return interaction
