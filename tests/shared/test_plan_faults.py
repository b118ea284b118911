"""The validator's faults of a moved meeting, written for a person: each fault the validator really
gives (from plans broken on purpose) matches a sentence, in English and Chinese, with names."""

from django.utils import translation

from hostcity.planning.problem import parse_problem
from hostcity.planning.validate import check_plan
from hostcity.shared.runs.plan_faults import describe_fault
from hostcity.shared.runs.reasons import Names
from tests.planning.problems import meeting, problem


def broken() -> tuple[dict, list[str]]:
    tree = problem(meetings=[
        meeting("m-kaz", "host", "kaz", title="Talks with Kazakhstan", title_zh="会见哈萨克斯坦",
                windows=[["2030-05-01T14:00", "2030-05-01T17:00"]]),
        meeting("m-ken", "host", "ken", title="Talks with Kenya"),
    ])  # fmt: skip
    tree["parties"][0]["name"], tree["parties"][0]["name_zh"] = "President", "主席"
    tree["venues"][0]["rooms"][0].update(name="East Room", name_zh="东厅", capacity=1)
    plan = {
        "format": "hostcity-plan/1", "problem": "tiny", "status": "feasible",
        "assignments": [
            {"meeting": "m-kaz", "start": "2030-05-01T09:05", "end": "2030-05-01T09:50", "venue": "ghop",
             "room": "east", "interpreters": ["i-ru"]},
            {"meeting": "m-ken", "start": "2030-05-01T09:05", "end": "2030-05-01T09:50", "venue": "ghop",
             "room": "east", "interpreters": []},
        ],
        "unscheduled": [],
    }  # fmt: skip
    return tree, check_plan(parse_problem(tree), plan).errors


def test_every_fault_of_a_broken_move_is_written_out():
    tree, faults = broken()
    assert len(faults) >= 4  # off the grid, outside windows, over capacity, the room and the president twice
    names = Names.of(tree)
    with translation.override("en"):
        written = [describe_fault(f, names, tree) for f in faults]
    assert not set(written) & set(faults), [f for f, w in zip(faults, written, strict=True) if f == w]
    text = " ".join(written)
    assert "East Room" in text and "“Talks with Kazakhstan”" in text and "President" in text
    assert "east" not in text.replace("East", "") and "m-kaz" not in text


def test_in_chinese_with_the_chinese_names():
    tree, faults = broken()
    with translation.override("zh-hans"):
        text = " ".join(describe_fault(f, Names.of(tree), tree) for f in faults)
    assert "东厅" in text and "“会见哈萨克斯坦”" in text and "主席" in text


def test_a_fault_it_does_not_know_is_kept_as_written():
    assert describe_fault("something new went wrong", Names(), {}) == "something new went wrong"
