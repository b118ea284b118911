"""Large-neighbourhood search over the interval model: keep the best plan, free one part of it and
let CP-SAT re-plan that part with everything else held where it is, keep the result when it is worth
more. The parts freed are the ones a protocol officer would re-plan by hand: a few delegations and
everyone they meet, one stretch of time across all venues, one venue's meetings.

Each part is planned in a model of its own, built from a narrowed timeline: a meeting held where it
is has one start, one room and its interpreters, and is a must there, so the model around it
collapses (its arcs, pairs and choices vanish) and CP-SAT spends its time on the part that is free.
The share of the plan freed grows while CP-SAT settles parts quickly and shrinks when it runs out of
time on one."""

from __future__ import annotations

import bisect
import copy
import dataclasses
import math
import random
import threading
import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from hostcity.planning.figures import fair, figures
from hostcity.planning.model import general
from hostcity.planning.timeline import RoomOption, Timeline

KINDS = ("parties", "stretch", "venue")
ROUND_SECONDS = 1.0  # at most, for one part
SMALLEST, LARGEST = 0.02, 0.6  # the share of the plan's meetings one part frees


def narrowed(timeline: Timeline, placed: dict, free: set[int]) -> Timeline:
    """The timeline with every meeting outside `free` held as `placed` has it: a must at its one
    start, room and interpreters; or, when it is not placed, never held."""
    sub = copy.copy(timeline)
    frames = []
    for frame in timeline.frames:
        spot = placed.get(frame.index)
        if frame.index in free:
            frames.append(frame)
        elif spot is None:
            frames.append(dataclasses.replace(frame, options=[]))
        else:
            start, room, venue, chosen = spot
            frames.append(
                dataclasses.replace(
                    frame,
                    must=True,
                    options=[RoomOption(room, venue, [start])],
                    interpreter_options=[[x] for x in chosen],
                )
            )
    sub.frames = frames
    return sub


class Search:
    """`run(placed, deadline)`: the best placements found from `placed`, and their value."""

    def __init__(
        self,
        timeline: Timeline,
        value_of: Callable[[dict], int],
        accept: Callable[[dict], bool],
        *,
        workers: int = 1,
        seed: int = 0,
        say: Callable[[str], None] = lambda line: None,
    ):
        self.timeline, self.value_of, self.accept, self.say = timeline, value_of, accept, say
        self.workers = workers
        self.rng = random.Random(seed)
        self.held = [f for f in timeline.frames if f.possible]
        self.by_party: dict[int, list[int]] = {}
        for frame in self.held:
            for p in frame.parties:
                self.by_party.setdefault(p, []).append(frame.index)
        self.parties = sorted(self.by_party)
        self.size = dict.fromkeys(KINDS, 0.05)
        self.rounds = self.improved = 0

    # -- parts ----------------------------------------------------------------------------------
    def _free(self, kind: str, placed: dict) -> set[int]:
        """The meetings (by index) to re-plan."""
        target = max(2, int(self.size[kind] * len(self.held)))
        if kind == "parties":
            chosen: set[int] = set()
            order = self.parties[:]
            self.rng.shuffle(order)
            for p in order:
                if chosen and len(chosen) + len(self.by_party[p]) > 2 * target:
                    continue  # a party with many meetings would swamp the part
                chosen.update(self.by_party[p])
                if len(chosen) >= target:
                    break
            return chosen
        if kind == "stretch":
            return self._stretch(placed, target)
        venues = sorted({spot[2] for spot in placed.values()})
        free = {i for i, spot in placed.items() if spot[2] == self.rng.choice(venues)} if venues else set()
        if len(free) > 2 * target:
            free = set(self.rng.sample(sorted(free), 2 * target))
        unplaced = [f.index for f in self.held if f.index not in placed]
        free.update(self.rng.sample(unplaced, min(len(unplaced), max(1, target - len(free)))))
        return free

    def _stretch(self, placed: dict, target: int) -> set[int]:
        """The meetings placed in a run of consecutive slots, and some not placed that could start in
        it, the run grown until it holds about `target` placed meetings."""
        starts = self.timeline.slot_starts
        where = sorted(placed[f.index][0] for f in self.held if f.index in placed)
        first = self.rng.randrange(len(starts))
        begin = starts[first]
        at = bisect.bisect_left(where, begin)
        end = where[min(len(where) - 1, at + target)] + 1 if at < len(where) else starts[-1] + 1
        free, could = set(), []
        for frame in self.held:
            spot = placed.get(frame.index)
            if spot is not None:
                if begin <= spot[0] < end:
                    free.add(frame.index)
                continue
            k = bisect.bisect_left(frame.possible, begin)
            if k < len(frame.possible) and frame.possible[k] < end:
                could.append(frame.index)
        # Requests not placed that could start in the run: a few of them, not all (they swamp it).
        free.update(self.rng.sample(could, min(len(could), max(1, target // 2))))
        return free

    # -- one part -------------------------------------------------------------------------------
    def _round(self, kind: str, placed: dict, value: int, seconds: float):
        free = self._free(kind, placed)
        if not free:
            return None
        built = general.build_general(narrowed(self.timeline, placed, free))
        general.hint(built, placed)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = seconds
        solver.parameters.num_workers = self.workers
        solver.parameters.random_seed = self.rng.randrange(1 << 30)
        status = solver.solve(built.model)
        if status == cp_model.OPTIMAL:
            self.size[kind] = min(LARGEST, self.size[kind] * 1.2)
        else:
            self.size[kind] = max(SMALLEST, self.size[kind] * 0.8)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        candidate = general.placements(built, solver)
        if not self.accept(candidate):
            return None
        worth = self.value_of(candidate)
        return (candidate, worth) if worth > value else None

    def run(
        self,
        placed: dict,
        deadline: float,
        *,
        ceiling: float | None = None,
        stop: threading.Event | None = None,
        patience: float = math.inf,
    ) -> tuple[dict, int]:
        """Improve `placed` until `deadline`, until its value reaches `ceiling` (a proven bound), until
        `stop` is set (checked between parts), or once `patience` seconds pass without a better plan."""
        value = self.value_of(placed)
        last = time.monotonic()
        while self.held and not (stop is not None and stop.is_set()):
            now = time.monotonic()
            if deadline - now < 0.2 or now - last > patience or (ceiling is not None and value >= ceiling):
                break
            left = deadline - now
            kind = KINDS[self.rounds % len(KINDS)]
            self.rounds += 1
            found = self._round(kind, placed, value, min(left, ROUND_SECONDS))
            if found is not None:
                placed, value = found
                last = time.monotonic()
                self.improved += 1
                self.say(f"neighbourhood ({kind}): best {value}")
        return placed, value


class Side:
    """The search by parts (py) in a thread of its own, one worker, until `result()` is asked."""

    def __init__(self, timeline, placed: dict, started: float, say):
        self.stop = threading.Event()
        self.search = searcher(timeline, 1, started, say)
        self.best: tuple[dict, int | None] = ({i: tuple(p) for i, p in placed.items()}, None)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.best = self.search.run(self.best[0], math.inf, stop=self.stop)

    def result(self) -> dict:
        self.stop.set()
        self.thread.join()
        return self.best[0]


def searcher(timeline, workers: int, started: float, say) -> Search:
    return Search(
        timeline,
        lambda candidate: figures(timeline, candidate)["value"],
        lambda candidate: fair(timeline, candidate),
        workers=workers,
        say=lambda line: say(f"{line}  {time.monotonic() - started:.1f}s"),
    )


def neighbourhoods(timeline, options, placed, bound, started, say, patience=1.0) -> tuple[dict, int]:
    """Improve the best plan part by part (py) until it meets the bound, the time is up, or
    `patience` (a share of the time limit) passes without a better plan. Returns the placements and
    their value."""
    search = searcher(timeline, max(1, options.workers), started, say)
    placed, value = search.run(
        placed,
        started + options.time_limit,
        ceiling=bound,
        patience=max(2.0, patience * options.time_limit),
    )
    say(f"neighbourhoods: {search.improved} better plans in {search.rounds} parts, best {value}")
    return placed, value
