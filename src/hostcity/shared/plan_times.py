"""A problem's and a plan's local times ("YYYY-MM-DDTHH:MM", the planning format's) as aware
datetimes and back, for every field that sends the engine a problem or reads its plan."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from hostcity.planning.problem import TIME_FORMAT

FMT = TIME_FORMAT  # the planning format's, defined once (planning/problem.py)


def local(moment: datetime) -> str:
    """An aware datetime as a problem's local time."""
    return timezone.localtime(moment).strftime(FMT)


def aware(text: str) -> datetime:
    """A problem's or plan's local time as an aware datetime (the inverse of local)."""
    return timezone.make_aware(datetime.strptime(text, FMT))
