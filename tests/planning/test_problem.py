import pytest

from hostcity.planning.problem import ProblemError, load_problem, parse_problem
from tests.planning.problems import meeting, problem


def errors_of(tree) -> list[str]:
    with pytest.raises(ProblemError) as refused:
        parse_problem(tree)
    return refused.value.errors


def test_a_valid_problem_loads():
    loaded = parse_problem(problem(meetings=[meeting("m1", "host", "kaz", priority="must")]))
    assert loaded.meetings[0].parties == ["host", "kaz"] and loaded.slot_minutes == 15


def test_every_sense_error_is_reported_at_once_with_its_path():
    tree = problem(
        meetings=[
            meeting("m1", "host", "srb"),
            meeting("m2", "host", "kaz", after=["m3"]),
            meeting("m3", "host", "kaz", after=["m2"], windows=[["2030-05-02T09:00", "2030-05-02T10:00"]]),
            meeting("m4", "host", "kaz", pinned={"start": "2030-05-01T09:05"}),
            meeting("m5", "host", "kaz", room_kinds=["banquet"]),
            meeting("m6", "host", "kaz", venues=["nowhere"]),
        ]
    )
    assert errors_of(tree) == [
        "meetings[0].parties[1]: unknown party 'srb'",
        "meetings[2].windows[0]: outside every session",
        "meetings[3].pinned.start: not on the 15-minute grid",
        "meetings[4]: no room can ever hold it (a banquet room for 2 people in ghop, yanqi)",
        "meetings[5].venues[0]: unknown venue 'nowhere'",
        "meetings[1].after: cycle m2 -> m3 -> m2",
    ]


def test_structure_errors_name_their_paths():
    tree = problem(meetings=[{"id": "m1", "parties": ["host"], "minutes": "long", "priority": "urgent"}])
    errors = errors_of(tree)
    assert any(e.startswith("meetings[0].parties: ") for e in errors)
    assert any(e.startswith("meetings[0].minutes: ") for e in errors)
    assert any(e.startswith("meetings[0].priority: ") for e in errors)


def test_sessions_that_overlap_or_leave_the_grid():
    tree = problem(
        sessions=[
            {"id": "a", "start": "2030-05-01T09:00", "end": "2030-05-01T12:00"},
            {"id": "b", "start": "2030-05-01T11:00", "end": "2030-05-01T13:10"},
        ]
    )
    assert errors_of(tree) == [
        "sessions[1]: overlaps sessions[0] ('a')",
        "sessions[1].end: not on the 15-minute grid from 2030-05-01T09:00",
    ]


def test_travel_matrix_conflicts_and_missing_locations():
    venues = problem()["venues"]
    venues[1] = {**venues[1], "location": None}
    tree = problem(venues=venues, travel={"matrix": [{"from": "ghop", "to": "x", "minutes": 5}]})
    assert errors_of(tree) == [
        "travel.matrix[0].to: unknown venue 'x'",
        "venues[1].location: missing, and travel.matrix has no minutes to ghop",
    ]


def test_bad_files(tmp_path):
    broken = tmp_path / "p.yaml"
    broken.write_text("format: [unclosed", encoding="utf-8")
    with pytest.raises(ProblemError) as refused:
        load_problem(broken)
    assert refused.value.errors[0].startswith(f"{broken}: not valid YAML")
    with pytest.raises(ProblemError) as refused:
        load_problem(tmp_path / "missing.json")
    assert "cannot read" in refused.value.errors[0]


def test_the_engine_never_imports_django():
    import subprocess
    import sys

    code = (
        "import sys, hostcity.planning.cli, hostcity.planning.solve, hostcity.planning.validate;"
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
