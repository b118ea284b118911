"""Rotating the key of personal data encrypted at rest: with "NEW,OLD" both read; the command writes
every value with NEW; then NEW alone reads everything, OLD alone nothing."""

import pytest
from django.core.management import call_command
from django.db import connection

from hostcity.delegations.models import Delegate
from hostcity.delegations.personal_data.encrypted import _fernet
from tests.factories import make_delegate

pytestmark = pytest.mark.django_db


def _raw(pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("select passport_number from delegations_delegate where id = %s", [pk])
        return cursor.fetchone()[0]


def test_rotation(settings):
    settings.FIELD_KEY = "old-key"
    pk = make_delegate(passport_number="X1234567").pk
    settings.FIELD_KEY = "new-key,old-key"
    assert Delegate.objects.get(pk=pk).passport_number == "X1234567"
    call_command("rotate_field_keys", stdout=None)
    assert _fernet("new-key").decrypt(_raw(pk).encode()) == b"X1234567"
    settings.FIELD_KEY = "new-key"
    assert Delegate.objects.get(pk=pk).passport_number == "X1234567"
    settings.FIELD_KEY = "old-key"
    with pytest.raises(ValueError, match="cannot be decrypted"):
        Delegate.objects.get(pk=pk)
