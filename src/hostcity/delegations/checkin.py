"""Check-in at a gate: a badge's token and the gate's zone in, allowed or denied with the reason out.
Every scan is logged; a scan uploaded twice (same client id) is answered from the log, and a badge
scanned again at the same zone the same day is allowed without counting twice."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from hostcity.delegations.badge_tokens import TokenError, read
from hostcity.delegations.expiring import Expiring
from hostcity.delegations.models import Badge, Scan, Zone
from hostcity.delegations.signing import public_keys

REASONS = (
    "unknown",
    "forged",
    "malformed",
    "expired",
    "not_yet_valid",
    "revoked",
    "wrong_zone",
    "unknown_zone",
)
KEYS_FOR_SECONDS = 30.0
_keys: dict = {"at": -1e9, "keys": {}}
ZONES = Expiring(seconds=30)  # zones found (not misses: a zone just made is found at once)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # one of REASONS when denied
    badge: Badge | None = None
    repeat: bool = False  # allowed before at this zone today
    scan_id: int | None = None

    def as_dict(self) -> dict:
        delegate = self.badge.delegate if self.badge is not None else None
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "repeat": self.repeat,
            "scan": self.scan_id,
            "badge": self.badge.number if self.badge is not None else None,
            "name_en": delegate.name_en if delegate else "",
            "name_zh": delegate.name_zh if delegate else "",
            "category": delegate.category if delegate else "",
            "delegation_en": delegate.delegation.name_en if delegate else "",
            "delegation_zh": delegate.delegation.name_zh if delegate else "",
        }


def _public_keys() -> dict:
    now = time.monotonic()
    if now - _keys["at"] > KEYS_FOR_SECONDS:
        _keys.update(at=now, keys=public_keys())
    return _keys["keys"]


def _judge(token: str, zone_code: str, day) -> tuple[str, Badge | None, Zone | None]:
    try:
        claims = read(token, _public_keys())
    except TokenError as error:
        if error.reason == "forged":  # perhaps a key made since the keys were read
            _keys["at"] = -1e9
            try:
                claims = read(token, _public_keys())
            except TokenError as again:
                return again.reason, None, None
        else:
            return error.reason, None, None
    zone = ZONES.get(
        (claims.event, zone_code), lambda: Zone.objects.filter(event_id=claims.event, code=zone_code).first()
    )
    badge = (
        Badge.objects.select_related("delegate__delegation__organization")
        .filter(pk=claims.badge, version=claims.version)
        .first()
    )
    if badge is None:
        return "unknown", None, zone
    if badge.revoked_at is not None:
        return "revoked", badge, zone
    if zone is None:
        return "unknown_zone", badge, zone
    days = claims.zones.get(zone_code)
    if days is None:
        return "wrong_zone", badge, zone
    if day < days[0]:
        return "not_yet_valid", badge, zone
    if day > days[1]:
        return "expired", badge, zone
    return "", badge, zone


def check_in(
    token: str,
    zone_code: str,
    *,
    gate: str = "",
    at: datetime | None = None,
    client_id: str | None = None,
    offline: bool = False,
) -> Decision:
    at = at or timezone.now()
    if client_id:
        earlier = (
            Scan.objects.select_related("badge__delegate__delegation").filter(client_id=client_id).first()
        )
        if earlier is not None:
            return _from_scan(earlier)
    day = timezone.localdate(at)
    reason, badge, zone = _judge(token, zone_code, day)
    first, last = _day_bounds(day)
    repeat = (
        not reason
        and Scan.objects.filter(
            badge=badge, at__gte=first, at__lt=last, zone=zone, result=Scan.Result.ALLOWED
        ).exists()
    )
    scan = Scan(
        at=at,
        badge=badge,
        zone=zone,
        zone_code=zone_code[:8],
        gate=gate[:60],
        result=Scan.Result.DENIED if reason else Scan.Result.ALLOWED,
        reason=reason,
        client_id=client_id or None,
        offline=offline,
    )
    if not client_id:
        scan.save()  # nothing can clash: no transaction needed
        return Decision(not reason, reason, badge, repeat, scan.pk)
    try:
        with transaction.atomic():
            scan.save()
    except IntegrityError:  # the same upload, twice at once
        return _from_scan(Scan.objects.get(client_id=client_id))
    return Decision(not reason, reason, badge, repeat, scan.pk)


def _day_bounds(day) -> tuple[datetime, datetime]:
    """The local day as an aware [start, end) range, so the scans' index on time serves."""
    tz = timezone.get_current_timezone()
    first = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return first, datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)


def _from_scan(scan: Scan) -> Decision:
    return Decision(scan.result == Scan.Result.ALLOWED, scan.reason, scan.badge, True, scan.pk)


def zone_counts(event) -> list[dict]:
    """For each zone of the event: badges let in today (each once) and scans denied today."""
    first, last = _day_bounds(timezone.localdate())
    zones = list(Zone.objects.filter(event=event))
    scans = Scan.objects.filter(zone__event=event, at__gte=first, at__lt=last)
    allowed = dict(
        scans.filter(result=Scan.Result.ALLOWED)
        .values("zone")
        .annotate(n=Count("badge", distinct=True))
        .values_list("zone", "n")
    )
    denied = dict(
        scans.filter(result=Scan.Result.DENIED)
        .values("zone")
        .annotate(n=Count("id"))
        .values_list("zone", "n")
    )
    return [
        {
            "zone": z.code,
            "name_en": z.name_en,
            "name_zh": z.name_zh,
            "in": allowed.get(z.pk, 0),
            "denied": denied.get(z.pk, 0),
        }
        for z in zones
    ]
