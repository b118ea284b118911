"""The run timeline: an hour axis, rooms by their names, rooms closed all day folded into one line per
reason, and one day alone when zoomed."""

from django.utils import translation

from hostcity.events import timelines

PROBLEM = {
    "sessions": [
        {"id": "s0", "start": "2030-05-01T08:00", "end": "2030-05-01T21:00"},
        {"id": "s1", "start": "2030-05-02T08:00", "end": "2030-05-02T12:00"},
    ],
    "venues": [
        {
            "id": "dyt",
            "name": "Diaoyutai",
            "name_zh": "钓鱼台",
            "rooms": [
                {"id": "room-1", "name": "Villa 18 Meeting Room", "name_zh": "18号楼会见厅"},
                {"id": "room-2"},
                {"id": "room-3"},
                {"id": "room-4"},
            ],
        },
    ],
    "parties": [{"id": "host", "name": "President"}, {"id": "kaz", "name": "Kazakhstan"}],
    "meetings": [
        {
            "id": "m1",
            "parties": ["host", "kaz"],
            "title": "Talks with Kazakhstan",
            "title_zh": "会见哈萨克斯坦",
        }
    ],
    "fixed": [
        {
            "id": f"closure-7-{r}",
            "title": "closed: Security lockdown",
            "room": f"room-{r}",
            "start": "2030-05-01T08:00",
            "end": "2030-05-01T21:00",
        }
        for r in (2, 3, 4)
    ],
}
PLAN = {
    "assignments": [
        {"meeting": "m1", "start": "2030-05-01T09:00", "end": "2030-05-01T09:45", "room": "room-1"},
        {"meeting": "m1", "start": "2030-05-02T09:00", "end": "2030-05-02T09:45", "room": "room-1"},
    ]
}


def test_rooms_are_named_closures_folded_and_hours_marked():
    with translation.override("en"):
        (first, second) = timelines.layout(
            PROBLEM, PLAN, room_names={"room-2": ("Press Room", "新闻室")}, closure_reasons={}
        )
    assert [r.label for r in first.rows] == ["Villa 18 Meeting Room"] and first.rows[0].detail == "Diaoyutai"
    (closed,) = first.closed
    assert closed.reason == "closed: Security lockdown"
    assert sorted(r.label for r in closed.rows) == ["Press Room", "room-3", "room-4"]
    assert [t.label for t in first.ticks][:2] == ["08:00", "09:00"] and first.ticks[-1].label == "21:00"
    assert first.ticks[1].left == round(60 / (13 * 60) * 100, 2)
    assert second.day == "2030-05-02" and not second.closed


def test_chinese_names_and_one_day_alone():
    with translation.override("zh-hans"):
        (day,) = timelines.layout(
            PROBLEM,
            PLAN,
            only_day="2030-05-01",
            closure_reasons={f"closure-7-{r}": "关闭：安保封控" for r in (2, 3, 4)},
        )
    assert day.rows[0].label == "18号楼会见厅" and day.rows[0].detail == "钓鱼台"
    assert day.rows[0].blocks[0].label == "会见哈萨克斯坦"
    assert day.closed[0].reason == "关闭：安保封控"
