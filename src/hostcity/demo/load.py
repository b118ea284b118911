"""Load the demo: functional areas, the real venues of the reference file, plausible rooms, a few weeks
of bookings and closures, and one user per role. Running it again changes nothing that is there."""

import csv
import json
import random
from datetime import datetime, time, timedelta
from importlib.resources import files

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.contrib.staticfiles import finders
from django.db import transaction
from django.utils import timezone

from hostcity.accounts.roles import ROLES, sync_roles
from hostcity.demo.areas import AREA_DISTRICTS, AREAS, VENUE_AREAS
from hostcity.demo.delegations import load_delegations
from hostcity.demo.directory import load_directory
from hostcity.demo.glossary import load_glossary
from hostcity.demo.notes import without_notes
from hostcity.demo.platforms import load_matchmaking
from hostcity.demo.registry import load_organizations
from hostcity.demo.rooms import ROOMS_BY_CATEGORY
from hostcity.indicators.seed import seed as seed_indicators
from hostcity.venues.booking import BookingError, book_room, close_place
from hostcity.venues.models import Booking, Closure, FunctionalArea, Room, Venue

DEMO_PASSWORD = "hostcity-demo-2026"
CATEGORY = {"culture_subcentre": "culture", "olympic_legacy": "stadium"}
SECURITY = {
    "state_ceremonial": "state",
    "state_guesthouse": "state",
    "summit_retreat": "high",
    "airport": "high",
    "embassy": "high",
    "embassy_area": "elevated",
}
PURPOSES = [
    ("Bilateral talks", "双边会谈"),
    ("Working lunch", "工作午餐"),
    ("Press briefing", "新闻吹风会"),
    ("Rehearsal", "彩排"),
    ("Security walk-through", "安保踏勘"),
    ("Forum session", "论坛分会"),
    ("Delegation reception", "代表团接待"),
    ("Signing ceremony", "签约仪式"),
]


def _reference_rows() -> list[dict]:
    text = files("hostcity.demo").joinpath("data/beijing_venues.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _districts() -> list[dict]:
    """The shipped schematic districts: adcode, names in both languages, outline."""
    with open(finders.find("venues/districts/beijing.geojson"), encoding="utf-8") as fh:
        return json.load(fh)["features"]


def _district(row: dict, english: dict[str, str]) -> str:
    expected = row["district_expected_from_sources"].split(" ")[0]
    name = expected if expected in english else row["district_by_polygon"]
    return f"{english[name]} {name}" if name in english else ""


def load_areas() -> dict[str, FunctionalArea]:
    outlines = {f["properties"]["adcode"]: f["geometry"] for f in _districts()}
    areas = {}
    for code, kind, name_en, name_zh, colour, desc_en, desc_zh in AREAS:
        outline = None
        if code in AREA_DISTRICTS:
            polygons = [poly for adcode in AREA_DISTRICTS[code] for poly in outlines[adcode]["coordinates"]]
            outline = {"type": "MultiPolygon", "coordinates": polygons}
        areas[code], _ = FunctionalArea.objects.update_or_create(
            code=code,
            defaults=dict(
                kind=kind,
                name_en=name_en,
                name_zh=name_zh,
                colour=colour,
                description_en=desc_en,
                description_zh=desc_zh,
                outline=outline,
            ),
        )
    return areas


def load_venues(areas: dict[str, FunctionalArea]) -> list[Venue]:
    english = {f["properties"]["name_zh"]: f["properties"]["name_en"] for f in _districts()}
    venues = []
    for row in _reference_rows():
        category = CATEGORY.get(row["category"], row["category"])
        capacity = int(row["capacity_max_persons"]) if row["capacity_max_persons"] else None
        venue, _ = Venue.objects.update_or_create(
            code=row["id"],
            defaults=dict(
                name_en=row["name_en"],
                name_zh=row["name_zh"],
                category=category,
                area=areas.get(VENUE_AREAS.get(row["id"], "")),
                district=_district(row, english),
                latitude=float(row["lat"]),
                longitude=float(row["lon"]),
                coordinate_quality=row["coord_quality"],
                capacity=capacity,
                facilities=without_notes("; ".join(part for part in (row["capacity"], row["uses"]) if part)),
                security_level=SECURITY.get(category, "standard"),
                sources=without_notes(f"{row['sources']} (coordinates: {row['coord_source']})"),
            ),
        )
        for name_en, name_zh, kind, room_capacity, booths, equipment in ROOMS_BY_CATEGORY.get(category, []):
            if kind == "other" and category == "stadium" and capacity:
                room_capacity = capacity
            Room.objects.get_or_create(
                venue=venue,
                name_en=name_en,
                defaults=dict(
                    name_zh=name_zh,
                    kind=kind,
                    capacity=room_capacity,
                    interpretation_booths=booths,
                    equipment=equipment,
                ),
            )
        venues.append(venue)
    return venues


def load_users(stdout=None) -> list[tuple[str, str]]:
    sync_roles()
    validate_password(DEMO_PASSWORD)
    users = []
    model = get_user_model()
    for role in ROLES:
        user, created = model.objects.get_or_create(
            username=role.slug,
            defaults={
                "is_staff": role.slug == "administrator",
                "email": f"{role.slug}@demo.hostcity.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(Group.objects.get(name=role.slug))
        users.append((role.slug, str(role.label)))
    return users


def load_bookings(seed: int = 2026) -> int:
    """About five weeks of bookings around today, through the booking rules, plus two closures."""
    if Booking.objects.exists():
        return 0
    rng = random.Random(seed)
    booker = get_user_model().objects.get(username="venue_manager")
    today = timezone.localdate()
    tz = timezone.get_current_timezone()
    yanqi = Venue.objects.filter(code="yanqi_iccc").first()
    if yanqi and not Closure.objects.exists():
        start = datetime.combine(today + timedelta(days=12), time(6), tz)
        close_place(
            venue=yanqi,
            start=start,
            end=start + timedelta(days=3),
            reason="security_lockdown",
            note="Leaders' summit preparation",
        )
    rooms = list(Room.objects.exclude(kind="exhibition").order_by("pk"))
    made = 0
    for offset in range(-7, 28):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for room in rng.sample(rooms, k=min(len(rooms), 9)):
            hour = rng.choice([9, 10, 11, 14, 15, 16])
            start = datetime.combine(day, time(hour), tz)
            purpose_en, purpose_zh = rng.choice(PURPOSES)
            try:
                made += len(
                    book_room(
                        room,
                        start=start,
                        end=start + timedelta(minutes=rng.choice([45, 60, 90])),
                        purpose=f"{purpose_en} / {purpose_zh}",
                        by=booker,
                        status=rng.choice(["confirmed", "confirmed", "tentative"]),
                    )
                )
            except BookingError:
                continue
    return made


@transaction.atomic
def load_demo() -> dict:
    areas = load_areas()
    venues = load_venues(areas)
    users = load_users()
    bookings = load_bookings()
    summit = load_delegations()
    load_organizations()
    matchmaking = load_matchmaking()
    indicators = seed_indicators()
    load_directory()
    glossary = load_glossary()
    return {
        "glossary": glossary,
        "matchmaking": matchmaking,
        "indicators": indicators,
        "delegations": summit["delegations"],
        "requests": summit.get("requests", 0),
        "scheduled": summit.get("scheduled", 0),
        "badges": summit["badges"],
        "areas": len(areas),
        "venues": len(venues),
        "rooms": Room.objects.count(),
        "users": users,
        "new_bookings": bookings,
    }
