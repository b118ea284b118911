"""The planner's command on hostile files: exit 2 with a message naming the path, never a
traceback; sizes checked before any model is built; every error of a problem at once (finding 8)."""

import json
import subprocess
import sys

import pytest
import yaml

from hostcity.planning import cli
from hostcity.planning.problem import Problem, ProblemError, parse_problem
from hostcity.planning.sense import sense_errors
from tests.planning.problems import meeting, problem


def plan(capsys, *args) -> tuple[int, str]:
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    return code, capsys.readouterr().err


HOSTILE = {
    "garbage.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe garbage",
    "garbage.json": bytes(range(256)),
    "deep.json": b"[" * 100_000,
    "deep.yaml": b"[" * 100_000,
    "deep-map.yaml": b"a:\n" + b"".join(b" " * k + b"a:\n" for k in range(1, 3000)),
    "long-int.json": b'{"format": "hostcity/1", "slot_minutes": ' + b"9" * 5000 + b"}",
    "laughs.yaml": b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nmeetings: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "not-a-mapping.yaml": b"- 1\n- 2\n",
    "empty.yaml": b"",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_exits_2_naming_its_path(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    out = tmp_path / "plan.json"
    code, err = plan(capsys, path, "--out", out, "--quiet")
    assert code == 2, err
    assert "Traceback" not in err and err.strip()
    assert str(path) in err or err.startswith("(top)")
    assert not out.exists()


def _tree(**over):
    tree = problem(meetings=[meeting("m", "host", "kaz")])
    tree.update(over)
    return tree


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"slot_minutes": 10**400}, "slot_minutes: Input should be less than or equal to 1440"),
        ({"slot_minutes": float("inf")}, "slot_minutes:"),
        ({"travel": {"speed_kmh": float("nan")}}, "travel.speed_kmh:"),
        ({"objective": {"weights": {"high": 10**30}}}, "objective.weights.high:"),
    ],
)
def test_numbers_beyond_any_real_problem_are_errors_with_their_path(tmp_path, capsys, over, message):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(_tree(**over)))
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and message in err and "Traceback" not in err


def test_a_million_meetings_is_refused_before_anything_is_built(tmp_path, capsys, monkeypatch):
    path = tmp_path / "big.json"
    tree = _tree()
    tree["meetings"] = [{"id": f"m{k}", "parties": ["host", "kaz"], "minutes": 30} for k in range(1_000_000)]
    path.write_text(json.dumps(tree))
    built = []
    monkeypatch.setattr(Problem, "model_validate", lambda *a, **k: built.append(1))
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and "meetings: 1000000 entries; at most 100000 are accepted" in err
    assert built == []


def test_the_limits_are_settings(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(_tree()))
    monkeypatch.setenv("HOSTCITY_PLAN_MAX_PARTIES", "1")
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and "parties: 4 entries; at most 1 are accepted (HOSTCITY_PLAN_MAX_PARTIES)" in err
    monkeypatch.setenv("HOSTCITY_PLAN_MAX_PARTIES", "lots")
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and "HOSTCITY_PLAN_MAX_PARTIES='lots': expected a whole number" in err
    monkeypatch.delenv("HOSTCITY_PLAN_MAX_PARTIES")
    monkeypatch.setenv("HOSTCITY_PLAN_MAX_BYTES", "10")
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and "a problem of at most 10 bytes is accepted" in err


def test_years_of_one_minute_slots_are_refused(tmp_path, capsys):
    path = tmp_path / "p.json"
    tree = _tree(slot_minutes=1)
    tree["sessions"] = [{"id": "s", "start": "2000-01-01T00:00", "end": "2099-01-01T00:00"}]
    path.write_text(json.dumps(tree))
    code, err = plan(capsys, path, "--quiet")
    assert code == 2 and "slots of 1 minutes; at most 20000 are accepted" in err


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0", "1e9", "soon"])
def test_a_time_limit_that_is_no_time_is_refused(tmp_path, capsys, value):
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(_tree()))
    code, err = plan(capsys, path, "--time-limit", value)
    assert code == 2 and "--time-limit" in err


@pytest.mark.parametrize("name", ["garbage.json", "deep.json", "laughs.yaml"])
def test_hostile_plan_files_exit_2(tmp_path, capsys, name):
    source = tmp_path / "p.yaml"
    source.write_text(yaml.safe_dump(_tree()))
    bad = tmp_path / name
    bad.write_bytes(HOSTILE[name])
    code, err = plan(capsys, "check", source, bad)
    assert code == 2 and str(bad) in err and "Traceback" not in err
    code, err = plan(capsys, source, "--from", bad, "--quiet")
    assert code == 2 and str(bad) in err


def test_every_error_at_once_structure_and_references():
    tree = _tree()
    tree["meetings"] = [
        {"id": "m1", "parties": ["host", "srb"], "minutes": "long"},  # a structure error and a reference
        {"id": "m2", "parties": ["host", "kaz"], "minutes": 30, "after": ["m9"]},
    ]
    with pytest.raises(ProblemError) as caught:
        parse_problem(tree)
    errors = caught.value.errors
    assert any(e.startswith("meetings[0].minutes:") for e in errors)
    assert "meetings[0].parties[1]: unknown party 'srb'" in errors
    assert "meetings[1].after[0]: unknown meeting 'm9'" in errors


def test_the_tree_and_the_typed_checks_say_the_same_words():
    from hostcity.planning.references import reference_errors

    tree = _tree()
    tree["meetings"] = [meeting("m1", "host", "srb", venues=["nowhere"], after=["m7"])]
    tree["fixed"] = [
        {
            "id": "f",
            "start": "2030-12-01T09:00",
            "end": "2030-12-01T10:00",
            "room": "attic",
            "parties": ["zz"],
        }
    ]
    typed = sense_errors(Problem.model_validate(tree))
    found = reference_errors(tree)
    assert found and set(found) <= set(typed)


def test_no_traceback_from_the_installed_command(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_bytes(HOSTILE["deep.yaml"])
    done = subprocess.run(
        [sys.executable, "-m", "hostcity.cli", "plan", str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr and str(path) in done.stderr


@pytest.mark.parametrize(
    ("plan_tree", "fault"),
    [
        ({"assignments": "x"}, "assignments: expected a list"),
        ({"assignments": [1]}, "assignments[0]: expected a mapping"),
        (
            {"assignments": [{"meeting": [], "start": "2030-12-01T09:00"}]},
            "assignments[0].meeting: expected text",
        ),
        ({"assignments": [{"meeting": "m", "start": {}}]}, "assignments[0].start: expected a time"),
        ({"objective": 5}, "objective: expected a mapping"),
        ({"unscheduled": [{"meeting": {}}]}, "unscheduled[0]: expected a mapping with a meeting id"),
    ],
)
def test_a_plan_of_the_wrong_shape_is_refused_with_its_path(tmp_path, capsys, plan_tree, fault):
    source = tmp_path / "p.yaml"
    source.write_text(yaml.safe_dump(_tree()))
    bad = tmp_path / "plan.json"
    bad.write_text(json.dumps(plan_tree))
    code, err = plan(capsys, "check", source, bad)
    assert code == 2 and f"{bad}: {fault}" in err and "Traceback" not in err
