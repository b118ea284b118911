"""The bound by resources (bounds.py): never below a plan's value, and tight where one party is the
limit."""

from hypothesis import HealthCheck, given, settings

from hostcity.planning.bounds import resource_bound
from hostcity.planning.problem import ProblemError, parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from tests.planning.problems import meeting, problem
from tests.planning.test_properties import problems


def test_one_partys_free_time_bounds_the_plan():
    # The host has 09:00-12:00 and 14:00-17:00: room for eight 45-minute meetings, two of them musts.
    guests = [{"id": f"g{k}", "languages": ["zh"]} for k in range(12)]
    meetings = [meeting(f"m{k}", "host", f"g{k}", priority="must" if k < 2 else "high") for k in range(12)]
    tree = problem(parties=[{"id": "host", "kind": "host", "languages": ["zh"]}, *guests], meetings=meetings)
    loaded = parse_problem(tree)
    high = loaded.weight(loaded.meetings[5])
    assert resource_bound(Timeline(loaded), 5) == 6 * high
    plan = solve(loaded, Options(time_limit=10, workers=1, quiet=True)).plan
    assert plan["status"] == "optimal" and plan["objective"]["value"] == 6 * high
    assert plan["objective"]["bound"] == 6 * high


def test_an_interpreter_pool_bounds_the_meetings_that_need_it():
    # Ten zh-ru meetings of different parties, one Russian interpreter working 90 minutes a day.
    guests = [{"id": f"r{k}", "languages": ["ru"]} for k in range(10)]
    hosts = [{"id": f"h{k}", "languages": ["zh"]} for k in range(10)]
    tree = problem(
        parties=hosts + guests,
        interpreters=[{"id": "i-ru", "languages": ["zh", "ru"], "max_minutes_per_day": 90}],
        meetings=[meeting(f"m{k}", f"h{k}", f"r{k}", priority="normal") for k in range(10)],
    )
    loaded = parse_problem(tree)
    normal = loaded.weight(loaded.meetings[0])
    assert resource_bound(Timeline(loaded), 5) == 2 * normal


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_the_bound_is_never_below_an_optimal_plan(tree):
    try:
        loaded = parse_problem(tree)
    except ProblemError:
        return
    plan = solve(loaded, Options(time_limit=5, workers=1, quiet=True)).plan
    if plan["status"] != "optimal":
        return
    weights = sum(
        loaded.weight(m) for m in loaded.meetings if m.id in {a["meeting"] for a in plan["assignments"]}
    )
    assert resource_bound(Timeline(loaded), 5) >= weights
