"""Party runs (model/blocks.py) and the bottom-up search for break-only problems (climb.py): tiny
problems that must be feasible or infeasible, and random ones where the climb must agree with the
interval formulation, which knows nothing of runs."""

import threading
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from hostcity.planning.formats.b2b_dzn import to_problem
from hostcity.planning.model import blocks, slots
from hostcity.planning.problem import parse_problem
from hostcity.planning.searches import climb
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan


def b2b(requested, *, tables=2, slots_=6, morning=None, forbidden=None, fairness=2):
    """A matchmaking problem in the B2B benchmark's terms (1-based participants and slots)."""
    participants = max(max(a, b) for a, b, _ in requested)
    data = {
        "nBusiness": participants,
        "nMeetings": len(requested),
        "nTables": tables,
        "nTotalSlots": slots_,
        "nMorningSlots": morning or slots_,
        "requested": [list(r) for r in requested],
        "forbidden": [set(forbidden.get(p, ())) if forbidden else set() for p in range(1, participants + 1)],
    }
    return parse_problem(to_problem(data, name="tiny-b2b", fairness=fairness))


def runs_allow(problem, limits, most_breaks):
    sm = slots.build_slots(Timeline(problem))
    blocks.add_blocks(sm, limits)
    sm.model.add(sm.breaks <= most_breaks)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    return solver.solve(sm.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)


# b1 meets b2, b3, b4; slot 2 is forbidden to b1, so its three meetings in slots 1, 3, 4 need a break.
HOLE = [(1, 2, 3), (1, 3, 3), (1, 4, 3)]


def test_one_run_cannot_span_a_forbidden_slot():
    problem = b2b(HOLE, slots_=4, forbidden={1: [2]})
    assert not runs_allow(problem, {p: 1 for p in range(4)}, most_breaks=4)
    assert runs_allow(problem, {0: 2, 1: 1, 2: 1, 3: 1}, most_breaks=1)
    assert not runs_allow(problem, {0: 2, 1: 1, 2: 1, 3: 1}, most_breaks=0)


def test_runs_share_the_tables_seats():
    # Three pairs, one table, three slots: one meeting a slot. b1 meets b2 and b3, b4 meets b5:
    # b1's two meetings are consecutive only if b4-b5 takes the first or the last slot.
    problem = b2b([(1, 2, 3), (1, 3, 3), (4, 5, 3)], tables=1, slots_=3)
    assert runs_allow(problem, {p: 1 for p in range(5)}, most_breaks=0)
    # With b4-b5 forbidden the edges, b1 must wait in between.
    problem = b2b([(1, 2, 3), (1, 3, 3), (4, 5, 3)], tables=1, slots_=3, forbidden={4: [1, 3]})
    assert not runs_allow(problem, {p: 1 for p in range(5)}, most_breaks=4)
    assert runs_allow(problem, {0: 2, 1: 1, 2: 1, 3: 1, 4: 1}, most_breaks=1)


def test_climb_applies_to_break_only_problems_of_musts():
    assert climb.applies(Timeline(b2b(HOLE, slots_=4)))
    tree = to_problem(
        {
            "nBusiness": 2,
            "nMeetings": 1,
            "nTables": 1,
            "nTotalSlots": 2,
            "nMorningSlots": 2,
            "requested": [[1, 2, 3]],
        },
        name="x",
    )
    tree["meetings"][0]["priority"] = "high"
    assert not climb.applies(Timeline(parse_problem(tree)))


def test_one_break_is_found_party_by_party_and_proven_optimal():
    sm = slots.build_slots(Timeline(b2b(HOLE, slots_=4, forbidden={1: [2]})))
    climber = climb.Climb(sm, say=lambda line: None)
    status, placed = climber.ask(1, 5.0, only={0})
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and len(placed) == 3
    status, _ = climber.ask(1, 5.0, only={1})  # b2 may break, but b1 is the one who must
    assert status == cp_model.INFEASIBLE
    status, placed = climber._party_by_party(1, deadline=time.monotonic() + 20)
    assert placed is not None


def test_solve_climbs_to_the_optimum_and_the_validator_agrees():
    problem = b2b(HOLE, slots_=4, forbidden={1: [2]})
    plan = solve(problem, Options(time_limit=20, workers=2, quiet=True)).plan
    assert plan["status"] == "optimal"
    assert plan["objective"]["total_breaks"] == 1 and plan["objective"]["bound"] == -1
    assert check_plan(problem, plan).ok


def test_musts_that_cannot_all_fit_are_reported_as_a_conflict():
    # b1 has three meetings and two slots: no plan at any number of breaks.
    problem = b2b(HOLE, slots_=2)
    plan = solve(problem, Options(time_limit=20, workers=2, quiet=True)).plan
    assert plan["status"] == "infeasible"
    assert {u["meeting"] for u in plan["unscheduled"]} == {"m1", "m2", "m3"}


def test_one_worker_climbs_then_searches_from_above():
    problem = b2b(HOLE, slots_=4, forbidden={1: [2]})
    plan = solve(problem, Options(time_limit=20, workers=1, quiet=True)).plan
    assert plan["status"] == "optimal" and plan["objective"]["total_breaks"] == 1


@st.composite
def matchmaking(draw):
    participants = draw(st.integers(3, 6))
    pairs = [(a, b) for a in range(1, participants + 1) for b in range(a + 1, participants + 1)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=2, max_size=8, unique=True))
    slots_ = draw(st.integers(4, 7))
    morning = draw(st.sampled_from([slots_, slots_ // 2]))
    sessions = st.sampled_from([3, 3, 1, 2]) if morning < slots_ else st.just(3)
    requested = [(a, b, draw(sessions)) for a, b in chosen]
    forbidden = {
        p: draw(st.lists(st.integers(1, slots_), max_size=2, unique=True)) for p in range(1, participants + 1)
    }
    return b2b(
        requested,
        tables=draw(st.integers(1, 3)),
        slots_=slots_,
        morning=morning,
        forbidden=forbidden,
        fairness=draw(st.sampled_from([0, 1, 2, 5])),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(matchmaking())
def test_climb_agrees_with_the_interval_formulation(problem):
    climbed = solve(problem, Options(time_limit=20, workers=2, quiet=True)).plan
    general = solve(problem, Options(time_limit=20, workers=2, quiet=True, formulation="intervals")).plan
    assert climbed["status"] == general["status"]
    if climbed["status"] == "optimal":
        assert climbed["objective"]["total_breaks"] == general["objective"]["total_breaks"]
        assert check_plan(problem, climbed).ok


def test_a_plan_never_reports_a_bound_below_its_value_when_time_runs_out():
    # Optional requests (weights) at few tables, and almost no time: the solver may stop before it
    # has a bound; the first-come-first-served plan is returned and its bound must still hold.
    tree = to_problem(
        {
            "nBusiness": 12,
            "nMeetings": 30,
            "nTables": 3,
            "nTotalSlots": 8,
            "nMorningSlots": 8,
            "requested": [
                [1 + k % 12, 1 + (k * 5 + 3) % 12, 3] for k in range(30) if k % 12 != (k * 5 + 3) % 12
            ],
        },
        name="rushed",
    )
    tree["meetings"] = [dict(m, priority="normal") for m in tree["meetings"]]
    tree["objective"] = {"breaks": 1}
    problem = parse_problem(tree)
    for seconds in (0.001, 0.05, 5):
        plan = solve(problem, Options(time_limit=seconds, workers=2, quiet=True)).plan
        value, bound = plan["objective"]["value"], plan["objective"].get("bound")
        assert bound is None or bound >= value
        assert (plan["status"] == "optimal") == (bound == value)


def test_the_hunter_alone_finds_a_plan_and_proves_it_optimal():
    """The second worker asks above the climb's level; with nothing between, it asks the climb's own
    question: here it finds the one-break plan, proves no plan has none, and stops."""
    problem = b2b(HOLE, slots_=4, forbidden={1: [2]})
    found = []
    climber = climb.Climb(
        slots.build_slots(Timeline(problem)), lambda line: None, ceiling=lambda: min(found, default=None)
    )
    timeline = climber.timeline

    def offer(placed):
        from hostcity.planning.figures import party_breaks

        found.append(sum(party_breaks(timeline, placed).values()))

    hunter = threading.Thread(target=climber.hunt, args=(time.monotonic() + 3600, offer), daemon=True)
    hunter.start()
    hunter.join(timeout=60)
    stopped = not hunter.is_alive()
    climber.stop()
    assert stopped  # by itself, once its plan was proven optimal (the deadline is an hour away)
    assert found and min(found) == 1
    assert climber.lower == 1
