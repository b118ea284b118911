"""A family of generated summits at Belt and Road Forum / FOCAC scale, each seed a different summit:
about 100 parties (four or five host principals, 30-45 heads of state or government, ministers and
international organizations), about 300 requests of which about 20 are musts, 20-26 interpreters with
their own days and daily minutes, 10 of Beijing's venues with travel between them, 10-14 fixed
programme items (opening, banquet, roundtable, parallel forums, site visits, a cultural evening), and
the objective of the weights alone. Arrivals, departures, windows and languages vary by seed.

    python bench/summits.py --seed 3 > summit-3.json      # one problem, as hostcity/1 JSON

Used by bench/summit_compare.py; nothing here is tuned to one seed."""

import argparse
import json
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scenarios import LANGUAGES, _days, _stamp, _venues

VENUES = [
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
    "grand_canal_museum",
    "pek",
    "pkx",
]
BILATERAL = ["ghop", "diaoyutai", "beijing_hotel", "china_world_hotel", "kerry_hotel", "cncc1", "cncc2"]
HOSTS = [
    ("host-president", "President of the host country", "must"),
    ("host-premier", "Premier", "high"),
    ("host-vp", "Vice President", "high"),
    ("host-fm", "Foreign Minister", "normal"),
    ("host-mofcom", "Minister of Commerce", "normal"),
]


def _rooms_of(venues: list[dict], kind: str) -> dict[str, list[str]]:
    return {v["id"]: [r["id"] for r in v["rooms"] if r["kind"] == kind] for v in venues}


def summit(seed: int) -> dict:
    rng = random.Random(seed)
    first = date(2030, 5, 6) + timedelta(days=rng.randrange(60))
    days = [first + timedelta(days=d) for d in range(3)]
    always = ["ghop", "diaoyutai", "cncc1", "pek"]
    chosen = [*always, *rng.sample([v for v in VENUES if v not in always], 6)]
    venues = _venues(chosen)
    plenary, banquet = _rooms_of(venues, "plenary"), _rooms_of(venues, "banquet")
    hosts = HOSTS[: rng.choice([4, 5])]
    parties = [{"id": h, "name": name, "kind": "host", "languages": ["zh"]} for h, name, _ in hosts]
    parties[0]["max_meetings_per_day"] = rng.choice([10, 12])
    airports = ["pek", "pek", "pkx"] if "pkx" in chosen else ["pek"]
    leaders = [f"lead-{k:02d}" for k in range(rng.randint(30, 45))]
    for code in leaders:
        arrive = datetime.combine(days[0], datetime.min.time()) + timedelta(
            hours=rng.choice([-15, -10, 9, 13, 17])
        )
        parties.append(
            {
                "id": code,
                "kind": "delegation",
                "rank": rng.choice(["head_of_state", "head_of_government"]),
                "languages": [rng.choice([*LANGUAGES, "en", "en", "de"])],
                "size": rng.choice([6, 8, 10, 12]),
                "arrival": {
                    "time": _stamp(arrive),
                    "venue": rng.choice(airports) if len(airports) > 1 else "pek",
                },
                "departure": {
                    "time": f"{rng.choice(days[1:] + days[2:])}T{rng.choice(['18', '21'])}:00",
                    "venue": "pek",
                },
            }
        )
    others = [f"del-{k:02d}" for k in range(100 - len(parties) + rng.randint(-5, 8))]
    for code in others:
        party = {"id": code, "kind": "delegation", "rank": "minister", "size": rng.choice([3, 4, 6])}
        party["languages"] = [rng.choice(LANGUAGES)] + (["en"] if rng.random() < 0.3 else [])
        if rng.random() < 0.3:  # at the summit one or two days only
            stay = sorted(rng.sample(range(3), rng.choice([1, 2])))
            party["available"] = [[f"{days[d]}T08:00", f"{days[d]}T21:00"] for d in stay]
        parties.append(party)
    everyone = leaders + others
    fixed = _programme(rng, days, chosen, plenary, banquet, leaders, others, [h for h, _, _ in hosts])
    meetings = []
    order = leaders[:]
    rng.shuffle(order)
    musts = rng.randint(16, 22)
    by_id = {p["id"]: p for p in parties}
    for k, code in enumerate(order):  # every leader asks for the president or another principal
        host, _, priority = hosts[0] if k < musts else rng.choice(hosts[1:3])
        meetings.append(_bilateral(rng, f"{host}-{code}", [host, code], priority, 45, days))
        if priority == "must":  # a leader the president must see is in town for the summit's days
            by_id[code]["arrival"]["time"] = (
                f"{days[0] - timedelta(days=1)}T{rng.choice(['09', '15', '20'])}:00"
            )
            by_id[code]["departure"]["time"] = f"{days[2]}T21:00"
    for code in others:  # ministers meet a minister of the host
        host = rng.choice(hosts[3:]) if len(hosts) > 3 else hosts[-1]
        meetings.append(
            _bilateral(rng, f"{host[0]}-{code}", [host[0], code], rng.choice(["normal", "low"]), 30, days)
        )
    target = rng.randint(285, 315)
    pairs: set[tuple[str, str]] = set()
    while len(meetings) + len(pairs) < target:
        a, b = rng.sample(everyone, 2)
        pairs.add((min(a, b), max(a, b)))
    for a, b in sorted(pairs):
        priority = rng.choice(["high", "normal", "normal", "low", "low"])
        places = [v for v in BILATERAL if v in chosen]
        meetings.append(_bilateral(rng, f"bi-{a}-{b}", [a, b], priority, rng.choice([30, 45]), days, places))
    return {
        "format": "hostcity/1",
        "name": f"generated summit, seed {seed}",
        "timezone": "Asia/Shanghai",
        "slot_minutes": 15,
        "sessions": _days(first, 3),
        "venues": venues,
        "parties": parties,
        "fixed": fixed,
        "meetings": meetings,
        "interpreters": _interpreters(rng, days),
    }


def _bilateral(rng, mid, parties, priority, minutes, days, places=("ghop", "diaoyutai")) -> dict:
    item = {
        "id": mid,
        "parties": parties,
        "minutes": minutes,
        "priority": priority,
        "venues": list(places),
        "room_kinds": ["bilateral"],
    }
    if priority != "must" and rng.random() < 0.15:  # asked for one day
        day = rng.choice(days)
        item["windows"] = [[f"{day}T08:00", f"{day}T21:00"]]
    return item


def _programme(rng, days, chosen, plenary, banquet, leaders, others, hosts) -> list[dict]:
    """The programme: opening, banquet and roundtable for every leader and the president, then
    parallel forums, site visits and evenings for random groups, to 10-14 items."""
    leader_room = next(r for v in ("cncc1", "ghop") for r in plenary.get(v, []))
    items = [
        ("opening", leader_room, days[1], "09:30", "12:00", [hosts[0], *leaders]),
        (
            "banquet",
            (banquet.get("ghop") or [leader_room])[0],
            days[1],
            "19:30",
            "21:00",
            [hosts[0], *leaders],
        ),
        (
            "roundtable",
            leader_room,
            days[2],
            rng.choice(["10:00", "10:30"]),
            rng.choice(["15:00", "17:00"]),
            [hosts[0], *rng.sample(leaders, len(leaders) * 2 // 3)],
        ),
    ]
    rooms = [r for v in chosen for r in plenary.get(v, []) + banquet.get(v, [])]
    while len(items) < rng.randint(10, 14):
        day = rng.choice(days)
        start = rng.choice(["08:30", "09:00", "14:00", "15:00", "16:30"])
        hours = rng.choice([1, 1.5, 2])
        end = (datetime.strptime(start, "%H:%M") + timedelta(hours=hours)).strftime("%H:%M")
        group = rng.sample(others + leaders, rng.randint(4, 14)) + rng.sample(hosts[1:], 1)
        items.append((f"forum-{len(items)}", rng.choice(rooms), day, start, end, group))
    return [
        {
            "id": code,
            "title": code.replace("-", " "),
            "room": room,
            "start": f"{day}T{a}",
            "end": f"{day}T{b}",
            "parties": sorted(set(who)),
        }
        for code, room, day, a, b, who in items
    ]


def _interpreters(rng, days) -> list[dict]:
    out = []
    for lang in ["en", "ru", "fr", "ar", "es", "pt", "de"]:
        for k in range(1, {"en": 7, "ru": 4, "fr": 4}.get(lang, 2) + rng.choice([0, 1]) + 1):
            item = {
                "id": f"int-{lang}-{k}",
                "languages": ["zh", lang] + (["en"] if lang != "en" and rng.random() < 0.3 else []),
            }
            item["max_minutes_per_day"] = rng.choice([240, 300, 360, None])
            if rng.random() < 0.25:
                day = rng.choice(days)
                item["available"] = [[f"{d}T08:00", f"{d}T21:00"] for d in days if d != day]
            out.append(item)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    json.dump(summit(parser.parse_args().seed), sys.stdout, ensure_ascii=False, indent=1)
