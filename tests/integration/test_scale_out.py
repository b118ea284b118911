"""Scale-out under a fault: PostgreSQL, Redis, two app servers and two RQ workers on loopback; two
summits planned at once from the two app servers; the worker solving one of them killed whole in the
middle of its solve (as a machine is lost). The live worker's watchdog gives the run to itself; both
runs end done, nothing of the lost attempt is applied, and the plans are accepted through the other
app server into room bookings."""

import re
import time

import pytest

from tests.integration.cluster import Browser, Cluster

pytestmark = [
    pytest.mark.integration,
    pytest.mark.xdist_group("services"),
]  # one Redis database: one at a time

DEMO_PASSWORD = "hostcity-demo-2026"
SOLVE_SECONDS = 30  # long enough that a worker is killed mid-solve (the tie rule alone takes 20 %)

SETUP = """
from hostcity.demo.delegations import load_delegations
from hostcity.demo.load import load_areas, load_users, load_venues
load_venues(load_areas())
load_users()
summits = [
    load_delegations(seed, name_en=f"Scale-out summit {k}", name_zh=f"扩展测试峰会{k}",
                     days_ahead=12 + 30 * k, plan=False)
    for k, seed in ((1, 2019), (2, 2020))
]
# Talks between delegations that share a language, at four venues with travel between them: enough
# that the engine cannot prove its plan optimal within the run's limit, so a worker dies mid-solve.
import itertools, random
from hostcity.events.models import Event, MeetingRequest
from hostcity.venues.models import Venue
places = list(Venue.objects.filter(code__in=["ghop", "diaoyutai", "cncc1", "yanqi_iccc"]))
for summit in summits:
    event = Event.objects.get(pk=summit["event"])
    rng = random.Random(summit["event"])
    delegations = list(event.delegations.all())
    pairs = [(a, b) for a, b in itertools.combinations(delegations, 2) if set(a.languages) & set(b.languages)]
    for k, (a, b) in enumerate(rng.sample(pairs, min(len(pairs), 150))):
        request = MeetingRequest.objects.create(
            event=event, code=f"talks-{k}", title_en=f"Talks {k}", title_zh=f"会谈{k}",
            minutes=rng.choice([30, 45]), priority=rng.choice(["normal", "low"]), room_kinds=["bilateral"],
        )
        request.delegations.add(a, b)
        request.venues.set(places)
    summit["requests"] = event.meeting_requests.count()
print("EVENTS", *[s["event"] for s in summits], "REQUESTS", *[s["requests"] for s in summits])
"""


def _runs(url: str, *ids: int) -> dict[int, dict]:
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(url, row_factory=dict_row) as db:
        rows = db.execute(
            "select id, status, attempts, worker, log, error, plan, accepted from events_planrun"
            " where id = any(%s)",
            [list(ids)],
        ).fetchall()
    return {row["id"]: row for row in rows}


def _count(url: str, sql: str, *args) -> int:
    import psycopg

    with psycopg.connect(url) as db:
        return db.execute(sql, args).fetchone()[0]


def _wait(what: str, ready, seconds: float, cluster: Cluster):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = ready()
        if value:
            return value
        time.sleep(0.5)
    logs = "\n".join(f"--- {name}\n{cluster.log(name)}" for name in cluster.processes)
    raise AssertionError(f"waited {seconds} s for {what}\n{logs}")


def test_a_worker_killed_mid_solve_loses_nothing(cluster):
    cluster.hostcity("manage", "migrate", "--noinput", "-v", "0")
    cluster.hostcity("manage", "collectstatic", "--noinput", "-v", "0")
    found = re.search(
        r"EVENTS (\d+) (\d+) REQUESTS (\d+) (\d+)", cluster.hostcity("manage", "shell", "-c", SETUP)
    )
    first, second, requests = int(found[1]), int(found[2]), int(found[3])
    assert requests > 20
    app_a, app_b = cluster.app("app-a"), cluster.app("app-b")
    cluster.start("worker-1", "worker")
    cluster.start("worker-2", "worker")
    at_a = Browser(app_a, "event_director", DEMO_PASSWORD)
    at_b = Browser(app_b, "protocol_officer", DEMO_PASSWORD)

    # Two summits at once, one from each app server.
    one, two = at_a.run_started(first, SOLVE_SECONDS), at_b.run_started(second, SOLVE_SECONDS)

    def both_solving():
        runs = _runs(cluster.url, one, two)
        return runs if all(r["status"] == "running" and r["log"] for r in runs.values()) else None

    runs = _wait("both runs to be solving", both_solving, 60, cluster)
    time.sleep(3)  # well into the solve
    runs_before = runs
    holders = {run_id: cluster.holder(int(r["worker"].rsplit(":", 1)[1])) for run_id, r in runs.items()}
    assert sorted(holders.values()) == ["worker-1", "worker-2"], holders  # one run on each worker
    killed = holders[one]
    survivor = "worker-2" if killed == "worker-1" else "worker-1"
    cluster.kill(killed)
    assert _runs(cluster.url, one)[one]["status"] == "running"  # nothing was written at the kill

    def both_done():
        runs = _runs(cluster.url, one, two)
        return runs if all(r["status"] in ("done", "failed") for r in runs.values()) else None

    runs = _wait("both runs to end", both_done, 4 * SOLVE_SECONDS + 60, cluster)
    lost, kept = runs[one], runs[two]
    assert lost["status"] == "done", lost["error"]
    assert lost["attempts"] == 2 and lost["worker"] != runs_before[one]["worker"]  # solved again elsewhere
    assert "stopped answering" in lost["log"] and "queued again (attempt 2 of 2)" in lost["log"]
    assert re.search(r"^(optimal|feasible): value \d+", lost["log"], re.M)  # the second attempt planned
    assert kept["status"] == "done" and kept["attempts"] == 1
    for run in (lost, kept):
        assert run["plan"]["status"] in ("optimal", "feasible") and run["plan"]["assignments"]
    # Nothing applied before acceptance: no booking of either run.
    assert _count(cluster.url, "select count(*) from events_planrun_bookings") == 0

    # Accepted through the other app server: each run's meetings become room bookings, once.
    at_b.post(f"/events/runs/{one}/accept/", {})
    at_a.post(f"/events/runs/{two}/accept/", {})
    runs = _runs(cluster.url, one, two)
    assert all(r["accepted"] is not None for r in runs.values())
    for run_id, run in runs.items():
        booked = _count(
            cluster.url, "select count(*) from events_planrun_bookings where planrun_id = %s", run_id
        )
        assert booked == len(run["plan"]["assignments"])
    page = at_a.get(f"/events/runs/{one}/").read().decode()
    assert "Attempt 2: the worker of an earlier attempt stopped answering" in page
    assert cluster.processes[survivor].poll() is None
    assert all(cluster.processes[name].poll() is None for name in ("app-a", "app-b"))
