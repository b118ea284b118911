"""Badge tokens: what a badge's QR code carries. `HC1.<payload>.<signature>`, both base64url; the
payload is compact JSON (badge id, issue, event, zone codes, validity dates, key id); the signature
is Ed25519 over the payload's text. A gate holding the public key verifies a badge without the
server; only the server can sign."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "HC1"


class TokenError(ValueError):
    """A token that cannot be trusted; `reason` is malformed or forged."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class Claims:
    badge: int
    version: int
    event: int
    zones: dict[str, tuple[date, date]]  # zone code -> first and last day it may be entered
    valid_from: date
    valid_to: date
    key: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _canonical_unb64(text: str) -> bytes:
    """The bytes of `text` if it is their one canonical unpadded base64url form, else ValueError.

    Python's decoder drops characters outside the alphabet and ignores the unused low bits of the
    last character, so several texts decode to the same signature; a gate must accept only one."""
    data = _unb64(text)
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def sign(claims: Claims, private_key: Ed25519PrivateKey) -> str:
    payload = json.dumps(
        {
            "b": claims.badge,
            "v": claims.version,
            "e": claims.event,
            "z": {
                code: [first.isoformat(), last.isoformat()] for code, (first, last) in claims.zones.items()
            },
            "f": claims.valid_from.isoformat(),
            "t": claims.valid_to.isoformat(),
            "k": claims.key,
        },
        separators=(",", ":"),
    )
    body = _b64(payload.encode())
    return f"{PREFIX}.{body}.{_b64(private_key.sign(body.encode()))}"


def read(token: str, public_keys: dict[int, Ed25519PublicKey]) -> Claims:
    """The token's claims once its signature holds; TokenError(malformed|forged) otherwise."""
    parts = token.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise TokenError("malformed", "not a hostcity badge token")
    try:
        data = json.loads(_canonical_unb64(parts[1]))
        claims = Claims(
            badge=int(data["b"]),
            version=int(data["v"]),
            event=int(data["e"]),
            zones={
                str(code): (date.fromisoformat(days[0]), date.fromisoformat(days[1]))
                for code, days in data["z"].items()
            },
            valid_from=date.fromisoformat(data["f"]),
            valid_to=date.fromisoformat(data["t"]),
            key=int(data["k"]),
        )
        signature = _canonical_unb64(parts[2])
        if len(signature) != 64:
            raise ValueError("an Ed25519 signature is 64 bytes")
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise TokenError("malformed", f"the token cannot be read: {error}") from error
    except AttributeError as error:  # "z" not an object
        raise TokenError("malformed", "the token's zones cannot be read") from error
    key = public_keys.get(claims.key)
    if key is None:
        raise TokenError("forged", f"signed with key {claims.key}, which this deployment does not have")
    try:
        key.verify(signature, parts[1].encode())
    except InvalidSignature as error:
        raise TokenError("forged", "the signature does not match") from error
    return claims


def public_key_text(key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return _b64(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def public_key_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(_unb64(text))
