"""Check-in at a gate: a badge's token and the gate's zone in, allowed or denied with the reason out.
Every scan is logged; a scan uploaded twice (same client id) is answered from the log, and a badge
scanned again at the same zone the same day is allowed without counting twice.

This is the hottest path of the platform (hundreds of scans a second at the gates of a summit), so
it reads the badge and its holder in one query written out, and writes the scan in another; the
signature is checked in memory, zones and keys are kept by the process for seconds."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import IntegrityError, connection, transaction
from django.db.models import Count
from django.utils import timezone

from hostcity.delegations.badge_tokens import TokenError, read
from hostcity.delegations.countries import country_names
from hostcity.delegations.expiring import Expiring
from hostcity.delegations.models import Badge, Delegate, Delegation, Organization, Scan, Zone
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

BADGE_SQL = (
    f"SELECT b.id, b.number, b.revoked_at, d.family_name, d.given_names, d.name_zh, d.category, "
    f"g.country, o.name_en, o.name_zh "
    f"FROM {Badge._meta.db_table} b "
    f"JOIN {Delegate._meta.db_table} d ON d.id = b.delegate_id "
    f"JOIN {Delegation._meta.db_table} g ON g.id = d.delegation_id "
    f"LEFT JOIN {Organization._meta.db_table} o ON o.id = g.organization_id "
    f"WHERE b.id = %s AND b.version = %s"
)
SEEN_SQL = (
    f"SELECT 1 FROM {Scan._meta.db_table} WHERE badge_id = %s AND at >= %s AND at < %s "
    f"AND zone_id = %s AND result = 'allowed' LIMIT 1"
)
INSERT_SQL = (
    f"INSERT INTO {Scan._meta.db_table} "
    f"(at, received, badge_id, zone_id, zone_code, gate, result, reason, client_id, offline) "
    f"VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id"
)


@dataclass(frozen=True)
class Holder:
    """Who a badge belongs to, as a gate shows it."""

    badge: int
    number: int
    name_en: str = ""
    name_zh: str = ""
    category: str = ""
    delegation_en: str = ""
    delegation_zh: str = ""


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # one of REASONS when denied
    holder: Holder | None = None
    repeat: bool = False  # allowed before at this zone today
    scan_id: int | None = None

    def as_dict(self) -> dict:
        holder = self.holder
        return {
            "allowed": self.allowed,
            "reason": self.reason,
            "repeat": self.repeat,
            "scan": self.scan_id,
            "badge": holder.number if holder else None,
            "name_en": holder.name_en if holder else "",
            "name_zh": holder.name_zh if holder else "",
            "category": holder.category if holder else "",
            "delegation_en": holder.delegation_en if holder else "",
            "delegation_zh": holder.delegation_zh if holder else "",
        }


def _public_keys() -> dict:
    now = time.monotonic()
    if now - _keys["at"] > KEYS_FOR_SECONDS:
        _keys.update(at=now, keys=public_keys())
    return _keys["keys"]


def _holder(badge_id: int, version: int) -> tuple[Holder | None, bool]:
    """The badge's holder, and whether the badge is revoked; (None, False) for no such badge."""
    with connection.cursor() as cursor:
        cursor.execute(BADGE_SQL, [badge_id, version])
        row = cursor.fetchone()
    if row is None:
        return None, False
    pk, number, revoked_at, family, given, name_zh, category, country, org_en, org_zh = row
    delegation_en, delegation_zh = country_names(country) if country else (org_en, org_zh)
    name_en = f"{given} {family.upper()}".strip()
    holder = Holder(pk, number, name_en, name_zh, category, delegation_en, delegation_zh)
    return holder, revoked_at is not None


def _judge(token: str, zone_code: str, day: date) -> tuple[str, Holder | None, Zone | None]:
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
    holder, revoked = _holder(claims.badge, claims.version)
    if holder is None:
        return "unknown", None, zone
    if revoked:
        return "revoked", holder, zone
    if zone is None:
        return "unknown_zone", holder, zone
    days = claims.zones.get(zone_code)
    if days is None:
        return "wrong_zone", holder, zone
    if day < days[0]:
        return "not_yet_valid", holder, zone
    if day > days[1]:
        return "expired", holder, zone
    return "", holder, zone


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
        earlier = Scan.objects.filter(client_id=client_id).first()
        if earlier is not None:
            return _from_scan(earlier)
    day = timezone.localdate(at)
    reason, holder, zone = _judge(token, zone_code, day)
    ops = connection.ops
    when = ops.adapt_datetimefield_value(at)
    repeat = False
    with connection.cursor() as cursor:
        if not reason:
            first, last = (ops.adapt_datetimefield_value(x) for x in _day_bounds(day))
            cursor.execute(SEEN_SQL, [holder.badge, first, last, zone.pk])
            repeat = cursor.fetchone() is not None
        values = [
            when,
            ops.adapt_datetimefield_value(timezone.now()),
            holder.badge if holder else None,
            zone.pk if zone else None,
            zone_code[:8],
            gate[:60],
            Scan.Result.DENIED if reason else Scan.Result.ALLOWED,
            reason,
            client_id or None,
            offline,
        ]
        if not client_id:  # nothing can clash: no transaction needed
            cursor.execute(INSERT_SQL, values)
            scan_id = cursor.fetchone()[0]
            return Decision(not reason, reason, holder, repeat, scan_id)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(INSERT_SQL, values)
            scan_id = cursor.fetchone()[0]
    except IntegrityError:  # the same upload, twice at once
        return _from_scan(Scan.objects.get(client_id=client_id))
    return Decision(not reason, reason, holder, repeat, scan_id)


def _day_bounds(day) -> tuple[datetime, datetime]:
    """The local day as an aware [start, end) range, so the scans' index on time serves."""
    tz = timezone.get_current_timezone()
    first = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return first, datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)


def _from_scan(scan: Scan) -> Decision:
    holder = None
    if scan.badge_id:
        badge = Badge.objects.filter(pk=scan.badge_id).values_list("version", flat=True).first()
        holder = _holder(scan.badge_id, badge)[0] if badge is not None else None
    return Decision(scan.result == Scan.Result.ALLOWED, scan.reason, holder, True, scan.pk)


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
