"""The references of a problem checked on its parsed tree, before (or without) the typed model: so
that a file with structure errors also hears of its unknown parties, venues, rooms and meetings at
once. Only what is well-formed enough to read is checked; the messages are sense.py's own (a test
holds the two to the same words)."""

from __future__ import annotations


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _ids(items) -> set[str]:
    return {item["id"] for item in _list(items) if isinstance(item, dict) and isinstance(item.get("id"), str)}


def _refs(path: str, values, known: set[str], what: str) -> list[str]:
    return [
        f"{path}[{k}]: unknown {what} '{ref}'"
        for k, ref in enumerate(_list(values))
        if isinstance(ref, str) and ref not in known
    ]


def _ref(path: str, value, known: set[str], what: str) -> list[str]:
    return [f"{path}: unknown {what} '{value}'"] if isinstance(value, str) and value not in known else []


def reference_errors(tree: dict) -> list[str]:
    venues_list = [v for v in _list(tree.get("venues")) if isinstance(v, dict)]
    venues = _ids(venues_list)
    rooms = set().union(*(_ids(v.get("rooms")) for v in venues_list)) if venues_list else set()
    parties = _ids(tree.get("parties"))
    meetings = _ids(tree.get("meetings"))
    errors: list[str] = []
    travel = tree.get("travel")
    travel = travel if isinstance(travel, dict) else {}
    for i, entry in enumerate(_list(travel.get("matrix"))):
        if isinstance(entry, dict):
            for key in ("from", "to"):
                errors += _ref(f"travel.matrix[{i}].{key}", entry.get(key), venues, "venue")
    for p, party in enumerate(_list(tree.get("parties"))):
        if isinstance(party, dict):
            for key in ("arrival", "departure"):
                presence = party.get(key)
                if isinstance(presence, dict):
                    errors += _ref(f"parties[{p}].{key}.venue", presence.get("venue"), venues, "venue")
    for f, item in enumerate(_list(tree.get("fixed"))):
        if isinstance(item, dict):
            errors += _ref(f"fixed[{f}].room", item.get("room"), rooms, "room")
            errors += _ref(f"fixed[{f}].venue", item.get("venue"), venues, "venue")
            errors += _refs(f"fixed[{f}].parties", item.get("parties"), parties, "party")
    for m, meeting in enumerate(_list(tree.get("meetings"))):
        if isinstance(meeting, dict):
            path = f"meetings[{m}]"
            errors += _refs(f"{path}.parties", meeting.get("parties"), parties, "party")
            errors += _refs(f"{path}.venues", meeting.get("venues"), venues, "venue")
            errors += _refs(f"{path}.after", meeting.get("after"), meetings, "meeting")
            pinned = meeting.get("pinned")
            if isinstance(pinned, dict):
                errors += _ref(f"{path}.pinned.room", pinned.get("room"), rooms, "room")
    return errors
