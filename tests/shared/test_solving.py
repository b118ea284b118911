"""The engine in a process of its own: its lines and plan come back; a stop ends it at once."""

import time

from hostcity.shared.runs.solving import solve_apart
from tests.planning.problems import meeting, problem


def endless(connection, problem, time_limit, previous):  # a child that never finishes by itself
    connection.send(("line", "thinking"))
    time.sleep(600)


def test_lines_and_the_plan_come_back():
    tree = problem(meetings=[meeting("m", "host", "ken", priority="must")])
    lines = []
    outcome = solve_apart(tree, time_limit=5, previous=None, on_line=lines.append, should_stop=lambda: False)
    assert outcome.plan["status"] == "optimal" and outcome.plan["assignments"][0]["meeting"] == "m"
    assert any("optimal" in line for line in lines) and not outcome.stopped


def test_a_stop_ends_the_child_at_once():
    asked = []

    def stop_after_a_second() -> bool:
        asked.append(time.monotonic())
        return len(asked) >= 2

    started = time.monotonic()
    lines = []
    outcome = solve_apart(
        {},
        time_limit=600,
        previous=None,
        on_line=lines.append,
        should_stop=stop_after_a_second,
        target=endless,
    )
    assert outcome.stopped and outcome.plan is None
    assert time.monotonic() - started < 20 and lines == ["thinking"]


def test_a_child_that_fails_is_reported():
    outcome = solve_apart(
        {"format": "nonsense"},
        time_limit=5,
        previous=None,
        on_line=lambda line: None,
        should_stop=lambda: False,
    )
    assert outcome.plan is None and "ProblemError" in outcome.error
