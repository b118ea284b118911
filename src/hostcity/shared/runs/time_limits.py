"""How long the engine may search in a background run, for every kind of run (a planning run of an
event, a matchmaking run): one rule, checked here once, and one default. A worker is shared, so a
run gets at most ten minutes; the engine's own command allows up to a day (planning/cli.py)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from hostcity.planning.options import DEFAULT_TIME_LIMIT

SHORTEST = 5  # seconds: less finds nothing worth keeping on a real event
LONGEST = 600
DEFAULT = int(DEFAULT_TIME_LIMIT)


def checked_time_limit(value) -> int:
    """`value` (an int, or text from a form or an API call) as whole seconds within the rule;
    ValidationError naming the time_limit field otherwise."""
    if isinstance(value, bool):
        value = None
    try:
        seconds = int(str(value).strip())
    except (TypeError, ValueError):
        seconds = None
    if seconds is None or not SHORTEST <= seconds <= LONGEST:
        raise ValidationError(
            {"time_limit": _("A time limit is a whole number of seconds from %(low)s to %(high)s.")
             % {"low": SHORTEST, "high": LONGEST}}
        )  # fmt: skip
    return seconds


class TimeLimitField(forms.IntegerField):
    """The time limit on a form: the same bounds and default as checked_time_limit."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", gettext_lazy("Time limit (seconds)"))
        super().__init__(min_value=SHORTEST, max_value=LONGEST, initial=DEFAULT, **kwargs)
