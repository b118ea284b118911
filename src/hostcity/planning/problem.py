"""The hostcity/1 problem: typed schema, loading from JSON or YAML, and every error with its path.

`load_problem(path)` returns a `Problem` or raises `ProblemError` listing all that is wrong, each
message starting with the path of the offending value (`meetings[12].parties[1]: unknown party 'srb'`).
Structure and types are checked first (pydantic); then what is well-formed but senseless.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

TIME_FORMAT = "%Y-%m-%dT%H:%M"
PRIORITIES = ("must", "high", "normal", "low")
RANKS = ("head_of_state", "head_of_government", "vice_head", "minister", "head_of_organization", "other")


class ProblemError(ValueError):
    """The problem file is invalid; `errors` lists every fault with its path."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def parse_time(value) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, second=0, microsecond=0)
    if not isinstance(value, str):
        raise ValueError(f"expected a time 'YYYY-MM-DDTHH:MM', got {value!r}")
    try:
        return datetime.strptime(value.strip(), TIME_FORMAT)
    except ValueError:
        raise ValueError(f"expected a time 'YYYY-MM-DDTHH:MM', got {value!r}") from None


# A local wall-clock time written YYYY-MM-DDTHH:MM.
LocalTime = Annotated[datetime, BeforeValidator(parse_time)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Strict):
    start: LocalTime
    end: LocalTime

    @model_validator(mode="after")
    def _order(self):
        if self.end <= self.start:
            raise ValueError("the end must be after the start")
        return self


class Period(Span):
    @model_validator(mode="before")
    @classmethod
    def from_pair(cls, value):
        if isinstance(value, list | tuple):
            if len(value) != 2:
                raise ValueError("a period is [start, end]")
            return {"start": value[0], "end": value[1]}
        return value


class Session(Span):
    id: str


class MatrixEntry(Strict):
    from_: str = Field(alias="from")
    to: str
    minutes: int = Field(ge=0)


class Travel(Strict):
    speed_kmh: float = Field(35, gt=0)
    detour: float = Field(1.4, gt=0)
    minimum_minutes: int = Field(10, ge=0)
    matrix: list[MatrixEntry] = []


class Location(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Room(Strict):
    id: str
    kind: str = "other"
    capacity: int | None = Field(None, ge=0)
    name: str | None = None
    name_zh: str | None = None


class Venue(Strict):
    id: str
    name: str | None = None
    name_zh: str | None = None
    location: Location | None = None
    open: list[Period] | None = None
    rooms: list[Room] = []


class Presence(Strict):
    time: LocalTime
    venue: str


class Party(Strict):
    id: str
    name: str | None = None
    name_zh: str | None = None
    kind: Literal["host", "delegation", "organization", "company", "person"] = "delegation"
    rank: Literal[RANKS] | None = None  # type: ignore[valid-type]
    took_office: date | None = None
    languages: list[str] = []
    size: int = Field(1, ge=1)
    available: list[Period] | None = None
    arrival: Presence | None = None
    departure: Presence | None = None
    max_meetings_per_day: int | None = Field(None, ge=0)


class Fixed(Span):
    id: str
    title: str | None = None
    room: str | None = None
    venue: str | None = None
    parties: list[str] = []

    @model_validator(mode="after")
    def _check(self):
        if (self.room is None) == (self.venue is None):
            raise ValueError("give either a room or a venue")
        return self


class Pinned(Strict):
    start: LocalTime
    room: str | None = None


class Meeting(Strict):
    id: str
    parties: list[str] = Field(min_length=2)
    minutes: int = Field(gt=0)
    priority: Literal[PRIORITIES] = "normal"  # type: ignore[valid-type]
    weight: int | None = Field(None, gt=0)
    venues: list[str] | None = None
    room_kinds: list[str] | None = None
    windows: list[Period] | None = None
    after: list[str] = []
    interpretation: Literal["auto", "none"] | list[tuple[str, str]] = "auto"
    pinned: Pinned | None = None
    title: str | None = None


class Interpreter(Strict):
    id: str
    languages: list[str] = Field(min_length=2)
    available: list[Period] | None = None
    max_minutes_per_day: int | None = Field(None, ge=0)
    name: str | None = None


class Weights(Strict):
    high: int = Field(100, ge=0)
    normal: int = Field(10, ge=0)
    low: int = Field(1, ge=0)


class Objective(Strict):
    weights: Weights = Weights()
    breaks: int = Field(0, ge=0)
    max_break_spread: int | None = Field(None, ge=0)
    travel: int = Field(0, ge=0)


class Problem(Strict):
    format: Literal["hostcity/1"]
    name: str = "unnamed"
    timezone: str = "UTC"
    slot_minutes: int = Field(gt=0)
    sessions: list[Session] = Field(min_length=1)
    travel: Travel = Travel()
    venues: list[Venue] = Field(min_length=1)
    parties: list[Party] = []
    fixed: list[Fixed] = []
    meetings: list[Meeting] = []
    interpreters: list[Interpreter] = []
    objective: Objective = Objective()

    def weight(self, meeting: Meeting) -> int:
        """What scheduling the meeting is worth (3.1): nothing for a must, which ignores any weight; a
        pinned meeting of another priority keeps its weight (it is always scheduled, so always counts)."""
        if meeting.priority == "must":
            return 0
        if meeting.weight is not None:
            return meeting.weight
        return getattr(self.objective.weights, meeting.priority)


def _path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("function-after", "function-before", "tagged-union") or str(part).startswith(
            ("function-", "literal[", "list[", "tuple[")
        ):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out or "(top)"


def _structure_errors(exc: ValidationError) -> list[str]:
    errors = []
    for error in exc.errors():
        loc = tuple(
            p for p in error["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function")))
        )
        message = error["msg"].removeprefix("Value error, ")
        errors.append(f"{_path(loc)}: {message}")
    return sorted(set(errors), key=errors.index)


def parse_problem(data) -> Problem:
    """Check a parsed tree; raise ProblemError with every fault."""
    if not isinstance(data, dict):
        raise ProblemError(["(top): a problem is a mapping with format: hostcity/1"])
    try:
        problem = Problem.model_validate(data)
    except ValidationError as exc:
        raise ProblemError(_structure_errors(exc)) from None
    from hostcity.planning.sense import sense_errors

    errors = sense_errors(problem)
    if errors:
        raise ProblemError(errors)
    return problem


def load_problem(path: str | Path) -> Problem:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError([f"{path}: cannot read ({exc.strerror})"]) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise ProblemError(
            [f"{path}: not valid {'JSON' if path.suffix.lower() == '.json' else 'YAML'}: {exc}"]
        ) from None
    return parse_problem(data)
