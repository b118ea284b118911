"""The demo summit, planned: the host's president, the programme of the 2019 Belt and Road Forum
moved to the demo's dates (opening at the China National Convention Center on day two, the welcome
banquet at the Great Hall of the People that evening, the leaders' roundtable at Yanqi Lake on day
three), a bilateral request from every delegation, a roster of interpreters — planned by the engine
and the plan accepted, so the demo opens on a planned summit."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from hostcity.events import plan_runs
from hostcity.events.models import EventInterpreter, HostPrincipal, MeetingRequest, ProgrammeItem
from hostcity.events.tasks import plan_event_run
from hostcity.venues.models import Room, Venue

PROGRAMME = [  # (code, day, start, end, venue, room kind, English, Chinese)
    ("opening", 1, time(9, 30), time(12, 0), "cncc1", "plenary", "Opening ceremony", "开幕式"),
    ("banquet", 1, time(19, 30), time(21, 30), "ghop", "banquet", "Welcome banquet", "欢迎宴会"),
    (
        "roundtable",
        2,
        time(10, 30),
        time(17, 0),
        "yanqi_iccc",
        "plenary",
        "Leaders' roundtable",
        "领导人圆桌峰会",
    ),
]
INTERPRETERS = [("ru", 2), ("en", 3), ("fr", 1), ("ar", 1), ("es", 1), ("pt", 1), ("de", 1)]
MUSTS = 14  # the first delegations in precedence get a must; the others a high priority
PLAN_SECONDS = 20
# The interpreters' names as their badges and the itineraries show them (invented for the demo).
INTERPRETER_NAMES = [
    "王丽 Wang Li",
    "陈静 Chen Jing",
    "刘洋 Liu Yang",
    "张敏 Zhang Min",
    "李娜 Li Na",
    "赵磊 Zhao Lei",
    "孙悦 Sun Yue",
    "周婷 Zhou Ting",
    "吴昊 Wu Hao",
    "郑爽 Zheng Shuang",
    "何平 He Ping",
    "高翔 Gao Xiang",
    "林芳 Lin Fang",
    "马超 Ma Chao",
    "胡静 Hu Jing",
]


def _room(code: str, kind: str) -> Room | None:
    venue = Venue.objects.filter(code=code).first()
    return venue.rooms.filter(kind=kind).order_by("-capacity").first() if venue else None


def plan_demo_summit(event, *, by, plan: bool = True) -> dict:
    if event.plan_runs.exists():
        return {"requests": 0, "scheduled": 0}
    tz = timezone.get_current_timezone()
    president = HostPrincipal.objects.create(
        event=event,
        code="president",
        name_en="President of the host country",
        name_zh="东道国元首",
        languages=["zh"],
    )
    for code, day, start, end, venue, kind, english, chinese in PROGRAMME:
        room = _room(venue, kind)
        if room is None:
            continue
        date = event.start_date + timedelta(days=day)
        item = ProgrammeItem.objects.create(
            event=event, code=code, title_en=english, title_zh=chinese, room=room, all_delegations=True,
            start=datetime.combine(date, start, tz), end=datetime.combine(date, end, tz),
        )  # fmt: skip
        item.host_principals.add(president)
    names = iter(INTERPRETER_NAMES)
    for language, count in INTERPRETERS:
        for k in range(count):
            EventInterpreter.objects.create(
                event=event, code=f"int-{language}-{k + 1}", name=next(names, f"Interpreter {language}-{k + 1}"),
                languages=["zh", language], max_minutes_per_day=360,
            )  # fmt: skip
    places = list(Venue.objects.filter(code__in=["ghop", "diaoyutai"]))
    from hostcity.delegations.seating.precedence import for_event

    for k, delegation in enumerate(for_event(event)):
        request = MeetingRequest.objects.create(
            event=event,
            code=f"bilateral-{delegation.country or delegation.organization.acronym}".lower(),
            title_en=f"Talks with {delegation.name_en}",
            title_zh=f"会见{delegation.name_zh}",
            minutes=45,
            priority="must" if k < MUSTS else "high",
            room_kinds=["bilateral"],
        )
        request.host_principals.add(president)
        request.delegations.add(delegation)
        request.venues.set(places)
    if not plan:
        return {"requests": event.meeting_requests.count(), "scheduled": 0}
    run = plan_runs.start_run(event, by=by, time_limit=PLAN_SECONDS, enqueue=False)
    plan_event_run.call(run.pk)  # here and now: the demo opens planned
    run.refresh_from_db()
    made = (
        plan_runs.accept_run(run, by=by) if run.plan and run.plan["status"] in ("optimal", "feasible") else []
    )
    return {"requests": event.meeting_requests.count(), "scheduled": len(made)}
