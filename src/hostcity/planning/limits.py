"""How big a problem the engine takes: checked on the file and its parsed tree before any model is
built, so a hostile or mistaken file gets exit 2 with a message instead of running until killed.

Each limit is an environment variable with a default sized for the largest cases the product is
built for (a trade fair's matchmaking day: thousands of companies, tens of thousands of requests)."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field

# Numbers inside a problem: beyond these nothing real lies, and CP-SAT's 64-bit sums stay safe.
MAX_MINUTES = 7 * 24 * 60  # a meeting, a travel time, a day's work: at most a week
MAX_WEIGHT = 10**9  # a meeting's worth, an objective's coefficient
MAX_COUNT = 100_000  # a party's size, meetings a day


class Limits(BaseModel):
    model_config = ConfigDict(frozen=True)

    bytes: int = Field(100 * 2**20, gt=0)  # the problem file
    meetings: int = Field(100_000, gt=0)
    parties: int = Field(20_000, gt=0)
    venues: int = Field(1_000, gt=0)
    rooms: int = Field(5_000, gt=0)  # over all venues
    interpreters: int = Field(2_000, gt=0)
    fixed: int = Field(5_000, gt=0)
    slots: int = Field(20_000, gt=0)  # slot_minutes steps over all sessions

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, each overridden by HOSTCITY_PLAN_MAX_<NAME> (e.g. HOSTCITY_PLAN_MAX_MEETINGS)."""
        values = {}
        for name in cls.model_fields:
            raw = os.environ.get(f"HOSTCITY_PLAN_MAX_{name.upper()}")
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise ValueError(
                        f"HOSTCITY_PLAN_MAX_{name.upper()}={raw!r}: expected a whole number"
                    ) from None
        return cls(**values)


def _length(tree: dict, key: str) -> int:
    value = tree.get(key)
    return len(value) if isinstance(value, list) else 0


def size_errors(tree: dict, limits: Limits) -> list[str]:
    """What in the parsed tree is over the limits (each message names its path)."""
    errors = []
    for key in ("meetings", "parties", "venues", "interpreters", "fixed"):
        count, most = _length(tree, key), getattr(limits, key)
        if count > most:
            errors.append(
                f"{key}: {count} entries; at most {most} are accepted (HOSTCITY_PLAN_MAX_{key.upper()})"
            )
    venues: list = tree["venues"] if isinstance(tree.get("venues"), list) else []
    rooms = sum(_length(v, "rooms") for v in venues if isinstance(v, dict))
    if rooms > limits.rooms:
        errors.append(
            f"venues: {rooms} rooms in all; at most {limits.rooms} are accepted (HOSTCITY_PLAN_MAX_ROOMS)"
        )
    return errors
