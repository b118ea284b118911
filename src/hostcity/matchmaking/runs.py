"""Running the matchmaking: start a run (requests must be closed), let the worker solve it, write
every company's agenda from the plan, publish a run's agendas to the companies, and re-plan after
late no-shows so that meetings keep their time and table wherever they can."""

from __future__ import annotations

import time
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hostcity.matchmaking.models import AgendaMeeting, Matchmaking, MatchRun
from hostcity.matchmaking.problem import pair_of, problem_for, requested
from hostcity.planning.problem import ProblemError, parse_problem
from hostcity.shared.audit.trail import Actor, record
from hostcity.shared.plan_times import aware
from hostcity.shared.runs.claims import enqueue_on_commit
from hostcity.shared.runs.time_limits import DEFAULT as DEFAULT_TIME_LIMIT
from hostcity.shared.runs.time_limits import checked_time_limit

UNDER_WAY = (MatchRun.Status.QUEUED, MatchRun.Status.RUNNING)


@transaction.atomic
def start_run(
    matchmaking: Matchmaking,
    *,
    by,
    time_limit: int = DEFAULT_TIME_LIMIT,
    previous: MatchRun | None = None,
    replan_from=None,
    enqueue: bool = True,
) -> MatchRun:
    matchmaking = Matchmaking.objects.select_for_update().get(pk=matchmaking.pk)
    if matchmaking.status != Matchmaking.Status.CLOSED:
        raise ValidationError(_("Close the meeting requests before running the matchmaking."))
    time_limit = checked_time_limit(time_limit)
    if MatchRun.objects.filter(matchmaking=matchmaking, status__in=UNDER_WAY).exists():
        raise ValidationError(_("A run is under way: wait for it or cancel it."))
    if previous is not None and (previous.matchmaking_id != matchmaking.pk or not previous.plan):
        raise ValidationError(_("Re-plan from a run of this matchmaking that has a plan."))
    began = time.perf_counter()
    problem = problem_for(matchmaking, previous=previous, replan_from=replan_from)
    try:
        parse_problem(problem)
    except ProblemError as error:
        raise ValidationError([str(e) for e in getattr(error, "errors", [error])]) from error
    wanted = requested(matchmaking)
    run = MatchRun.objects.create(
        matchmaking=matchmaking,
        started_by=by,
        time_limit=time_limit,
        previous=previous,
        replan_from=replan_from if previous is not None else None,
        problem=problem,
        requested=len(wanted.weights),
        requested_weight=wanted.total,
        seconds_building=time.perf_counter() - began,
    )
    if enqueue:
        enqueue_on_commit(run)
    return run


def cancel_run(run: MatchRun) -> None:
    updated = MatchRun.objects.filter(pk=run.pk, status__in=UNDER_WAY).update(
        status=MatchRun.Status.CANCELLED, finished=timezone.now()
    )
    if not updated:
        raise ValidationError(_("Run %(run)s is not under way.") % {"run": run.pk})


def _tables(run: MatchRun, assignments: list[dict]) -> dict[str, int]:
    """A table for each meeting: the one it had in the previous run when it keeps its slot and that
    table is free, else the lowest free table of its slot."""
    kept: dict[tuple[int, int], tuple] = {}
    if run.previous_id:
        for m in AgendaMeeting.objects.filter(run_id=run.previous_id).values(
            "first_id", "second_id", "start", "table"
        ):
            kept[(m["first_id"], m["second_id"])] = (m["start"], m["table"])
    tables = run.matchmaking.tables
    by_slot: dict[str, list[dict]] = defaultdict(list)
    for a in assignments:
        by_slot[a["start"]].append(a)
    out: dict[str, int] = {}
    for start, placed in by_slot.items():
        taken: set[int] = set()
        rest = []
        for a in placed:
            before = kept.get(pair_of(a["meeting"]))
            if before and before[0] == aware(start) and before[1] not in taken:
                out[a["meeting"]] = before[1]
                taken.add(before[1])
            else:
                rest.append(a)
        free = (n for n in range(1, tables + 1) if n not in taken)
        for a in sorted(rest, key=lambda a: a["meeting"]):
            out[a["meeting"]] = next(free)
    return out


@transaction.atomic
def write_agendas(run: MatchRun, plan: dict) -> int:
    """Write the plan's meetings as agenda rows of the run; returns how many meetings moved (time or
    table) against the previous run."""
    began = time.perf_counter()
    assignments = plan.get("assignments", [])
    tables = _tables(run, assignments)
    weights = {m["id"]: m.get("weight", 0) for m in run.problem["meetings"]}
    rows = []
    for a in assignments:
        first, second = pair_of(a["meeting"])
        rows.append(
            AgendaMeeting(
                run=run,
                first_id=first,
                second_id=second,
                start=aware(a["start"]),
                end=aware(a["end"]),
                table=tables[a["meeting"]],
                weight=weights.get(a["meeting"], 0),
            )
        )
    AgendaMeeting.objects.filter(run=run).delete()
    AgendaMeeting.objects.bulk_create(rows, batch_size=2000)
    moved = 0
    if run.previous_id:
        before = {
            (m.first_id, m.second_id): (m.start, m.table)
            for m in AgendaMeeting.objects.filter(run_id=run.previous_id)
        }
        now = {(r.first_id, r.second_id): (r.start, r.table) for r in rows}
        moved = sum(1 for key, place in now.items() if key in before and before[key] != place)
    MatchRun.objects.filter(pk=run.pk).update(
        met=len(rows), moved=moved, seconds_writing=time.perf_counter() - began
    )
    return moved


@transaction.atomic
def publish(run: MatchRun, *, by=None) -> None:
    """Make the run's agendas the ones companies see; on the audit trail."""
    run = MatchRun.objects.select_for_update().get(pk=run.pk)
    if (
        run.status != MatchRun.Status.DONE
        or not run.plan
        or run.plan.get("status") not in ("optimal", "feasible")
    ):
        raise ValidationError(_("Only a finished run with a plan can be published."))
    was = Matchmaking.objects.filter(pk=run.matchmaking_id).values_list("published_run_id", flat=True).first()
    Matchmaking.objects.filter(pk=run.matchmaking_id).update(published_run=run)
    record(Actor(user=by), "publish", run.matchmaking, {"published_run": [was, run.pk]})


def replan(
    matchmaking: Matchmaking, *, by, replan_from=None, time_limit: int = DEFAULT_TIME_LIMIT
) -> MatchRun:
    """After late no-shows: a new run from the published one; meetings begun before `replan_from`
    (default now) stay, the no-shows' meetings go, the rest move as little as the engine can."""
    if matchmaking.published_run_id is None:
        raise ValidationError(_("Publish a run before re-planning it."))
    return start_run(
        matchmaking,
        by=by,
        time_limit=time_limit,
        previous=matchmaking.published_run,
        replan_from=replan_from or timezone.now(),
    )
