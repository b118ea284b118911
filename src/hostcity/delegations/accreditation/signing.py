"""The deployment's badge-signing key, kept in the database with its private half encrypted at rest
(created on first use), the public keys gates verify with, and a badge's token signed with it."""

from __future__ import annotations

import base64
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.db import transaction

from hostcity.delegations.accreditation.badge_tokens import (
    Claims,
    public_key_from_text,
    public_key_text,
    sign,
)
from hostcity.delegations.models import Badge, SigningKey
from hostcity.delegations.personal_data.encrypted import fernet

_parsed: dict[str, Ed25519PublicKey] = {}  # key text -> key, so each is parsed once


@transaction.atomic
def active_key() -> tuple[int, Ed25519PrivateKey]:
    row = SigningKey.objects.select_for_update().filter(active=True).first()
    if row is None:
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        row = SigningKey.objects.create(
            private_key=fernet().encrypt(base64.b64encode(raw)).decode(),
            public_key=public_key_text(private.public_key()),
        )
        return row.pk, private
    raw = base64.b64decode(fernet().decrypt(row.private_key.encode()))
    return row.pk, Ed25519PrivateKey.from_private_bytes(raw)


def public_keys() -> dict[int, Ed25519PublicKey]:
    """Every key's public half by id (retired keys too: badges they signed may still be shown)."""
    keys = {}
    for pk, text in SigningKey.objects.values_list("pk", "public_key"):
        if text not in _parsed:
            _parsed[text] = public_key_from_text(text)
        keys[pk] = _parsed[text]
    return keys


def public_keys_text() -> dict[int, str]:
    return dict(SigningKey.objects.values_list("pk", "public_key"))


def token_for(badge: Badge) -> str:
    """The badge's signed token, for its QR code: its zones and days as they were when issued."""
    key_id, private = active_key()
    claims = Claims(
        badge=badge.pk,
        version=badge.version,
        event=badge.delegate.delegation.event_id,
        zones={
            code: (date.fromisoformat(days[0]), date.fromisoformat(days[1]))
            for code, days in badge.zones.items()
        },
        valid_from=badge.valid_from,
        valid_to=badge.valid_to,
        key=key_id,
    )
    return sign(claims, private)
