"""What companies do before the day: register (once per edition, by email and by name), keep their
profile, and request meetings with other companies within their quota while requests are open."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from hostcity.matchmaking.models import Company, Matchmaking, MeetingRequest, Priority
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.countries.names import check_languages, is_country

PROFILE_FIELDS = ("name_en", "name_zh", "country", "sector", "offers", "needs", "contact_name", "email")


def duplicate_errors(
    matchmaking: Matchmaking, *, name_en: str, email: str, exclude: int | None = None
) -> dict:
    others = Company.objects.filter(matchmaking=matchmaking).exclude(pk=exclude)
    errors = {}
    if others.filter(email__iexact=email.strip()).exists():
        errors["email"] = _("A company with this email is already registered for this matchmaking.")
    if others.filter(name_en__iexact=name_en.strip()).exists():
        errors["name_en"] = _("A company of this name is already registered for this matchmaking.")
    return errors


def _check_profile(matchmaking: Matchmaking, data: dict, exclude: int | None = None) -> None:
    errors = duplicate_errors(matchmaking, name_en=data["name_en"], email=data["email"], exclude=exclude)
    country = data.get("country", "").upper()
    if not is_country(country):
        errors["country"] = _("Unknown country code “%(code)s” (ISO 3166 alpha-3).") % {"code": country}
    try:
        data["languages"] = check_languages(data.get("languages", []))
    except ValidationError as error:
        errors["languages"] = error.messages
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def register(matchmaking: Matchmaking, data: dict, sessions=()) -> Company:
    """A new company; ValidationError names each field at fault (a duplicate email or name among them)."""
    if not matchmaking.registration_open:
        raise ValidationError(_("Registration for this matchmaking is closed."))
    data = {**data, "country": data.get("country", "").upper()}
    _check_profile(matchmaking, data)
    company = Company(matchmaking=matchmaking, **{k: data[k] for k in (*PROFILE_FIELDS, "languages")})
    company.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            company.save()
    except IntegrityError as error:  # a registration of the same company a moment earlier
        raise ValidationError(
            {"email": _("A company with this email or name is already registered for this matchmaking.")}
        ) from error
    _set_sessions(company, sessions)
    return company


@transaction.atomic
def update_profile(company: Company, data: dict, sessions=()) -> Company:
    data = {**data, "country": data.get("country", "").upper()}
    _check_profile(company.matchmaking, data, exclude=company.pk)
    for key in (*PROFILE_FIELDS, "languages"):
        setattr(company, key, data[key])
    company.full_clean(validate_constraints=False)
    company.save()
    _set_sessions(company, sessions)
    return company


def _set_sessions(company: Company, sessions) -> None:
    chosen = list(sessions)
    if any(s.matchmaking_id != company.matchmaking_id for s in chosen):
        raise ValidationError({"sessions": _("A session of another matchmaking.")})
    company.sessions.set(chosen)


def _requestable(requester: Company) -> None:
    if requester.matchmaking.status != Matchmaking.Status.OPEN:
        raise ValidationError(_("Meeting requests are closed."))
    if requester.status != Company.Status.ACTIVE:
        raise ValidationError(_("Your registration is withdrawn: you cannot request meetings."))


@transaction.atomic
def request_meeting(
    requester: Company, target_id, priority: str = Priority.NORMAL, note: str = ""
) -> MeetingRequest:
    """A request from one company to another, refused with a reason: requests closed, an unknown or
    withdrawn company, the company itself, a second request to the same company, beyond the quota."""
    requester = Company.objects.select_for_update().select_related("matchmaking").get(pk=requester.pk)
    _requestable(requester)
    target = Company.objects.filter(matchmaking=requester.matchmaking, pk=_as_id(target_id)).first()
    if target is None:
        raise ValidationError({"target": _("No company %(id)s in this matchmaking.") % {"id": target_id}})
    if target.status != Company.Status.ACTIVE:
        raise ValidationError({"target": _("%(name)s has withdrawn.") % {"name": target.name_en}})
    if target.pk == requester.pk:
        raise ValidationError({"target": _("A company cannot request a meeting with itself.")})
    if priority not in Priority.values:
        raise ValidationError({"priority": _("Unknown priority “%(p)s”.") % {"p": priority}})
    if MeetingRequest.objects.filter(requester=requester, target=target).exists():
        raise ValidationError(
            {"target": _("You have already requested %(name)s.") % {"name": target.name_en}}
        )
    sent = MeetingRequest.objects.filter(requester=requester).count()
    if sent >= requester.matchmaking.quota:
        raise ValidationError(
            _("You have sent %(n)s requests, the most this matchmaking allows.") % {"n": sent}
        )
    return MeetingRequest.objects.create(
        matchmaking=requester.matchmaking,
        requester=requester,
        target=target,
        priority=priority,
        note=note[:300],
    )


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@transaction.atomic
def withdraw_request(requester: Company, request_id) -> None:
    _requestable(requester)
    deleted, _rows = MeetingRequest.objects.filter(requester=requester, pk=_as_id(request_id)).delete()
    if not deleted:
        raise ValidationError(_("No such request of yours."))


@transaction.atomic
def set_company_status(company: Company, status: str, *, by=None) -> Company:
    """Withdraw a company, mark it as not come (a late no-show), or take it back; on the audit trail."""
    if status not in Company.Status.values:
        raise ValidationError(_("Unknown status “%(s)s”.") % {"s": status})
    was = Company.objects.filter(pk=company.pk).values_list("status", flat=True).first()
    Company.objects.filter(pk=company.pk).update(status=status)
    company.status = status
    if was != status:
        record(Actor(user=by), "status", company, {"status": [was, status]})
    return company
