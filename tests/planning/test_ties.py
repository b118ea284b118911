"""Contract 3.3: among plans of equal value, fewer breaks when `breaks` weighs 0, then less travel
when `travel` weighs 0."""

import time

from hostcity.planning.figures import figures
from hostcity.planning.formulations import FORMULATIONS
from hostcity.planning.problem import parse_problem
from hostcity.planning.searches import ties
from hostcity.planning.searches.ties import settle as _settle_ties
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem


def tied_problem(**objective):
    return parse_problem(
        problem(
            objective=objective,
            slot_minutes=30,
            sessions=[{"id": "s", "start": "2030-05-01T09:00", "end": "2030-05-01T17:00"}],
            meetings=[
                meeting("a", "host", "kaz", minutes=30, priority="high"),
                meeting("b", "host", "fra", minutes=30, priority="high"),
            ],
        )
    )


def spot(timeline, minute, venue_id):
    room = next(r for r, (v, _room) in enumerate(timeline.rooms) if timeline.venue_ids[v] == venue_id)
    return (minute, room, timeline.rooms[room][0], [])


def settled_from_apart(started: float, say):
    """The tied problem, a plan with its two meetings at 9:00 at ghop and 14:00 at yanqi, and the
    tie rule run on it from `started`."""
    loaded = tied_problem()
    timeline = Timeline(loaded)
    apart = {0: spot(timeline, 0, "ghop"), 1: spot(timeline, 300, "yanqi")}
    options = Options(time_limit=10, quiet=True)
    settled = _settle_ties(loaded, timeline, FORMULATIONS["intervals"], options, apart, started, say)
    return timeline, apart, settled


def test_a_plan_with_a_break_and_travel_is_settled_to_one_without_either():
    timeline, apart, settled = settled_from_apart(time.monotonic(), print)
    before = figures(timeline, apart)
    assert before["total_breaks"] == 1 and before["total_travel_minutes"] > 0
    after = figures(timeline, settled)
    assert after["value"] == before["value"]
    assert after["total_breaks"] == 0 and after["total_travel_minutes"] == 0


def test_breaks_are_not_traded_for_value_or_against_a_weighted_objective():
    loaded = tied_problem()
    result = solve(loaded, Options(time_limit=10, quiet=True)).plan
    assert check_plan(loaded, result).ok
    assert result["objective"]["value"] == 2 * loaded.objective.weights.high
    assert result["objective"]["total_breaks"] == 0 and result["objective"]["total_travel_minutes"] == 0
    # When breaks weigh something the tie rule has nothing to add: the objective already counts them.
    weighted = tied_problem(breaks=1)
    assert "breaks" not in ties.wanted(weighted, Timeline(weighted))


def test_the_tie_rule_does_not_start_once_the_time_is_spent():
    # The time limit is a promise: with the limit already used up, the plan comes back as it was
    # (before, the rule took at least one more second and the build of a second model on top).
    said: list[str] = []
    _timeline, apart, settled = settled_from_apart(time.monotonic() - 10, said.append)
    assert settled == apart
    assert said == ["no time left for the tie rule: the plan is kept as found"]
