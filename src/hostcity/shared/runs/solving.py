"""The engine in a process of its own, so that a run can be stopped at once: the parent reads the
child's progress lines and result through a pipe and terminates it when asked. The child does no
database work (the planning package never imports Django)."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    plan: dict | None
    moved: dict
    error: str = ""
    stopped: bool = False


def _child(connection, problem: dict, time_limit: float, previous: dict | None) -> None:
    from hostcity.planning.problem import parse_problem
    from hostcity.planning.solve import Options, solve

    try:
        solved = solve(
            parse_problem(problem),
            Options(
                time_limit=time_limit,
                workers=2,
                previous=previous,
                progress=lambda line: connection.send(("line", line)),
            ),
        )
        moved = {
            m: {"text": why.text, **why.entry()} if (why := solved.why_moved.get(m)) else {"text": ""}
            for m in solved.moved
        }
        connection.send(("done", (solved.plan, moved)))
    except Exception as error:  # reported to the parent, which records it on the run
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def solve_apart(
    problem: dict,
    *,
    time_limit: float,
    previous: dict | None,
    on_line: Callable[[str], None],
    should_stop: Callable[[], bool],
    poll: float = 0.5,
    target: Callable = _child,
) -> Outcome:
    """Solve `problem` in a child process; `should_stop()` is asked every `poll` seconds. The child
    is spawned, not forked: the worker may hold threads and locks a fork would copy half-taken."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(child, problem, time_limit, previous), daemon=True)
    process.start()
    child.close()
    outcome: Outcome | None = None
    next_poll = time.monotonic() + poll
    try:
        while outcome is None:
            if parent.poll(0.1):
                try:
                    kind, payload = parent.recv()
                except EOFError:
                    outcome = Outcome(None, {}, "the planning process ended without an answer")
                    break
                if kind == "line":
                    on_line(payload)
                elif kind == "done":
                    outcome = Outcome(payload[0], payload[1])
                else:
                    outcome = Outcome(None, {}, payload)
            elif not process.is_alive() and not parent.poll(0):
                outcome = Outcome(None, {}, f"the planning process stopped (exit code {process.exitcode})")
            if outcome is None and time.monotonic() >= next_poll:
                next_poll = time.monotonic() + poll
                if should_stop():
                    process.terminate()
                    outcome = Outcome(None, {}, stopped=True)
    finally:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
        parent.close()
    return outcome


def solve_for_run(
    model, run_id: int, attempt: int, problem: dict, *, time_limit: float, previous: dict | None,
    keep: int = 200,
):  # fmt: skip
    """Solve a run's problem apart under the claim `attempt` (shared/runs/claims.py): the engine's
    progress saved on the run's `log` about once a second (its last `keep` lines), a heartbeat every
    second, the engine stopped as soon as the run is cancelled or the attempt superseded. The log of
    earlier attempts is kept above this one's. Returns the outcome and the log."""
    from hostcity.shared.runs import (
        claims as run_claims,  # here: the child imports this module and needs no Django
    )

    earlier = model.objects.values_list("log", flat=True).get(pk=run_id)
    head = f"{earlier}\n" if earlier else ""
    lines: list[str] = []
    last = [0.0]

    def on_line(line: str) -> None:
        lines.append(line)
        now = time.monotonic()
        if now - last[0] >= 1.0:
            last[0] = now
            run_claims.mine(model, run_id, attempt).update(log=head + "\n".join(lines[-keep:]))

    outcome = solve_apart(
        problem,
        time_limit=time_limit,
        previous=previous,
        on_line=on_line,
        should_stop=lambda: not run_claims.beat(model, run_id, attempt),
        poll=1.0,
    )
    log = head + "\n".join(lines[-keep:])
    if outcome.stopped:
        log += "\nstopped: the run was cancelled or given to another worker"
        model.objects.filter(pk=run_id, attempts=attempt, status="cancelled").update(log=log)
    return outcome, log
