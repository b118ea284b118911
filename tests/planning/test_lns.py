"""The search by parts (lns.py): a part is planned with the rest held exactly where it is, and the
search climbs from a poor plan to the best one."""

import time

from ortools.sat.python import cp_model

from hostcity.planning.figures import fair, figures
from hostcity.planning.model.general import build_general, placements
from hostcity.planning.plan import plan_document
from hostcity.planning.problem import parse_problem
from hostcity.planning.searches import lns
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem

THREE = [
    meeting("a", "host", "ken"),
    meeting("b", "host", "kaz", interpretation="none"),
    meeting("c", "host", "fra", interpretation="none"),
]


def timeline_of(tree) -> Timeline:
    return Timeline(parse_problem(tree))


def minute(timeline: Timeline, hhmm: str) -> int:
    return timeline.slot_starts[0] + (int(hhmm[:2]) - 9) * 60 + int(hhmm[3:])


def poor_plan(timeline: Timeline) -> dict:
    """a at the Great Hall at 09:00, b at Yanqi Lake at 14:00 (a drive of about 2.5 hours between
    them), c left out: valid, and far from the best."""
    ghop, yanqi = timeline.venue_ids.index("ghop"), timeline.venue_ids.index("yanqi")
    east, jixian = timeline.room_index["east"], timeline.room_index["jixian"]
    return {0: (minute(timeline, "09:00"), east, ghop, []), 1: (minute(timeline, "14:00"), jixian, yanqi, [])}


def test_a_part_is_planned_with_the_rest_held_where_it_is():
    timeline = timeline_of(problem(meetings=THREE, objective={"travel": 1}))
    placed = poor_plan(timeline)
    built = build_general(lns.narrowed(timeline, placed, free={2}))
    solver = cp_model.CpSolver()
    assert solver.solve(built.model) == cp_model.OPTIMAL
    result = placements(built, solver)
    assert result[0] == placed[0] and result[1] == placed[1]  # held, though moving them would pay
    # c fits before the drive (at the Great Hall) or after it (at Yanqi Lake): either way one drive.
    drive = figures(timeline, placed)["total_travel_minutes"]
    assert 2 in result and figures(timeline, result)["total_travel_minutes"] == drive


def test_a_meeting_left_out_and_not_freed_stays_out():
    timeline = timeline_of(problem(meetings=THREE))
    placed = poor_plan(timeline)
    built = build_general(lns.narrowed(timeline, placed, free={0}))
    solver = cp_model.CpSolver()
    assert solver.solve(built.model) == cp_model.OPTIMAL
    assert set(placements(built, solver)) == {0, 1}


def test_the_search_climbs_from_a_poor_plan_to_the_best():
    tree = problem(meetings=THREE, objective={"travel": 1})
    loaded = parse_problem(tree)
    timeline = Timeline(loaded)
    placed = poor_plan(timeline)
    before = figures(timeline, placed)
    assert before["total_travel_minutes"] > 100 and before["value"] < 0
    search = lns.Search(
        timeline,
        lambda candidate: figures(timeline, candidate)["value"],
        lambda candidate: fair(timeline, candidate),
        seed=3,
    )
    best, value = search.run(placed, time.monotonic() + 30, ceiling=30)
    assert value == 30  # all three held, at one venue: no travel
    assert figures(timeline, best)["total_travel_minutes"] == 0
    assert set(best) == {0, 1, 2} and search.improved >= 1
    plan = plan_document(timeline, best, "feasible", None, 0.0, [])
    assert check_plan(loaded, plan).ok


def test_the_search_stops_when_asked():
    timeline = timeline_of(problem(meetings=THREE, objective={"travel": 1}))
    placed = poor_plan(timeline)
    stop = lns.threading.Event()
    stop.set()
    search = lns.Search(timeline, lambda c: figures(timeline, c)["value"], lambda c: True)
    best, _ = search.run(placed, time.monotonic() + 30, stop=stop)
    assert best == placed and search.rounds == 0
