"""The smallest conflict among the musts (searches/conflict.py): deletion by halves on the plain model,
each kept set proven impossible, each dropped must proven not needed."""

import sys
from pathlib import Path

import pytest
from ortools.sat.python import cp_model

from hostcity.planning import formulations
from hostcity.planning.formats.b2b_dzn import read_dzn, to_problem
from hostcity.planning.options import Options
from hostcity.planning.problem import parse_problem
from hostcity.planning.searches import conflict
from hostcity.planning.searches.feasibility import feasibility_solve
from hostcity.planning.solve import solve
from hostcity.planning.timeline import Timeline

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "benchmarks" / "b2b-jair2022"


def tiny(requested, slots_, forbidden=None):
    participants = max(max(a, b) for a, b, _ in requested)
    data = {
        "nBusiness": participants,
        "nMeetings": len(requested),
        "nTables": 3,
        "nTotalSlots": slots_,
        "nMorningSlots": slots_,
        "requested": [list(r) for r in requested],
        "forbidden": [set((forbidden or {}).get(p, ())) for p in range(1, participants + 1)],
    }
    return parse_problem(to_problem(data, name="tiny", fairness=2))


# b1 meets b2, b3, b4 in two slots (one too many); b5-b8 meet freely and have nothing to do with it.
CROWDED = [(1, 2, 3), (1, 3, 3), (1, 4, 3), (5, 6, 3), (6, 7, 3), (7, 8, 3), (5, 8, 3)]


def can_meet(timeline, musts, form="slots"):
    built = formulations.FORMULATIONS[form].build(conflict.only_these(timeline, set(musts)))
    status, _ = feasibility_solve(built, 10, 1)
    return status


@pytest.mark.parametrize("form", ["slots", "intervals"])
def test_without_assumptions_deletion_still_finds_the_smallest_conflict(monkeypatch, form):
    # When CP-SAT under assumptions names nothing in its time (as on problems whose plain model alone
    # is strong), every must is the first set and deletion has to find the three alone.
    monkeypatch.setattr(
        conflict, "_assumed_core", lambda timeline, *_: sorted(f.index for f in timeline.frames)
    )
    timeline = Timeline(tiny(CROWDED, 2))
    found = conflict.smallest_conflict(timeline, form, Options(time_limit=20, workers=1))
    assert sorted(u["meeting"] for u in found) == ["m1", "m2", "m3"]
    assert not any("time ran out" in u["reason"] for u in found)


def test_the_kept_set_is_impossible_and_each_must_in_it_is_needed():
    timeline = Timeline(tiny(CROWDED, 2))
    found = conflict.smallest_conflict(timeline, "slots", Options(time_limit=20, workers=1))
    index = {f.meeting.id: f.index for f in timeline.frames}
    kept = [index[u["meeting"]] for u in found]
    assert can_meet(timeline, kept) == cp_model.INFEASIBLE
    for i in kept:
        assert can_meet(timeline, [j for j in kept if j != i]) in (cp_model.OPTIMAL, cp_model.FEASIBLE)


def test_only_these_keeps_what_a_must_comes_after_as_a_request():
    problem = tiny([(1, 2, 3), (1, 3, 3), (2, 3, 3)], 3)
    timeline = Timeline(problem)
    timeline.frames[1].meeting.after.append("m1")  # m2 after m1
    sub = conflict.only_these(timeline, {1})
    assert [f.must for f in sub.frames] == [False, True, False]
    assert sub.frames[0].possible and not sub.frames[2].possible  # m1 may be held, m3 never
    assert can_meet(timeline, [1]) in (cp_model.OPTIMAL, cp_model.FEASIBLE)


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.exists(), reason="the shared benchmark files are not beside this checkout")
def test_a_crafted_variant_whose_assumptions_say_nothing_gets_a_small_conflict_in_its_time():
    # forum-14 with 0.7 % of participant-slots forbidden (bench/b2b_variants.py, seed 1): the plain
    # model proves it impossible in a fraction of a second, the model with assumptions not in 30 s.
    # Before deletion on the plain model, the plan named all 302 meetings, "not the smallest".
    sys.path.insert(0, str(ROOT / "bench"))
    from b2b_variants import variant

    data = read_dzn((SHARED / "instances" / "forum-14.original.dzn").read_text())
    problem = parse_problem(to_problem(variant(data, "F0.7", 1), name="forum-14-F0.7-1"))
    # A generous limit (it ends as soon as the conflict is the smallest: about 4 s here, alone).
    plan = solve(problem, Options(time_limit=60, workers=2, quiet=True)).plan
    assert plan["status"] == "infeasible"
    assert len(plan["unscheduled"]) <= 20
    assert not any("time ran out" in u["reason"] for u in plan["unscheduled"])


def pinned_apart(fairness):
    # b1 meets b2..b5 pinned at slots 1, 4, 7 and 10 of 10, with nothing else to fill the gaps:
    # three breaks; b6 and b7 meet once (no break), so the fairness bound allows `fairness`.
    requested = [(1, 2, 3), (1, 3, 3), (1, 4, 3), (1, 5, 3), (6, 7, 3)]
    data = {
        "nBusiness": 7,
        "nMeetings": len(requested),
        "nTables": 3,
        "nTotalSlots": 10,
        "nMorningSlots": 10,
        "requested": [list(r) for r in requested],
        "forbidden": [set() for _ in range(7)],
        "fixed": [1, 4, 7, 10, 0],
    }
    return parse_problem(to_problem(data, name="pinned-apart", fairness=fairness))


def test_pins_that_leave_more_breaks_than_the_fairness_bound_are_refused_without_search():
    plan = solve(pinned_apart(2), Options(time_limit=20, workers=1, quiet=True)).plan
    assert plan["status"] == "infeasible"
    assert sorted(u["meeting"] for u in plan["unscheduled"]) == ["m1", "m2", "m3", "m4"]
    assert all("at least 3 breaks; the fairness bound allows 2" in u["reason"] for u in plan["unscheduled"])


def test_the_same_pins_within_the_bound_are_planned():
    plan = solve(pinned_apart(3), Options(time_limit=20, workers=1, quiet=True)).plan
    assert plan["status"] == "optimal" and plan["objective"]["total_breaks"] == 3
