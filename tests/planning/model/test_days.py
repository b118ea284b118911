"""A request that may fall on several days and is left out is on no day: its day literals (used by
`max_meetings_per_day` and interpreters' daily minutes) do not force it into the plan."""

from ortools.sat.python import cp_model

from hostcity.planning.model import general
from hostcity.planning.problem import parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem

TWO_MORNINGS = [
    {"id": "d1", "start": "2030-05-01T09:00", "end": "2030-05-01T11:00"},
    {"id": "d2", "start": "2030-05-02T09:00", "end": "2030-05-02T11:00"},
]


def one_a_day():
    # The host meets at most once a day over two days; three requests, any day: one is left out.
    tree = problem(
        sessions=TWO_MORNINGS,
        meetings=[
            meeting(f"m{k}", "host", guest, minutes=30) for k, guest in enumerate(["kaz", "fra", "ken"])
        ],
        interpreters=[],
    )
    tree["parties"][0]["max_meetings_per_day"] = 1
    for party in tree["parties"][1:]:
        party["languages"] = ["zh"]
    return parse_problem(tree)


def test_the_model_leaves_a_request_out_of_both_days():
    loaded = one_a_day()
    built = general.build_general(Timeline(loaded))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    assert solver.solve(built.model) == cp_model.OPTIMAL  # was INFEASIBLE: all three were forced in
    assert round(solver.objective_value) == 2 * loaded.objective.weights.normal


def test_the_plan_holds_two_and_says_why_the_third_is_not_held():
    loaded = one_a_day()
    plan = solve(loaded, Options(time_limit=10, workers=1, quiet=True, formulation="intervals")).plan
    assert plan["status"] == "optimal" and check_plan(loaded, plan).ok
    assert len(plan["assignments"]) == 2 and len(plan["unscheduled"]) == 1
