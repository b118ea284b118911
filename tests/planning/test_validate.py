"""The validator catches every kind of fault a plan can have."""

import copy

import pytest

from hostcity.planning.problem import parse_problem
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem

TREE = problem(
    meetings=[
        meeting("a", "host", "kaz", priority="must"),
        meeting("b", "host", "ken", priority="high", room_kinds=["bilateral"]),
        meeting("c", "fra", "ken", interpretation="none", after=["b"]),
    ]
)
GOOD = {
    "format": "hostcity-plan/1",
    "problem": "tiny",
    "status": "feasible",
    "assignments": [
        {
            "meeting": "a",
            "start": "2030-05-01T09:00",
            "end": "2030-05-01T09:45",
            "venue": "ghop",
            "room": "east",
            "interpreters": ["i-ru"],
        },
        {
            "meeting": "b",
            "start": "2030-05-01T10:00",
            "end": "2030-05-01T10:45",
            "venue": "ghop",
            "room": "east",
            "interpreters": [],
        },
        {
            "meeting": "c",
            "start": "2030-05-01T14:00",
            "end": "2030-05-01T14:45",
            "venue": "yanqi",
            "room": "jixian",
            "interpreters": [],
        },
    ],
    "unscheduled": [],
}


def check(changes) -> list[str]:
    plan = copy.deepcopy(GOOD)
    changes(plan)
    return check_plan(parse_problem(TREE), plan).errors


def test_a_good_plan_passes_and_its_objective_is_computed():
    report = check_plan(parse_problem(TREE), GOOD)
    assert report.errors == []
    assert report.objective == {
        "value": 110,
        "scheduled_weight": 110,
        "must_scheduled": 1,
        "must_total": 1,
        "total_breaks": 2,
        "total_travel_minutes": 144,
    }


def set_(index, **fields):
    def change(plan):
        plan["assignments"][index].update(fields)

    return change


@pytest.mark.parametrize(
    "change,fault",
    [
        (set_(1, start="2030-05-01T09:30", end="2030-05-01T10:15"), "room east: a and b overlap"),
        (set_(0, start="2030-05-01T09:05", end="2030-05-01T09:50"), "starts off the 15-minute grid"),
        (set_(0, end="2030-05-01T09:30"), "ends at 09:30, but lasts 45 minutes"),
        (set_(0, start="2030-05-01T11:30", end="2030-05-01T12:15"), "does not lie inside one session"),
        (set_(1, room="jixian", venue="yanqi"), "b may not be held in a plenary room"),
        (set_(0, venue="yanqi"), "room east is in venue ghop, not yanqi"),
        (set_(0, interpreters=[]), "a: needs 1 interpreter(s), has 0"),
        (set_(0, interpreters=["i-fr"]), "the interpreters do not cover the language pairs"),
        (
            set_(2, start="2030-05-01T09:45", end="2030-05-01T10:30", venue="ghop", room="east"),
            "c starts before b ends",
        ),
        (set_(2, start="2030-05-01T11:00", end="2030-05-01T11:45"), "ken: c starts before b ends plus"),
        (lambda plan: plan["assignments"].pop(0), "must meeting a is not scheduled"),
        (lambda plan: plan["assignments"].pop(2), "unscheduled meetings not listed with a reason: c"),
        (
            lambda plan: plan["assignments"].append(dict(plan["assignments"][0])),
            "meeting a is assigned twice",
        ),
        (set_(0, room="ballroom"), "unknown room 'ballroom'"),
    ],
)
def test_faults_are_found(change, fault):
    errors = check(change)
    assert any(fault in e for e in errors), errors


def test_fixed_items_clashing_with_each_other_are_facts_not_faults():
    """2.2: a closure and a programme item in one room are the problem's own clash; a plan that puts
    no meeting there is valid, one that does is not."""
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.validate import check_plan
    from tests.planning.problems import meeting, problem

    tree = problem(
        fixed=[
            {"id": "closed", "room": "east", "start": "2030-05-01T09:00", "end": "2030-05-01T12:00"},
            {"id": "photo", "room": "east", "start": "2030-05-01T10:00", "end": "2030-05-01T10:30"},
        ],
        meetings=[meeting("m", "host", "ken", priority="high")],
    )
    loaded = parse_problem(tree)
    plan = {
        "format": "hostcity-plan/1",
        "status": "feasible",
        "assignments": [
            {
                "meeting": "m",
                "start": "2030-05-01T14:00",
                "end": "2030-05-01T14:45",
                "venue": "ghop",
                "room": "east",
                "interpreters": [],
            }
        ],
        "unscheduled": [],
    }
    report = check_plan(loaded, plan)
    assert report.ok, report.errors
    plan["assignments"][0].update(start="2030-05-01T11:00", end="2030-05-01T11:45")
    assert "room east: closed and m overlap" in check_plan(loaded, plan).errors
