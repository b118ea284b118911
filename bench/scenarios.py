"""Seeded hostcity/1 problems at four scales, built from the reference facts (real venues, the shape
of the Belt and Road Forum 2019 and FOCAC 2018 programmes). Each function returns a problem tree."""

import csv
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hostcity.demo.rooms import ROOMS_BY_CATEGORY  # noqa: E402  (plain data, no Django)

CATEGORY = {"culture_subcentre": "culture", "olympic_legacy": "stadium"}
LANGUAGES = ["en", "fr", "ru", "ar", "es", "pt"]
BRF_LEADERS = {  # the 37 countries of the 2019 leaders' roundtable, with a working language
    "aut": "de",
    "aze": "ru",
    "blr": "ru",
    "brn": "en",
    "khm": "en",
    "chl": "es",
    "cyp": "en",
    "cze": "en",
    "dji": "fr",
    "egy": "ar",
    "eth": "en",
    "grc": "en",
    "hun": "en",
    "idn": "en",
    "ita": "en",
    "kaz": "ru",
    "ken": "en",
    "kgz": "ru",
    "lao": "en",
    "mys": "en",
    "mng": "en",
    "moz": "pt",
    "mmr": "en",
    "npl": "en",
    "pak": "en",
    "png": "en",
    "phl": "en",
    "prt": "pt",
    "rus": "ru",
    "srb": "en",
    "sgp": "en",
    "che": "fr",
    "tjk": "ru",
    "tha": "en",
    "are": "ar",
    "uzb": "ru",
    "vnm": "en",
}


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _venues(codes: list[str]) -> list[dict]:
    rows = {
        r["id"]: r
        for r in csv.DictReader((ROOT / "src/hostcity/demo/data/beijing_venues.csv").open(encoding="utf-8"))
    }
    venues = []
    for code in codes:
        row = rows[code]
        category = CATEGORY.get(row["category"], row["category"])
        rooms = [
            {"id": f"{code}-{k}", "kind": kind, "capacity": capacity, "name": name_en, "name_zh": name_zh}
            for k, (name_en, name_zh, kind, capacity, _booths, _eq) in enumerate(
                ROOMS_BY_CATEGORY.get(category, [])
            )
        ]
        venues.append(
            {
                "id": code,
                "name": row["name_en"],
                "name_zh": row["name_zh"],
                "location": {"lat": float(row["lat"]), "lon": float(row["lon"])},
                "rooms": rooms,
            }
        )
    return venues


def _days(first: date, count: int, am=("08:00", "12:30"), pm=("14:00", "21:00")) -> list[dict]:
    sessions = []
    for d in range(count):
        day = first + timedelta(days=d)
        for label, (a, b) in (("am", am), ("pm", pm)):
            sessions.append({"id": f"{day:%m%d}-{label}", "start": f"{day}T{a}", "end": f"{day}T{b}"})
    return sessions


def _interpreters(rng, counts: dict[str, int]) -> list[dict]:
    return [
        {"id": f"int-{lang}-{k}", "languages": ["zh", lang], "max_minutes_per_day": 360}
        for lang, n in counts.items()
        for k in range(1, n + 1)
    ]


def _summit(
    seed: int,
    *,
    name,
    first_day,
    leaders: dict,
    others: int,
    must_with_president: int,
    per_day_limit: int,
    extra_pairs: int,
    roundtable_room: str = "yanqi_iccc-0",
) -> dict:
    rng = random.Random(seed)
    venues = _venues(
        [
            "ghop",
            "diaoyutai",
            "yanqi_iccc",
            "sunrise_kempinski",
            "cncc1",
            "cncc2",
            "beijing_hotel",
            "china_world_hotel",
            "kerry_hotel",
            "ciec_new2",
            "pek",
            "pkx",
        ]
    )
    day = [first_day + timedelta(days=d) for d in range(3)]
    sessions = _days(first_day, 3)
    host = [
        {
            "id": "host-president",
            "name": "President of the host country",
            "kind": "host",
            "languages": ["zh"],
            "max_meetings_per_day": per_day_limit,
        },
        {"id": "host-premier", "name": "Premier", "kind": "host", "languages": ["zh"]},
        {"id": "host-fm", "name": "Foreign Minister", "kind": "host", "languages": ["zh"]},
    ]
    parties = list(host)
    for code, lang in leaders.items():
        arrive = datetime.combine(
            day[0] - timedelta(days=rng.choice([1, 1, 0])), datetime.min.time()
        ) + timedelta(hours=rng.choice([9, 13, 17, 20]))
        parties.append(
            {
                "id": code,
                "kind": "delegation",
                "rank": rng.choice(["head_of_state", "head_of_government"]),
                "languages": [lang],
                "size": rng.choice([6, 8, 10, 12]),
                "arrival": {"time": _stamp(arrive), "venue": rng.choice(["pek", "pek", "pkx"])},
                "departure": {"time": f"{day[2] + timedelta(days=rng.choice([0, 1]))}T21:00", "venue": "pek"},
            }
        )
    for k in range(others):
        parties.append(
            {
                "id": f"del-{k:02d}",
                "kind": "delegation",
                "rank": "minister",
                "languages": [rng.choice(LANGUAGES)],
                "size": rng.choice([3, 4, 6]),
            }
        )
    leader_ids = list(leaders)
    fixed = [
        {
            "id": "opening",
            "title": "Opening ceremony",
            "room": "cncc1-0",
            "start": f"{day[1]}T09:30",
            "end": f"{day[1]}T12:00",
            "parties": ["host-president", *leader_ids],
        },
        {
            "id": "banquet",
            "title": "Welcome banquet",
            "room": "ghop-1",
            "start": f"{day[1]}T19:30",
            "end": f"{day[1]}T21:00",
            "parties": ["host-president", *leader_ids],
        },
        {
            "id": "roundtable",
            "title": "Leaders' roundtable",
            "room": roundtable_room,
            "start": f"{day[2]}T10:30",
            "end": f"{day[2]}T17:00",
            "parties": ["host-president", *leader_ids],
        },
    ]
    meetings = []
    order = leader_ids[:]
    rng.shuffle(order)
    for k, code in enumerate(order):
        if k < must_with_president:
            meetings.append(
                {
                    "id": f"pres-{code}",
                    "parties": ["host-president", code],
                    "minutes": 45,
                    "priority": "must",
                    "venues": ["ghop", "diaoyutai"],
                    "room_kinds": ["bilateral"],
                }
            )
        else:
            meetings.append(
                {
                    "id": f"prem-{code}",
                    "parties": ["host-premier", code],
                    "minutes": 40,
                    "priority": "high",
                    "venues": ["ghop", "diaoyutai"],
                    "room_kinds": ["bilateral"],
                }
            )
    for k in range(others):
        meetings.append(
            {
                "id": f"fm-{k:02d}",
                "parties": ["host-fm", f"del-{k:02d}"],
                "minutes": 30,
                "priority": "normal",
                "venues": ["diaoyutai", "ghop"],
                "room_kinds": ["bilateral"],
            }
        )
    everyone = leader_ids + [f"del-{k:02d}" for k in range(others)]
    pairs = set()
    while len(pairs) < extra_pairs:
        a, b = rng.sample(everyone, 2)
        pairs.add(tuple(sorted((a, b))))
    for a, b in sorted(pairs):
        meetings.append(
            {
                "id": f"bi-{a}-{b}",
                "parties": [a, b],
                "minutes": rng.choice([30, 45]),
                "priority": rng.choice(["normal", "low", "low"]),
                "venues": ["cncc1", "cncc2", "china_world_hotel", "kerry_hotel", "beijing_hotel"],
            }
        )
    return {
        "format": "hostcity/1",
        "name": name,
        "timezone": "Asia/Shanghai",
        "slot_minutes": 15,
        "sessions": sessions,
        "venues": venues,
        "parties": parties,
        "fixed": fixed,
        "meetings": meetings,
        "interpreters": _interpreters(rng, {"en": 8, "ru": 3, "fr": 3, "ar": 2, "es": 1, "pt": 2, "de": 1}),
    }


def brf(seed: int) -> dict:
    """Belt and Road Forum scale: 37 leaders and 60 other delegations, 3 days, about 300 requests."""
    return _summit(
        seed,
        name="Belt and Road Forum scale (generated)",
        first_day=date(2019, 4, 25),
        leaders=BRF_LEADERS,
        others=60,
        must_with_president=18,
        per_day_limit=11,
        extra_pairs=180,
    )


def brf_travel(seed: int) -> dict:
    """The Belt and Road Forum problem with motorcade minutes and idle gaps weighed: a low-priority
    meeting is worth 100 minutes on the road, a high one 1,000, a break 5."""
    tree = brf(seed)
    tree["name"] = "Belt and Road Forum scale, travel and breaks weighed (generated)"
    tree["objective"] = {"weights": {"high": 1000, "normal": 300, "low": 100}, "travel": 1, "breaks": 5}
    return tree


def focac(seed: int) -> dict:
    """FOCAC scale: 54 delegations. The host held 29 bilaterals in three days, up to 11 a day; with this
    programme (opening, banquet, a day-long roundtable) 25 presidential musts fit, the rest are high."""
    rng = random.Random(seed)
    leaders = {f"af{k:02d}": rng.choice(["fr", "en", "en", "pt", "ar"]) for k in range(54)}
    return _summit(
        seed,
        name="FOCAC scale (generated)",
        first_day=date(2018, 9, 2),
        leaders=leaders,
        others=0,
        must_with_president=25,
        per_day_limit=11,
        extra_pairs=80,
        roundtable_room="ghop-0",
    )


def state_visit(seed: int) -> dict:
    rng = random.Random(seed)
    venues = _venues(["ghop", "diaoyutai", "pek", "cncc1"])
    parties = [
        {"id": "host-president", "kind": "host", "languages": ["zh"]},
        {"id": "host-premier", "kind": "host", "languages": ["zh"]},
        {"id": "host-npc", "kind": "host", "languages": ["zh"]},
        {
            "id": "fra",
            "kind": "delegation",
            "rank": "head_of_state",
            "languages": ["fr"],
            "size": 12,
            "arrival": {"time": "2030-04-06T20:00", "venue": "pek"},
            "departure": {"time": "2030-04-08T18:00", "venue": "pek"},
        },
        {"id": "fra-business", "kind": "organization", "languages": ["fr", "en"], "size": 30},
    ]
    fixed = [
        {
            "id": "welcome",
            "title": "Welcome ceremony",
            "venue": "ghop",
            "start": "2030-04-07T10:00",
            "end": "2030-04-07T10:30",
            "parties": ["host-president", "fra"],
        },
        {
            "id": "banquet",
            "title": "State banquet",
            "room": "ghop-1",
            "start": "2030-04-07T19:00",
            "end": "2030-04-07T21:00",
            "parties": ["host-president", "fra"],
        },
    ]
    meetings = [
        {
            "id": "talks",
            "title": "Talks",
            "parties": ["host-president", "fra"],
            "minutes": 90,
            "priority": "must",
            "venues": ["ghop"],
            "room_kinds": ["bilateral"],
            "after": [],
        },
        {
            "id": "premier",
            "parties": ["host-premier", "fra"],
            "minutes": 45,
            "priority": "must",
            "venues": ["ghop"],
        },
        {"id": "npc", "parties": ["host-npc", "fra"], "minutes": 30, "priority": "high", "venues": ["ghop"]},
        {
            "id": "business",
            "parties": ["fra", "fra-business", "host-premier"],
            "minutes": 60,
            "priority": "normal",
            "venues": ["cncc1"],
            "room_kinds": ["other", "plenary"],
        },
        {
            "id": "tea",
            "parties": ["host-president", "fra"],
            "minutes": 60,
            "priority": "high",
            "venues": ["diaoyutai"],
            "windows": [["2030-04-08T08:00", "2030-04-08T12:30"]],
        },
    ]
    rng.shuffle(meetings)
    return {
        "format": "hostcity/1",
        "name": "State visit (generated)",
        "timezone": "Asia/Shanghai",
        "slot_minutes": 15,
        "sessions": _days(date(2030, 4, 7), 2),
        "venues": venues,
        "parties": parties,
        "fixed": fixed,
        "meetings": meetings,
        "interpreters": _interpreters(rng, {"fr": 2, "en": 1}),
    }


def matchmaking(seed: int, companies: int = 2000, requests: int = 10000, tables: int = 150) -> dict:
    """A trade fair's matchmaking: two days of 30-minute slots at 150 tables."""
    rng = random.Random(seed)
    days = [date(2030, 9, 2), date(2030, 9, 3)]
    sessions = _days(days[0], 2, am=("09:00", "12:30"), pm=("14:00", "18:00"))
    parties = []
    for k in range(companies):
        party = {"id": f"c{k:04d}", "kind": "company"}
        if rng.random() < 0.3:
            d = rng.choice(days)
            party["available"] = [[f"{d}T09:00", f"{d}T18:00"]]
        parties.append(party)
    load = [0] * companies
    meetings, seen = [], set()
    while len(meetings) < requests:
        a, b = rng.randrange(companies), rng.randrange(companies)
        if a == b or (min(a, b), max(a, b)) in seen or load[a] >= 12 or load[b] >= 12:
            continue
        seen.add((min(a, b), max(a, b)))
        load[a] += 1
        load[b] += 1
        meetings.append(
            {
                "id": f"r{len(meetings):05d}",
                "parties": [f"c{a:04d}", f"c{b:04d}"],
                "minutes": 30,
                "priority": rng.choices(["high", "normal", "low"], [2, 6, 2])[0],
            }
        )
    return {
        "format": "hostcity/1",
        "name": "Matchmaking day (generated)",
        "timezone": "Asia/Shanghai",
        "slot_minutes": 30,
        "sessions": sessions,
        "venues": [
            {
                "id": "hall",
                "name": "Exhibition hall",
                "rooms": [{"id": f"t{k:03d}", "kind": "table"} for k in range(tables)],
            }
        ],
        "parties": parties,
        "meetings": meetings,
    }


SCENARIOS = {
    "state-visit": state_visit,
    "brf": brf,
    "brf-travel": brf_travel,
    "focac": focac,
    "matchmaking": matchmaking,
}
