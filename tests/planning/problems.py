"""Tiny hostcity/1 problems for the planning tests, built as Python trees."""

import copy

BASE = {
    "format": "hostcity/1",
    "name": "tiny",
    "timezone": "Asia/Shanghai",
    "slot_minutes": 15,
    "sessions": [
        {"id": "am", "start": "2030-05-01T09:00", "end": "2030-05-01T12:00"},
        {"id": "pm", "start": "2030-05-01T14:00", "end": "2030-05-01T17:00"},
    ],
    "venues": [
        {
            "id": "ghop",
            "location": {"lat": 39.9033, "lon": 116.3874},
            "rooms": [{"id": "east", "kind": "bilateral", "capacity": 40}],
        },
        {
            "id": "yanqi",
            "location": {"lat": 40.397, "lon": 116.668},
            "rooms": [{"id": "jixian", "kind": "plenary", "capacity": 300}],
        },
    ],
    "parties": [
        {"id": "host", "kind": "host", "languages": ["zh"]},
        {"id": "kaz", "languages": ["ru"]},
        {"id": "fra", "languages": ["fr"]},
        {"id": "ken", "languages": ["en", "zh"]},
    ],
    "meetings": [],
    "interpreters": [
        {"id": "i-ru", "languages": ["zh", "ru"]},
        {"id": "i-fr", "languages": ["zh", "fr"]},
    ],
}


def problem(**changes) -> dict:
    tree = copy.deepcopy(BASE)
    for key, value in changes.items():
        tree[key] = value
    return tree


def meeting(mid: str, *parties: str, minutes: int = 45, **extra) -> dict:
    return {"id": mid, "parties": list(parties), "minutes": minutes, **extra}
