"""Personal data encrypted at rest (passport numbers, dates of birth): a text field whose database
value is a Fernet token. The key comes from HOSTCITY_FIELD_KEY, else is derived from SECRET_KEY, so a
copy of the database alone reveals nothing.

Rotating the key: set HOSTCITY_FIELD_KEY to "NEW,OLD" (the first encrypts, every one decrypts), run
`hostcity manage rotate_field_keys` (every encrypted value re-encrypted with NEW), then set it to
"NEW" alone."""

from __future__ import annotations

import base64
import hashlib
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models


@cache
def _fernet(secret: str) -> Fernet:
    key = hashlib.sha256(f"hostcity field encryption|{secret}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def fernet() -> MultiFernet:
    given = getattr(settings, "FIELD_KEY", "")
    secrets = [k.strip() for k in given.split(",") if k.strip()] if given else [settings.SECRET_KEY]
    return MultiFernet([_fernet(secret) for secret in secrets])


def encrypted_fields():
    """(model, names of its encrypted fields) for every model that has some."""
    from django.apps import apps

    for model in apps.get_models():
        names = [f.name for f in model._meta.get_fields() if isinstance(f, EncryptedTextField)]
        if names:
            yield model, names


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
