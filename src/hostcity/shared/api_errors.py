"""The API's answer when the database refuses a change the serializers let through (a record still
referenced, a constraint): 409 with what is in the way, instead of a server error."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):
    if isinstance(exc, ProtectedError | RestrictedError):
        names = sorted({str(obj) for obj in list(exc.protected_objects if isinstance(exc, ProtectedError)
                                                 else exc.restricted_objects)[:5]})  # fmt: skip
        return Response(
            {"non_field_errors": [f"Still in use by: {', '.join(names)}. Remove those first."]},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, IntegrityError):
        return Response(
            {
                "non_field_errors": [
                    "The change conflicts with the data already kept (a rule of the database)."
                ]
            },
            status=status.HTTP_409_CONFLICT,
        )
    return exception_handler(exc, context)


def as_drf(error: DjangoValidationError) -> serializers.ValidationError:
    """A domain function's ValidationError as the API's 400: per field, or under non_field_errors."""
    if hasattr(error, "error_dict"):
        return serializers.ValidationError(error.message_dict)
    return serializers.ValidationError({"non_field_errors": error.messages})
