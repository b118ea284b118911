"""Setting up an edition's matchmaking: the tables, the length of a meeting, the quota, and the
sessions (one per line, "YYYY-MM-DD HH:MM-HH:MM"), checked line by line and saved all or nothing."""

from __future__ import annotations

import itertools
import re
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.matchmaking.models import Matchmaking, MatchSession

LINE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$")
SLOT_CHOICES = (10, 15, 20, 30, 45, 60)


def parse_sessions(text: str, slot_minutes: int) -> list[tuple[datetime, datetime]]:
    """The sessions written one per line; ValidationError names each bad line."""
    periods, errors = [], []
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]
    for number, line in lines:
        match = LINE.match(line)
        if not match:
            errors.append(
                _("Line %(n)s: “%(line)s” is not “YYYY-MM-DD HH:MM-HH:MM”.") % {"n": number, "line": line}
            )
            continue
        day, begin, finish = match.groups()
        try:
            start = timezone.make_aware(datetime.strptime(f"{day} {begin}", "%Y-%m-%d %H:%M"))
            end = timezone.make_aware(datetime.strptime(f"{day} {finish}", "%Y-%m-%d %H:%M"))
        except ValueError:
            errors.append(
                _("Line %(n)s: “%(line)s” is not a real date or time.") % {"n": number, "line": line}
            )
            continue
        if end <= start:
            errors.append(_("Line %(n)s: the session ends before it starts.") % {"n": number})
            continue
        periods.append((number, start, end))
    if not periods and not errors:
        errors.append(_("Give one session at least."))
    periods.sort(key=lambda p: p[1])
    for (n1, _s1, e1), (n2, s2, _e2) in itertools.pairwise(periods):
        if s2 < e1:
            errors.append(_("Line %(n)s overlaps line %(m)s.") % {"n": n2, "m": n1})
    if periods and not errors:
        first = periods[0][1]
        step = timedelta(minutes=slot_minutes)
        for number, start, end in periods:
            if (start - first) % step or (end - first) % step:
                errors.append(
                    _("Line %(n)s: the session does not start and end on the %(m)s-minute grid of the first.")
                    % {"n": number, "m": slot_minutes}
                )
    if errors:
        raise ValidationError(errors)
    return [(start, end) for _n, start, end in periods]


def sessions_text(matchmaking: Matchmaking) -> str:
    return "\n".join(
        f"{timezone.localtime(s.start):%Y-%m-%d %H:%M}-{timezone.localtime(s.end):%H:%M}"
        for s in matchmaking.sessions.all()
    )


@transaction.atomic
def save_setup(matchmaking: Matchmaking, sessions: str) -> Matchmaking:
    """Save the settings and replace the sessions. Sessions chosen by companies are kept when the same
    period is given again; a period taken away frees the companies that chose it."""
    if matchmaking.slot_minutes not in SLOT_CHOICES:
        raise ValidationError({"slot_minutes": _("Choose one of %(c)s.") % {"c": SLOT_CHOICES}})
    if not 1 <= matchmaking.tables <= 2000:
        raise ValidationError({"tables": _("Between 1 and 2000 tables.")})
    periods = parse_sessions(sessions, matchmaking.slot_minutes)
    matchmaking.full_clean()
    matchmaking.save()
    existing = {(s.start, s.end): s for s in matchmaking.sessions.all()}
    wanted = set(periods)
    matchmaking.sessions.exclude(pk__in=[s.pk for key, s in existing.items() if key in wanted]).delete()
    MatchSession.objects.bulk_create(
        [MatchSession(matchmaking=matchmaking, start=a, end=b) for a, b in periods if (a, b) not in existing]
    )
    return matchmaking


def set_status(matchmaking: Matchmaking, status: str) -> None:
    if status not in Matchmaking.Status.values:
        raise ValidationError(_("Unknown status “%(s)s”.") % {"s": status})
    Matchmaking.objects.filter(pk=matchmaking.pk).update(status=status)
    matchmaking.status = status
