"""Rooms every meeting sees alike are one choice in the interval model (model/rooms.py): the class
holds as many meetings at a time as it has rooms, and rooms are dealt out when the plan is read."""

from hostcity.planning.model import general, rooms
from hostcity.planning.problem import parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.timeline import Timeline
from hostcity.planning.validate import check_plan
from tests.planning.problems import meeting, problem

HOUR = [{"id": "s", "start": "2030-05-01T09:00", "end": "2030-05-01T10:00"}]
GUESTS = [{"id": g, "languages": ["zh"]} for g in "abcdefgh"]


def hotel(*rooms_, fixed=()):
    tree = problem(
        sessions=HOUR,
        venues=[{"id": "hotel", "rooms": [{"id": r, "kind": "bilateral", "capacity": 10} for r in rooms_]}],
        parties=GUESTS,
        interpreters=[],
        meetings=[
            meeting(f"m{k}", a, b, minutes=60, priority="must") for k, (a, b) in enumerate(["ab", "cd", "ef"])
        ],
    )
    tree["fixed"] = list(fixed)
    return tree


def test_rooms_alike_form_a_class_and_a_room_with_a_fixed_item_does_not():
    timeline = Timeline(parse_problem(hotel("r1", "r2", "r3")))
    assert {tuple(c) for c in rooms.classes(timeline).values()} == {(0, 1, 2)}
    busy = {"id": "press", "room": "r3", "start": "2030-05-01T09:00", "end": "2030-05-01T09:30"}
    timeline = Timeline(parse_problem(hotel("r1", "r2", "r3", fixed=[busy])))
    assert {tuple(c) for c in rooms.classes(timeline).values()} == {(0, 1)}


def test_a_class_holds_as_many_meetings_at_once_as_it_has_rooms():
    for count, status in ((3, "optimal"), (2, "infeasible")):
        loaded = parse_problem(hotel(*[f"r{k}" for k in range(count)]))
        plan = solve(loaded, Options(time_limit=10, workers=1, quiet=True, formulation="intervals")).plan
        assert plan["status"] == status
        if status == "optimal":
            assert check_plan(loaded, plan).ok
            assert len({a["room"] for a in plan["assignments"]}) == 3  # one room each, all at 09:00


def test_the_model_chooses_a_class_not_a_room():
    built = general.build_general(Timeline(parse_problem(hotel("r1", "r2", "r3"))))
    assert all(len(mv.room_literals) == 1 for mv in built.meetings)
    plain = general.build_general(Timeline(parse_problem(hotel("r1", "r2", "r3"))), alike_rooms=False)
    assert all(len(mv.room_literals) == 3 for mv in plain.meetings)


def test_dealing_keeps_a_meeting_in_the_room_it_is_preferred_in():
    timeline = Timeline(parse_problem(hotel("r1", "r2", "r3")))
    built = general.build_general(timeline)
    placed = {0: (0, 0, 0, []), 1: (0, 0, 0, []), 2: (0, 0, 0, [])}  # all in the class's first room
    built.preferred = {2: 0, 1: 2}
    dealt = rooms.dealt(built, placed)
    assert dealt[2][1] == 0 and dealt[1][1] == 2 and dealt[0][1] == 1
