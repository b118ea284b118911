"""`hostcity plan` and `hostcity plan check` as a user runs them: files in, files out, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.planning.problems import meeting, problem

SHARED = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "b2b-jair2022"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "hostcity.cli", "plan", *map(str, args)], capture_output=True, text=True
    )


def write(tmp_path, tree, name="p.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(tree, allow_unicode=True), encoding="utf-8")
    return path


def test_plan_then_check(tmp_path):
    source = write(tmp_path, problem(meetings=[meeting("m", "host", "kaz", priority="must")]))
    out = tmp_path / "plan.json"
    result = run(source, "--out", out, "--time-limit", "5", "--report")
    assert result.returncode == 0, result.stderr
    plan = json.loads(out.read_text())
    assert plan["status"] == "optimal" and plan["assignments"][0]["interpreters"] == ["i-ru"]
    assert "Agenda by party" in result.stdout and "optimal: value 0, bound 0" in result.stderr
    checked = run("check", source, out)
    assert checked.returncode == 0 and json.loads(checked.stdout)["must_scheduled"] == 1


def test_invalid_problem_exits_2_and_writes_nothing(tmp_path):
    source = write(tmp_path, problem(meetings=[meeting("m", "host", "srb")]))
    out = tmp_path / "plan.json"
    result = run(source, "--out", out)
    assert result.returncode == 2 and "meetings[0].parties[1]: unknown party 'srb'" in result.stderr
    assert not out.exists()


def test_infeasible_exits_3_naming_the_conflict(tmp_path):
    sessions = [{"id": "s", "start": "2030-05-01T09:00", "end": "2030-05-01T10:00"}]
    source = write(
        tmp_path,
        problem(
            sessions=sessions,
            meetings=[
                meeting("a", "host", "ken", priority="must"),
                meeting("b", "host", "ken", priority="must"),
            ],
        ),
    )
    result = run(source, "--quiet")
    assert result.returncode == 3
    assert sorted(u["meeting"] for u in json.loads(result.stdout)["unscheduled"]) == ["a", "b"]


def test_check_refuses_a_tampered_plan(tmp_path):
    source = write(tmp_path, problem(meetings=[meeting("m", "host", "kaz", priority="must")]))
    out = tmp_path / "plan.json"
    assert run(source, "--out", out, "--quiet").returncode == 0
    plan = json.loads(out.read_text())
    plan["assignments"][0]["interpreters"] = []
    out.write_text(json.dumps(plan))
    result = run("check", source, out)
    assert result.returncode == 1 and "m: needs 1 interpreter(s), has 0" in result.stderr


def test_replan_from_an_old_plan_prints_what_moved(tmp_path):
    meetings = [meeting(f"m{k}", "host", p) for k, p in enumerate(["kaz", "fra", "ken"])]
    source = write(tmp_path, problem(meetings=meetings))
    old = tmp_path / "old.json"
    assert run(source, "--out", old, "--quiet").returncode == 0
    tree = problem(meetings=meetings)
    tree["parties"][1]["available"] = [["2030-05-01T14:00", "2030-05-01T17:00"]]
    changed = write(tmp_path, tree, "changed.yaml")
    result = run(changed, "--from", old, "--out", tmp_path / "new.json", "--quiet", "--time-limit", "5")
    assert result.returncode == 0 and "moved: m0" in result.stdout
    assert "m0: 2030-05-01 09:00 in east is no longer possible: a party's arrival" in result.stdout


@pytest.mark.skipif(not SHARED.exists(), reason="the shared benchmark files are not beside this checkout")
def test_b2b_instance_reads_and_solves_to_the_published_optimum():
    import csv

    from hostcity.planning.formats.b2b_dzn import read_dzn, to_problem
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.solve import Options, solve

    optima = {row["instance"]: row for row in csv.DictReader((SHARED / "optima.csv").open())}
    data = read_dzn((SHARED / "instances" / "tic-12.original.dzn").read_text())
    row = optima["tic-12.original"]
    assert (data["nBusiness"], data["nMeetings"], data["nTables"], data["nTotalSlots"]) == tuple(
        int(row[k]) for k in ("participants", "meetings", "tables", "slots")
    )
    solved = solve(parse_problem(to_problem(data, name="tic-12")), Options(time_limit=30, quiet=True))
    assert solved.formulation == "slots"
    assert solved.plan["status"] == "optimal"
    assert solved.plan["objective"]["total_breaks"] == int(row["optimum_total_breaks_d2"])


def test_a_broken_previous_plan_is_refused_with_its_path(tmp_path):
    source = write(tmp_path, problem(meetings=[meeting("m", "host", "ken")]))
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"assignments": [{"meeting": "m", "start": "tomorrow", "room": "east"}]}))
    out = tmp_path / "new.json"
    result = run(source, "--from", old, "--out", out)
    assert result.returncode == 2
    assert "assignments[0].start: expected a time 'YYYY-MM-DDTHH:MM', got 'tomorrow'" in result.stderr
    assert not out.exists()
