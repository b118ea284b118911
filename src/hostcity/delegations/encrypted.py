"""Personal data encrypted at rest (passport numbers, dates of birth): a text field whose database
value is a Fernet token. The key comes from HOSTCITY_FIELD_KEY, else is derived from SECRET_KEY, so a
copy of the database alone reveals nothing."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models


@cache
def _fernet(secret: str) -> Fernet:
    key = hashlib.sha256(f"hostcity field encryption|{secret}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def fernet() -> Fernet:
    return _fernet(getattr(settings, "FIELD_KEY", "") or settings.SECRET_KEY)


class EncryptedTextField(models.TextField):
    """Stores `fernet().encrypt(value)`; reads back the plain value. Not searchable, by design."""

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        try:
            return fernet().decrypt(value.encode()).decode()
        except InvalidToken as error:
            raise ValueError(
                f"{self.model.__name__}.{self.name}: cannot be decrypted with this key"
            ) from error

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return fernet().encrypt(str(value).encode()).decode()


def masked(value: str | None, keep: int = 2) -> str:
    """A secret shown to people: all but the last `keep` characters hidden."""
    if not value:
        return ""
    return "•" * max(0, len(value) - keep) + value[-keep:]
