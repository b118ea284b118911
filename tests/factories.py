"""Small factories for the tests: each makes one valid record, with overrides."""

import itertools
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from hostcity.accounts.roles import sync_roles
from hostcity.venues.models import Booking, Closure, FunctionalArea, Room, Venue

_seq = itertools.count(1)
PASSWORD = "correct-horse-battery"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An aware datetime in the current time zone on day `day` of December 2030."""
    return timezone.make_aware(datetime(2030, 12, day, hour, minute))


def make_area(**fields) -> FunctionalArea:
    n = next(_seq)
    defaults = dict(code=f"area-{n}", name_en=f"Area {n}", name_zh=f"区域{n}", kind="section")
    return FunctionalArea.objects.create(**{**defaults, **fields})


def make_venue(**fields) -> Venue:
    n = next(_seq)
    defaults = dict(
        code=f"venue-{n}",
        name_en=f"Venue {n}",
        name_zh=f"场馆{n}",
        category="hotel",
        latitude=39.9 + n / 1000,
        longitude=116.4,
        district="Dongcheng 东城区",
    )
    return Venue.objects.create(**{**defaults, **fields})


def make_room(venue: Venue | None = None, **fields) -> Room:
    n = next(_seq)
    defaults = dict(
        name_en=f"Room {n}", name_zh=f"会议室{n}", kind="bilateral", capacity=40, interpretation_booths=2
    )
    return Room.objects.create(venue=venue or make_venue(), **{**defaults, **fields})


def make_booking(room: Room | None = None, *, start=None, hours: float = 1, **fields) -> Booking:
    start = start or at(1, 10)
    defaults = dict(purpose="Talks", status="confirmed")
    return Booking.objects.create(
        room=room or make_room(), start=start, end=start + timedelta(hours=hours), **{**defaults, **fields}
    )


def make_closure(*, venue=None, room=None, start=None, hours: float = 24, **fields) -> Closure:
    start = start or at(1, 0)
    return Closure.objects.create(
        venue=venue,
        room=room,
        start=start,
        end=start + timedelta(hours=hours),
        **{"reason": "maintenance", **fields},
    )


def make_user(role: str | None = None, **fields):
    if role and not Group.objects.filter(name=role, permissions__isnull=False).exists():
        sync_roles()  # the groups are made by migrate; a flushed database needs them again
    n = next(_seq)
    user = get_user_model().objects.create_user(
        username=fields.pop("username", f"user{n}"), password=PASSWORD, **fields
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_event(**fields):
    from datetime import date

    from hostcity.events.models import Event

    n = next(_seq)
    defaults = dict(
        name_en=f"Summit {n}",
        name_zh=f"峰会{n}",
        kind="summit",
        start_date=date(2030, 12, 1),
        end_date=date(2030, 12, 3),
    )
    return Event.objects.create(**{**defaults, **fields})


def make_delegation(event=None, **fields):
    from hostcity.delegations.models import Delegation

    defaults = dict(country="KAZ", head_rank=Delegation.Rank.HEAD_OF_STATE, quota=5)
    return Delegation.objects.create(event=event or make_event(), **{**defaults, **fields})


def make_delegate(delegation=None, **fields):
    from hostcity.delegations.models import Delegate

    n = next(_seq)
    defaults = dict(
        family_name=f"Family{n}",
        given_names="Given",
        name_zh=f"代表{n}",
        category="official",
        vetting="cleared",
    )
    return Delegate.objects.create(delegation=delegation or make_delegation(), **{**defaults, **fields})


def make_zone(event, code: str = "P", *, categories=("head", "official"), days=(1, 3), **fields):
    """A zone of the event open to `categories` from day days[0] to days[1] of December 2030."""
    from datetime import date

    from hostcity.delegations.models import Zone, ZoneAccess

    zone = Zone.objects.create(
        event=event, code=code, **{"name_en": f"Zone {code}", "name_zh": f"区域{code}", **fields}
    )
    for category in categories:
        ZoneAccess.objects.create(
            zone=zone, category=category, valid_from=date(2030, 12, days[0]), valid_to=date(2030, 12, days[1])
        )
    return zone


def png_upload(name: str = "photo.png", size=(60, 80)):
    """A small real PNG, as an upload."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 180, 160)).save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def sign_in(client, user):
    """Sign `user` in on a Django test client; an administrator with the second factor they must
    have (an authenticator set up, its code given this session)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from hostcity.accounts.second_factor import required_for

    client.force_login(user)
    if required_for(user):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
            user=user, name="phone", confirmed=True
        )
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return user


def totp_code(device, ahead: int = 0) -> str:
    """The code an authenticator app shows now (or `ahead` steps later) for a TOTP device."""
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += ahead * device.step
    return f"{totp.token():0{device.digits}d}"
