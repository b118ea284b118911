"""Each constraint family of the model alone: a tiny problem it allows (planned, and the plan passes
the independent validator) and a tiny one it forbids (proven infeasible, the conflict named)."""

import pytest

from hostcity.planning.problem import parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem

HOUR = [{"id": "s", "start": "2030-05-01T09:00", "end": "2030-05-01T10:00"}]
ONE_ROOM = [{"id": "hall", "rooms": [{"id": "t1", "kind": "bilateral", "capacity": 10}]}]
TWO_VENUES = [
    {
        "id": "ghop",
        "location": {"lat": 39.9033, "lon": 116.3874},
        "rooms": [{"id": "east", "kind": "bilateral"}],
    },
    {"id": "yanqi", "location": {"lat": 40.397, "lon": 116.668}, "rooms": [{"id": "j", "kind": "bilateral"}]},
]
GUESTS = [{"id": g, "languages": ["zh"]} for g in ("a", "b", "c", "d")]


def _must(mid, *parties, minutes=30, **extra):
    return meeting(mid, *parties, minutes=minutes, priority="must", **extra)


def _rooms(allowed: bool) -> dict:
    # Two 30-minute musts of different parties in one hour: one room holds both in turn; at 45
    # minutes each they cannot both fit.
    minutes = 30 if allowed else 45
    return problem(
        sessions=HOUR,
        venues=ONE_ROOM,
        parties=GUESTS,
        interpreters=[],
        meetings=[_must("ab", "a", "b", minutes=minutes), _must("cd", "c", "d", minutes=minutes)],
    )


def _capacity(allowed: bool) -> dict:
    # Two hour-long musts of two people in one hour: both rooms seat them, or only one does.
    rooms = [{"id": "big", "capacity": 3}, {"id": "small", "capacity": 3 if allowed else 1}]
    return problem(
        sessions=HOUR,
        venues=[{"id": "hall", "rooms": rooms}],
        parties=GUESTS,
        interpreters=[],
        meetings=[_must("ab", "a", "b", minutes=60), _must("cd", "c", "d", minutes=60)],
    )


def _parties(allowed: bool) -> dict:
    # a is in both: one at a time.
    minutes = 30 if allowed else 45
    return problem(
        sessions=HOUR,
        venues=[{"id": "hall", "rooms": [{"id": "t1"}, {"id": "t2"}]}],
        parties=GUESTS,
        interpreters=[],
        meetings=[_must("ab", "a", "b", minutes=minutes), _must("ac", "a", "c", minutes=minutes)],
    )


def _per_day(allowed: bool) -> dict:
    guests = [{**GUESTS[0], "max_meetings_per_day": 2 if allowed else 1}, *GUESTS[1:]]
    return problem(parties=guests, interpreters=[], meetings=[_must("ab", "a", "b"), _must("ac", "a", "c")])


def _availability(allowed: bool) -> dict:
    late = [["2030-05-01T14:00", "2030-05-01T15:00"]]
    guests = [{**GUESTS[0], "available": late}, {**GUESTS[1], "available": late if allowed else HOUR_WINDOW}]
    return problem(parties=guests + GUESTS[2:], interpreters=[], meetings=[_must("ab", "a", "b")])


HOUR_WINDOW = [["2030-05-01T09:00", "2030-05-01T10:00"]]


def _after(allowed: bool) -> dict:
    # second after first; first is pinned late enough that second still fits — or not.
    pinned = "2030-05-01T09:00" if allowed else "2030-05-01T09:30"
    return problem(
        sessions=HOUR,
        venues=ONE_ROOM,
        parties=GUESTS,
        interpreters=[],
        meetings=[
            _must("first", "a", "b", pinned={"start": pinned}),
            _must("second", "a", "c", after=["first"]),
        ],
    )


def _pins(allowed: bool) -> dict:
    other = "2030-05-01T09:30" if allowed else "2030-05-01T09:15"
    return problem(
        sessions=HOUR,
        venues=ONE_ROOM,
        parties=GUESTS,
        interpreters=[],
        meetings=[
            _must("ab", "a", "b", pinned={"start": "2030-05-01T09:00"}),
            _must("cd", "c", "d", pinned={"start": other}),
        ],
    )


def _interpreters(allowed: bool) -> dict:
    parties = [
        {"id": "host", "languages": ["zh"]},
        {"id": "kaz", "languages": ["ru"]},
        {"id": "rus", "languages": ["ru"]},
        {"id": "vp", "languages": ["zh"]},
    ]
    minutes = 30 if allowed else 45  # one interpreter for both, one meeting at a time
    return problem(
        sessions=HOUR,
        venues=[{"id": "hall", "rooms": [{"id": "t1"}, {"id": "t2"}]}],
        parties=parties,
        interpreters=[{"id": "i-ru", "languages": ["zh", "ru"]}],
        meetings=[_must("m1", "host", "kaz", minutes=minutes), _must("m2", "vp", "rus", minutes=minutes)],
    )


def _interpreter_minutes(allowed: bool) -> dict:
    parties = [
        {"id": "host", "languages": ["zh"]},
        {"id": "kaz", "languages": ["ru"]},
        {"id": "rus", "languages": ["ru"]},
    ]
    limit = 60 if allowed else 45
    return problem(
        parties=parties,
        interpreters=[{"id": "i-ru", "languages": ["zh", "ru"], "max_minutes_per_day": limit}],
        meetings=[_must("m1", "host", "kaz"), _must("m2", "host", "rus")],
    )


def _travel(allowed: bool) -> dict:
    # a meets b in the Great Hall, then c at Yanqi Lake: the road takes more than an hour.
    second = "2030-05-01T14:00" if allowed else "2030-05-01T09:45"
    return problem(
        venues=TWO_VENUES,
        parties=GUESTS,
        interpreters=[],
        meetings=[
            _must("ab", "a", "b", venues=["ghop"], pinned={"start": "2030-05-01T09:00"}),
            _must(
                "ac",
                "a",
                "c",
                venues=["yanqi"],
                windows=[[second, "2030-05-01T17:00"]]
                if allowed
                else [["2030-05-01T09:30", "2030-05-01T10:15"]],
            ),
        ],
    )


def _fixed(allowed: bool) -> dict:
    fixed = [
        {
            "id": "photo",
            "venue": "hall",
            "start": "2030-05-01T09:00",
            "end": "2030-05-01T09:30" if allowed else "2030-05-01T10:00",
            "parties": ["a"],
        }
    ]
    return problem(
        sessions=HOUR,
        venues=ONE_ROOM,
        parties=GUESTS,
        interpreters=[],
        fixed=fixed,
        meetings=[_must("ab", "a", "b")],
    )


def _spread(allowed: bool) -> dict:
    # b's two musts are pinned an hour apart (a break); with a spread of 0, a must have one too,
    # which a's single meeting cannot give.
    return problem(
        venues=ONE_ROOM,
        parties=GUESTS,
        interpreters=[],
        objective={"breaks": 1, "max_break_spread": 1 if allowed else 0},
        meetings=[
            _must("ab", "b", "c", pinned={"start": "2030-05-01T09:00"}),
            _must("bd", "b", "d", pinned={"start": "2030-05-01T10:30"}),
        ],
    )


FAMILIES = {
    "rooms": _rooms,
    "room capacity": _capacity,
    "parties one at a time": _parties,
    "meetings a day": _per_day,
    "availability": _availability,
    "after": _after,
    "pins": _pins,
    "interpreters": _interpreters,
    "interpreter minutes": _interpreter_minutes,
    "travel": _travel,
    "fixed items": _fixed,
    "break spread": _spread,
}


def _plan(tree: dict, formulation: str) -> tuple:
    loaded = parse_problem(tree)
    return loaded, solve(loaded, Options(time_limit=10, workers=1, quiet=True, formulation=formulation)).plan


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("formulation", ["intervals", "auto"])
def test_a_problem_the_family_allows_is_planned(family, formulation):
    loaded, plan = _plan(FAMILIES[family](True), formulation)
    assert plan["status"] == "optimal", plan
    assert check_plan(loaded, plan).ok
    assert plan["objective"]["must_scheduled"] == plan["objective"]["must_total"]


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("formulation", ["intervals", "auto"])
def test_a_problem_the_family_forbids_is_proven_infeasible(family, formulation):
    _loaded, plan = _plan(FAMILIES[family](False), formulation)
    assert plan["status"] == "infeasible", plan
    assert plan["unscheduled"] and all(u["reason"] for u in plan["unscheduled"])
