"""An unscheduled request's reason comes as a code with its arguments beside the English sentence, and
a request held off by many meetings names the first few and counts the others instead of blaming
one."""

from tests.planning.problems import meeting, problem
from tests.planning.test_model import plan


def crowded(high: int) -> dict:
    sessions = [{"id": "day", "start": "2030-05-01T09:00", "end": "2030-05-01T14:00"}]  # five hours
    parties = [{"id": "host", "kind": "host", "languages": ["zh"]}] + [
        {"id": f"p{k}", "languages": ["zh"]} for k in range(high + 1)
    ]
    meetings = [meeting(f"high-{k}", "host", f"p{k}", minutes=60, priority="high") for k in range(high)]
    meetings.append(meeting("low", "host", f"p{high}", minutes=60, priority="low"))
    return problem(sessions=sessions, parties=parties, meetings=meetings)


def test_one_meeting_in_the_way_is_named():
    result = plan(
        crowded(1) | {"sessions": [{"id": "s", "start": "2030-05-01T09:00", "end": "2030-05-01T10:00"}]}
    )
    (low,) = result["unscheduled"]
    assert low["reason"] == "displaced by higher-priority meeting high-0 (host)"
    assert low["why"] == {"code": "displaced", "parties": ["host"], "meetings": ["high-0"], "others": 0}


def test_many_meetings_in_the_way_are_named_three_and_counted():
    result = plan(crowded(5))
    (low,) = result["unscheduled"]
    why = low["why"]
    assert why["code"] == "displaced" and why["parties"] == ["host"]
    assert len(why["meetings"]) == 3 and why["others"] == 2
    assert set(why["meetings"]) <= {f"high-{k}" for k in range(5)}
    assert low["reason"].startswith("host: taken by higher-priority meetings whenever it could be held (")
    assert low["reason"].endswith(" and 2 more)")
