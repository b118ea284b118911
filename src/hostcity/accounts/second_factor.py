"""The second factor at sign-in (django-otp): a time-based code from an authenticator app (TOTP,
RFC 6238), and ten single-use backup codes for a lost phone. Optional for every staff member,
required for administrators (HOSTCITY_ADMIN_SECOND_FACTOR, on by default): an administrator without
one is sent to set it up before any page opens. Enrolment, removal and an administrator's reset of
another person's second factor are on the audit trail."""

from __future__ import annotations

import base64

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from hostcity.accounts.roles import is_administrator

BACKUP_CODES = 10


def required_for(user) -> bool:
    return settings.HOSTCITY_ADMIN_SECOND_FACTOR and is_administrator(user)


def enrolled(user) -> bool:
    return user_has_device(user, confirmed=True)


def pending_device(user) -> TOTPDevice:
    """The authenticator being set up: one unconfirmed device per person, made once and shown again
    (so that a reload does not change the key the person has just scanned)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    return device


def setup_details(device: TOTPDevice) -> dict:
    """What the person scans or types into the authenticator app: the otpauth address (issuer
    OTP_TOTP_ISSUER) as a QR code (inline SVG) and the key in base32, grouped by four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, omitsize=False)
    return {"qr_svg": svg, "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))}


def _clean(token: str) -> str:
    return "".join(str(token or "").split())


@transaction.atomic
def confirm(user, device: TOTPDevice, token: str) -> list[str]:
    """Confirm the authenticator with a code it shows; returns new backup codes (shown once)."""
    if device.user_id != user.pk or device.confirmed:
        raise ValidationError(_("This authenticator is not being set up."))
    if not device.verify_token(_clean(token)):
        raise ValidationError({"token": _("This code is not the one the app shows now. Try the next one.")})
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = new_backup_codes(user)
    _record(user, user, "second factor set up")
    return codes


@transaction.atomic
def new_backup_codes(user) -> list[str]:
    """Ten fresh single-use codes, replacing any earlier ones."""
    device, _made = StaticDevice.objects.get_or_create(user=user, name="backup", defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def check(user, token: str):
    """The device that accepts `token` (a code from the app, or a backup code, used up), or None.
    Each device refuses codes for a growing time after wrong ones (django-otp's throttling)."""
    token = _clean(token)
    if not token:
        return None
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.filter(user=user, confirmed=True):
            if device.verify_token(token):
                return device
    return None


@transaction.atomic
def remove(user, *, by) -> None:
    """Remove a person's second factor (their authenticator and backup codes). People remove their
    own; an administrator may reset anybody's (a lost phone). Administrators cannot remove their own
    while it is required: they set up a new one instead."""
    if by.pk == user.pk and required_for(user):
        raise ValidationError(
            _("Administrators must keep a second factor: set up a new authenticator instead.")
        )
    if by.pk != user.pk and not is_administrator(by):
        raise ValidationError(_("Only an administrator may reset another person's second factor."))
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    _record(by, user, "second factor removed" if by.pk == user.pk else "second factor reset")


def _record(by, user, action: str) -> None:
    from hostcity.shared.audit.trail import Actor, record

    record(Actor(user=by), action, user)
