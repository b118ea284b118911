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
import yaml.composer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from hostcity.planning.limits import MAX_COUNT, MAX_MINUTES, MAX_WEIGHT, Limits, size_errors
from hostcity.planning.references import reference_errors

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
    minutes: int = Field(ge=0, le=MAX_MINUTES)


class Travel(Strict):
    speed_kmh: float = Field(35, gt=0, le=10_000, allow_inf_nan=False)
    detour: float = Field(1.4, gt=0, le=100, allow_inf_nan=False)
    minimum_minutes: int = Field(10, ge=0, le=MAX_MINUTES)
    matrix: list[MatrixEntry] = []


class Location(Strict):
    lat: float = Field(ge=-90, le=90, allow_inf_nan=False)
    lon: float = Field(ge=-180, le=180, allow_inf_nan=False)


class Room(Strict):
    id: str
    kind: str = "other"
    capacity: int | None = Field(None, ge=0, le=MAX_COUNT)
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
    size: int = Field(1, ge=1, le=MAX_COUNT)
    available: list[Period] | None = None
    arrival: Presence | None = None
    departure: Presence | None = None
    max_meetings_per_day: int | None = Field(None, ge=0, le=MAX_COUNT)


class Fixed(Span):
    id: str
    title: str | None = None
    title_zh: str | None = None
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
    minutes: int = Field(gt=0, le=MAX_MINUTES)
    priority: Literal[PRIORITIES] = "normal"  # type: ignore[valid-type]
    weight: int | None = Field(None, gt=0, le=MAX_WEIGHT)
    venues: list[str] | None = None
    room_kinds: list[str] | None = None
    windows: list[Period] | None = None
    after: list[str] = []
    interpretation: Literal["auto", "none"] | list[tuple[str, str]] = "auto"
    pinned: Pinned | None = None
    title: str | None = None
    title_zh: str | None = None


class Interpreter(Strict):
    id: str
    languages: list[str] = Field(min_length=2)
    available: list[Period] | None = None
    max_minutes_per_day: int | None = Field(None, ge=0, le=24 * 60)
    name: str | None = None


class Weights(Strict):
    high: int = Field(100, ge=0, le=MAX_WEIGHT)
    normal: int = Field(10, ge=0, le=MAX_WEIGHT)
    low: int = Field(1, ge=0, le=MAX_WEIGHT)


class Objective(Strict):
    weights: Weights = Weights()
    breaks: int = Field(0, ge=0, le=MAX_WEIGHT)
    max_break_spread: int | None = Field(None, ge=0, le=MAX_COUNT)
    travel: int = Field(0, ge=0, le=MAX_WEIGHT)


class Problem(Strict):
    format: Literal["hostcity/1"]
    name: str = "unnamed"
    timezone: str = "UTC"
    slot_minutes: int = Field(gt=0, le=24 * 60)
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


def _slot_errors(problem: Problem, limits: Limits) -> list[str]:
    slots = sum((s.end - s.start).total_seconds() // 60 // problem.slot_minutes for s in problem.sessions)
    if slots > limits.slots:
        return [
            f"sessions: {int(slots)} slots of {problem.slot_minutes} minutes; at most {limits.slots} are "
            "accepted (HOSTCITY_PLAN_MAX_SLOTS)"
        ]
    return []


def parse_problem(data, limits: Limits | None = None) -> Problem:
    """Check a parsed tree; raise ProblemError with every fault: sizes first (before anything is
    built), then structure and references together, then what is well-formed but senseless."""
    if not isinstance(data, dict):
        raise ProblemError(["(top): a problem is a mapping with format: hostcity/1"])
    limits = limits or Limits()
    too_big = size_errors(data, limits)
    if too_big:
        raise ProblemError(too_big)
    try:
        problem = Problem.model_validate(data)
    except ValidationError as exc:
        errors = _structure_errors(exc) + reference_errors(data)
        raise ProblemError(sorted(set(errors), key=errors.index)) from None
    from hostcity.planning.sense import sense_errors

    errors = _slot_errors(problem, limits)
    if errors:
        raise ProblemError(errors)
    errors = sense_errors(problem)
    if errors:
        raise ProblemError(errors)
    return problem


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without anchors and aliases: a problem needs none, and aliases can make a small file
    expand to billions of values ("billion laughs")."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not accepted in a problem file", event.start_mark
            )
        return super().compose_node(parent, index)


def read_tree(path: str | Path, *, what: str = "file", most_bytes: int | None = None):
    """A JSON or YAML file's parsed tree; ProblemError naming the path for anything that is not one:
    unreadable, too large, not UTF-8, not JSON/YAML, nested too deep, numbers too long to read."""
    path = Path(path)
    most_bytes = most_bytes or Limits().bytes
    try:
        size = path.stat().st_size
        if size > most_bytes:
            raise ProblemError([f"{path}: {size} bytes; a {what} of at most {most_bytes} bytes is accepted"])
        raw = path.read_bytes()
    except OSError as exc:
        raise ProblemError([f"{path}: cannot read ({exc.strerror})"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
    try:
        return json.loads(text) if kind == "JSON" else yaml.load(text, Loader=_NoAliasLoader)
    except RecursionError:
        raise ProblemError([f"{path}: nested too deeply to read as {kind}"]) from None
    except (ValueError, yaml.YAMLError) as exc:  # JSONDecodeError is a ValueError; so is an int too long
        raise ProblemError([f"{path}: not valid {kind}: {exc}"]) from None


def load_problem(path: str | Path, limits: Limits | None = None) -> Problem:
    limits = limits or Limits()
    return parse_problem(read_tree(path, what="problem", most_bytes=limits.bytes), limits)
