"""The examples in examples/ plan and validate."""

from pathlib import Path

import pytest

from hostcity.planning.problem import load_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.validate import check_plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_state_visit_plans_every_request_and_validates():
    problem = load_problem(EXAMPLES / "state-visit.yaml")
    plan = solve(problem, Options(time_limit=20, quiet=True)).plan
    assert plan["status"] == "optimal"
    assert plan["objective"]["must_scheduled"] == plan["objective"]["must_total"] == 2
    assert check_plan(problem, plan).ok


@pytest.mark.slow
def test_belt_and_road_forum_example_meets_every_must_and_validates():
    problem = load_problem(EXAMPLES / "brf-2019.yaml")
    plan = solve(problem, Options(time_limit=60, workers=2, quiet=True)).plan
    assert plan["status"] in ("optimal", "feasible")
    assert plan["objective"]["must_scheduled"] == plan["objective"]["must_total"] == 18
    assert check_plan(problem, plan).ok
    assert all(u["reason"] for u in plan["unscheduled"])
