"""Check-in at a gate: a badge's token and the gate's event and zone in, allowed or denied with the
reason out. Every scan is logged; a scan uploaded twice (same client id, same token, zone and gate)
is answered from the log, a client id sent again with anything else is refused and logged, and a
badge scanned again at the same zone the same day is allowed without counting twice.

The server's clock decides which day it is. A scan a phone made offline may carry its own time, but
only within HOSTCITY_OFFLINE_SCAN_HOURS in the past and HOSTCITY_SCAN_CLOCK_SKEW_SECONDS in the future;
such a scan is judged at that time and marked offline in the log.

This is the hottest path of the platform (hundreds of scans a second at the gates of a summit), so
it reads the badge and its holder in one query written out, and writes the scan in another; the
signature is checked in memory, zones and keys are kept by the process for seconds."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy

from hostcity.delegations.accreditation.badge_tokens import TokenError, read
from hostcity.delegations.accreditation.signing import public_keys
from hostcity.delegations.models import Badge, Delegate, Delegation, Organization, Scan, Zone
from hostcity.shared.countries.names import country_names
from hostcity.shared.expiring import Expiring

REASONS = (
    "unknown",
    "forged",
    "malformed",
    "expired",
    "not_yet_valid",
    "revoked",
    "wrong_zone",
    "unknown_zone",
    "wrong_event",  # the badge is for another event than the gate's
    "bad_time",  # an offline scan's time in the future, or older than the window allows
    "replayed",  # a client id already used for another token, zone or gate
)
# What the gate's screen says for each reason (the API answers with the code).
REASON_LABELS = {
    "unknown": gettext_lazy("unknown badge"),
    "forged": gettext_lazy("not a genuine badge"),
    "malformed": gettext_lazy("unreadable code"),
    "expired": gettext_lazy("no longer valid"),
    "not_yet_valid": gettext_lazy("not valid yet"),
    "revoked": gettext_lazy("revoked"),
    "wrong_zone": gettext_lazy("not for this zone"),
    "unknown_zone": gettext_lazy("unknown zone"),
    "wrong_event": gettext_lazy("for another event"),
    "bad_time": gettext_lazy("scan time out of range"),
    "replayed": gettext_lazy("scan already used"),
    "no keys yet": gettext_lazy("offline with no keys yet: connect once"),
}
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
    f"(at, received, claimed_at, badge_id, zone_id, zone_code, gate, result, reason, client_id, "
    f"fingerprint, offline) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id"
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


def _zone(event: int, zone_code: str) -> Zone | None:
    return ZONES.get((event, zone_code), lambda: Zone.objects.filter(event_id=event, code=zone_code).first())


def _judge(token: str, event: int, zone_code: str, day: date) -> tuple[str, Holder | None, Zone | None]:
    zone = _zone(event, zone_code)
    try:
        claims = read(token, _public_keys())
    except TokenError as error:
        if error.reason == "forged":  # perhaps a key made since the keys were read
            _keys["at"] = -1e9
            try:
                claims = read(token, _public_keys())
            except TokenError as again:
                return again.reason, None, zone
        else:
            return error.reason, None, zone
    holder, revoked = _holder(claims.badge, claims.version)
    if holder is None:
        return "unknown", None, zone
    if claims.event != event:
        return "wrong_event", holder, zone
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


def fingerprint(token: str, event: int, zone_code: str, gate: str) -> str:
    """What a client id is bound to: the same id may only ever stand for this token at this gate."""
    return hashlib.sha256("\x1f".join([token, str(event), zone_code, gate]).encode()).hexdigest()


def offline_time_allowed(scanned_at: datetime, now: datetime) -> bool:
    """Whether a scan's own time may be believed: not older than the offline window, not later than
    the server's clock plus the skew a phone's clock may have."""
    window = timedelta(hours=settings.HOSTCITY_OFFLINE_SCAN_HOURS)
    skew = timedelta(seconds=settings.HOSTCITY_SCAN_CLOCK_SKEW_SECONDS)
    return now - window <= scanned_at <= now + skew


def check_in(
    token: str,
    zone_code: str,
    *,
    event: int,
    gate: str = "",
    scanned_at: datetime | None = None,
    client_id: str | None = None,
    at: datetime | None = None,
) -> Decision:
    """Judge a scan at `event`'s zone `zone_code`. `scanned_at` is the time the gate says it scanned
    (an offline scan uploaded later); `at` is the server's clock (a test may set it)."""
    now = at or timezone.now()
    gate = gate[:60]
    print_ = fingerprint(token, event, zone_code, gate) if client_id else ""
    if client_id:
        earlier = Scan.objects.filter(client_id=client_id).first()
        if earlier is not None:
            if earlier.fingerprint == print_:
                return _from_scan(earlier)
            return _log(now, "replayed", None, _zone(event, zone_code), zone_code, gate, scanned_at)
    if scanned_at is not None and not offline_time_allowed(scanned_at, now):
        return _log(now, "bad_time", None, _zone(event, zone_code), zone_code, gate, scanned_at)
    when = scanned_at or now
    reason, holder, zone = _judge(token, event, zone_code, timezone.localdate(when))
    return _log(when, reason, holder, zone, zone_code, gate, scanned_at, client_id, print_)


def _log(
    when: datetime,
    reason: str,
    holder: Holder | None,
    zone: Zone | None,
    zone_code: str,
    gate: str,
    scanned_at: datetime | None,
    client_id: str | None = None,
    print_: str = "",
) -> Decision:
    """Write the scan to the log and answer with the decision."""
    ops = connection.ops
    repeat = False
    with connection.cursor() as cursor:
        if not reason:
            first, last = (ops.adapt_datetimefield_value(x) for x in _day_bounds(timezone.localdate(when)))
            cursor.execute(SEEN_SQL, [holder.badge, first, last, zone.pk])
            repeat = cursor.fetchone() is not None
        values = [
            ops.adapt_datetimefield_value(when),
            ops.adapt_datetimefield_value(timezone.now()),
            ops.adapt_datetimefield_value(scanned_at) if scanned_at else None,
            holder.badge if holder else None,
            zone.pk if zone else None,
            zone_code[:8],
            gate,
            Scan.Result.DENIED if reason else Scan.Result.ALLOWED,
            reason,
            client_id or None,
            print_,
            scanned_at is not None,
        ]
        if not client_id:  # nothing can clash: no transaction needed
            cursor.execute(INSERT_SQL, values)
            scan_id = cursor.fetchone()[0]
            return Decision(not reason, reason, holder, repeat, scan_id)
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(INSERT_SQL, values)
            scan_id = cursor.fetchone()[0]
    except IntegrityError:  # the same client id, twice at once
        earlier = Scan.objects.get(client_id=client_id)
        if earlier.fingerprint == print_:
            return _from_scan(earlier)
        return _log(when, "replayed", None, zone, zone_code, gate, scanned_at)
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
