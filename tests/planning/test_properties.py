"""Random small problems: every plan the engine writes validates, and the objective it reports is the
validator's, field by field."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostcity.planning.problem import ProblemError, parse_problem
from hostcity.planning.solve import Options, solve
from hostcity.planning.validate import check_plan

LANGUAGES = ["zh", "ru", "fr", "en"]
VENUES = [
    {"id": "a", "location": {"lat": 39.90, "lon": 116.39}},
    {"id": "b", "location": {"lat": 39.92, "lon": 116.33}},
]


@st.composite
def problems(draw):
    n_parties = draw(st.integers(2, 4))
    parties = [
        {
            "id": f"p{k}",
            "languages": draw(st.lists(st.sampled_from(LANGUAGES), min_size=0, max_size=2, unique=True)),
            "max_meetings_per_day": draw(st.one_of(st.none(), st.integers(1, 3))),
        }
        for k in range(n_parties)
    ]
    venues = []
    for v in range(draw(st.integers(1, 2))):
        rooms = [
            {
                "id": f"{VENUES[v]['id']}{r}",
                "kind": draw(st.sampled_from(["bilateral", "plenary"])),
                "capacity": draw(st.sampled_from([2, 3, 10])),
            }
            for r in range(draw(st.integers(1, 2)))
        ]
        venues.append({**VENUES[v], "rooms": rooms})
    meetings = []
    for m in range(draw(st.integers(1, 6))):
        who = draw(st.lists(st.integers(0, n_parties - 1), min_size=2, max_size=3, unique=True))
        item = {
            "id": f"m{m}",
            "parties": [f"p{k}" for k in who],
            "minutes": draw(st.sampled_from([15, 30, 45])),
            "priority": draw(st.sampled_from(["must", "high", "normal", "low", "low"])),
        }
        if draw(st.booleans()):
            item["windows"] = [
                ["2030-05-01T09:00", draw(st.sampled_from(["2030-05-01T10:00", "2030-05-01T11:00"]))]
            ]
        if m and draw(st.integers(0, 4)) == 0:
            item["after"] = [f"m{m - 1}"]
        if draw(st.integers(0, 5)) == 0:  # decided by a person: it splits its parties' days
            item["pinned"] = {"start": draw(st.sampled_from(["2030-05-01T09:30", "2030-05-01T11:30"]))}
        meetings.append(item)
    interpreters = [
        {
            "id": f"i{k}",
            "languages": draw(st.lists(st.sampled_from(LANGUAGES), min_size=2, max_size=3, unique=True)),
            "max_minutes_per_day": draw(st.one_of(st.none(), st.sampled_from([30, 60]))),
        }
        for k in range(draw(st.integers(0, 2)))
    ]
    fixed = []
    if draw(st.booleans()):  # a programme item in the middle of the morning for two parties
        fixed.append(
            {
                "id": "photo",
                "venue": venues[-1]["id"],
                "start": "2030-05-01T10:00",
                "end": "2030-05-01T10:15",
                "parties": ["p0", "p1"],
            }
        )
    return {
        "format": "hostcity/1",
        "name": "random",
        "fixed": fixed,
        "slot_minutes": 15,
        "sessions": [
            {"id": "am", "start": "2030-05-01T09:00", "end": "2030-05-01T11:00"},
            {"id": "pm", "start": "2030-05-01T11:30", "end": "2030-05-01T12:30"},
        ],
        "venues": venues,
        "parties": parties,
        "meetings": meetings,
        "interpreters": interpreters,
        "objective": {
            "breaks": draw(st.integers(0, 2)),
            "travel": draw(st.integers(0, 1)),
            "max_break_spread": draw(st.one_of(st.none(), st.integers(0, 2))),
        },
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_every_plan_validates_and_reports_the_validators_objective(tree):
    try:
        problem = parse_problem(tree)
    except ProblemError:
        return  # e.g. a meeting no room can ever hold: refused before planning, as it should be
    plan = solve(problem, Options(time_limit=5, workers=1, quiet=True)).plan
    if plan["status"] not in ("optimal", "feasible"):
        assert plan["status"] == "infeasible" and plan["unscheduled"]
        return
    report = check_plan(problem, plan)
    assert report.errors == []
    claimed = {k: v for k, v in plan["objective"].items() if k != "bound"}
    assert claimed == report.objective
    assert plan["objective"]["bound"] >= plan["objective"]["value"]
