"""Writing a circular and sending it: the circular and one dispatch per delegation are saved in one
transaction, then the worker sends each e-mail through Django's mail (SMTP in production, a file or
the console in the demo) and records it sent or failed with the error — the page never waits for a
mail server. Reminders go to the delegations that still owe something."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from hostcity.delegations.circulars.messages import words_for
from hostcity.delegations.circulars.owed import owed
from hostcity.delegations.models import Circular, Delegation, Dispatch
from hostcity.shared.audit.trail import Actor, record

REMINDER = {
    "subject_en": "$event: what we still need from the delegation of $delegation",
    "subject_zh": "$event：$delegation代表团尚需提交的材料",
    "body_en": (
        "Dear colleague,\n\nTo prepare the visit we still need: $owed.\n"
        "Please add them through your link: $link\n"
    ),
    "body_zh": "尊敬的联络人：\n\n为做好接待准备，我们尚需：$owed。\n请通过以下链接补充：$link\n",
}


def _address(circular: Circular, delegation: Delegation) -> str:
    if circular.audience == Circular.Audience.FOCAL_POINTS:
        return delegation.focal_point_email
    officer = delegation.liaison_officer
    return officer.email if officer else ""


@transaction.atomic
def write(circular: Circular, delegations, *, by: Actor, base_url: str) -> Circular:
    """Save a checked circular for `delegations` and queue its sending once this transaction commits."""
    delegations = list(delegations)
    if not delegations:
        raise ValidationError(_("Choose at least one delegation."))
    strangers = [d for d in delegations if d.event_id != circular.event_id]
    if strangers:
        raise ValidationError(_("%(name)s is not at this event.") % {"name": strangers[0].name_en})
    circular.created_by = by.user
    circular.save()
    Dispatch.objects.bulk_create(
        Dispatch(circular=circular, delegation=d, address=_address(circular, d)) for d in delegations
    )
    record(
        by,
        "write circular",
        circular,
        {"subject": [None, circular.subject_en], "to": [None, len(delegations)]},
    )
    transaction.on_commit(lambda: send_circular.enqueue(circular.pk, base_url))
    return circular


def remind(event, *, by: Actor, base_url: str) -> Circular | None:
    """A reminder to the focal point of every delegation that still owes something (None: nobody does)."""
    owing = [d for d in event.delegations.select_related("organization") if owed(d)]
    if not owing:
        return None
    circular = Circular(event=event, audience=Circular.Audience.FOCAL_POINTS, reminder=True, **REMINDER)
    return write(circular, owing, by=by, base_url=base_url)


@task()
def send_circular(circular_id: int, base_url: str) -> dict:
    circular = Circular.objects.select_related("event").get(pk=circular_id)
    done = {"sent": 0, "failed": 0}
    for dispatch in circular.dispatches.filter(status=Dispatch.Status.QUEUED).select_related(
        "delegation__organization", "delegation__liaison_officer"
    ):
        if not dispatch.address:
            dispatch.status, dispatch.error = Dispatch.Status.FAILED, "no address"
        else:
            subject, body = words_for(circular, dispatch.delegation, base_url)
            try:
                send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [dispatch.address])
            except Exception as error:  # the mail server refused or is away: recorded, the others go on
                dispatch.status, dispatch.error = Dispatch.Status.FAILED, str(error)[:300]
            else:
                dispatch.status, dispatch.sent = Dispatch.Status.SENT, timezone.now()
        dispatch.save(update_fields=["status", "error", "sent"])
        done["sent" if dispatch.status == Dispatch.Status.SENT else "failed"] += 1
    return done
