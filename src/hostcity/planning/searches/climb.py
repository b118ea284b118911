"""Bottom-up search for problems whose only objective is breaks (a matchmaking day of musts, the B2B
benchmark): is there a plan with at most k breaks, for k = 0, 1, 2, ...? Each question is a
satisfaction problem in the slot formulation with party runs (model.blocks): a party may have at
most k + 1 runs, and at most spread + 1 when fewer than k parties can have a break at all (then
some party has none, and the fairness bound caps the others). A proof of "no" raises the lower
bound by one; the first "yes" is an optimal plan.

When the question for k = 1 is hard, its shape helps: exactly one party has one break, so asking
party by party ("only p may have a break") is both much faster (every other party is one run of
fixed length) and complete. For other k the full question gets the time.

With a second worker, a hunter asks the questions just above the one being proven, each with a
short limit that doubles while they stay open: a yes is a plan (the ceiling comes down), a no proves
the bound for both. When nothing is left between the bound and the best plan, it asks the climb's
own question with another seed."""

from __future__ import annotations

import threading
import time

from ortools.sat.python import cp_model

from hostcity.planning.model import blocks, slots
from hostcity.planning.timeline import Timeline

CANDIDATE_SECONDS = 3.0  # per "only p may have a break" question
HUNT_SECONDS = 4.0  # the hunter's first limit per question
FIRST_SHARE = 0.15  # of the remaining time for the full k = 1 question before asking party by party


def applies(timeline: Timeline) -> bool:
    """Breaks are the whole objective and every party's busy slots are known in number."""
    objective = timeline.problem.objective
    frames = timeline.frames
    return bool(objective.breaks > 0 and not objective.travel and frames and all(f.must for f in frames))


class Climb:
    def __init__(self, sm: slots.SlotModel, say, ceiling=lambda: None):
        """`sm`: the problem's slot model, for the facts the climb needs (its own questions are
        models of their own)."""
        timeline = self.timeline = sm.timeline
        self.say = say
        self.ceiling = ceiling  # the best number of breaks found elsewhere, or None
        self.lower = 0  # proven: no plan has fewer breaks
        self.level = -1  # the number of breaks being asked about
        self.found: dict | None = None  # an optimal plan's placements, once found
        self.infeasible = False  # no plan at all, whatever the breaks
        self._stop = threading.Event()
        self._asking: dict[str, tuple[int, cp_model.CpSolver]] = {}  # worker -> (level, solver)
        self._lock = threading.Lock()
        self.parties = sorted(sm.counts)
        self.spread = timeline.problem.objective.max_break_spread
        # More breaks than this cannot be: a party with n meetings in s slots has at most
        # min(n - 1, s - n) breaks; and with the fairness bound no party has more than the fewest any
        # party can have, plus the spread.
        each = {p: max(0, min(n - 1, len(sm.busy.get(p, ())) - n)) for p, n in sm.counts.items()}
        if self.spread is not None and each:
            cap = min(each.values()) + self.spread
            each = {p: min(most, cap) for p, most in each.items()}
        self.most = sum(each.values())
        self.complete = set(sm.counts) == set(sm.busy)

    def stop(self) -> None:
        self._stop.set()
        self._settle(None)

    def _settle(self, k: int | None) -> None:
        """Stop the questions at level k or below (all of them when k is None): they are answered."""
        with self._lock:
            for level, solver in self._asking.values():
                if k is None or level <= k:
                    solver.stop_search()

    def _prove(self, k: int) -> None:
        """No plan has k breaks or fewer."""
        with self._lock:
            if k + 1 <= self.lower:
                return
            self.lower = k + 1
        self.say(f"no plan with {k} breaks or fewer")
        self._settle(k)

    def _runs(self, k: int) -> int:
        if self.spread is not None and k < len(self.parties):
            return min(k, self.spread) + 1
        return k + 1

    def ask(self, k: int, seconds: float, only: set | None = None, who: str = "climb", seed: int = 0):
        """Is there a plan with at most k breaks (where `only`, when given, holds the parties allowed
        any)? Returns the solver status and the placements of a yes."""
        sm = slots.build_slots(self.timeline)
        runs = self._runs(k)
        limits = {p: (runs if only is None or p in only else 1) for p in self.parties}
        blocks.add_blocks(sm, limits)
        sm.model.add(sm.breaks <= k)
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.1, seconds)
        solver.parameters.num_workers = 1
        solver.parameters.linearization_level = 0  # a satisfaction question: conflicts, not LP
        solver.parameters.random_seed = seed
        with self._lock:
            if self._stop.is_set() or k < self.lower:
                return cp_model.UNKNOWN, None
            self._asking[who] = (k, solver)
        status = solver.solve(sm.model)
        with self._lock:
            self._asking.pop(who, None)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return status, slots.placements(sm, solver.boolean_value)
        return status, None

    def run(self, deadline: float) -> None:
        """Climb until a plan is found, the ceiling is reached, time runs out or stop() is called."""
        if not self.complete:
            return
        while not self._stop.is_set():
            k = self.lower
            ceiling = self.ceiling()
            if ceiling is not None and k >= ceiling:
                return  # the plan found elsewhere is optimal
            if k > self.most:
                self.infeasible = True
                return
            remaining = deadline - time.monotonic()
            if remaining < 0.2:
                return
            self.level = k
            status, placed = self.ask(k, remaining * FIRST_SHARE if k == 1 else remaining)
            if status == cp_model.UNKNOWN and k == 1 and self.lower == k and not self._stop.is_set():
                status, placed = self._party_by_party(k, deadline)
            if status == cp_model.UNKNOWN and self.lower == k and not self._stop.is_set():
                status, placed = self.ask(k, deadline - time.monotonic())
            if status == cp_model.INFEASIBLE:
                self._prove(k)
                continue
            if placed is not None:
                self.found = placed
                self.say(f"a plan with {k} breaks: optimal")
                return
            if self.lower == k:
                return  # out of time, or stopped
            # else the hunter proved this level: climb on

    def hunt(self, deadline: float, offer) -> None:
        """The second worker (see the module's text). `offer` takes a plan's placements."""
        if not self.complete:
            return
        limit = HUNT_SECONDS
        step = 1
        while not self._stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining < 0.2:
                return
            base = max(self.lower, self.level)
            ceiling = self.ceiling()
            if ceiling is not None and self.lower >= ceiling:
                return  # the best plan is optimal
            k = base + step if ceiling is None else min(base + step, ceiling - 1)
            helping = k <= base
            if helping:  # nothing to find above the climb: ask its question another way
                k = base
            if k > self.most:
                return
            seconds = remaining if helping else min(limit, remaining)
            status, placed = self.ask(k, seconds, who="hunt", seed=1 + step)
            if placed is not None:
                offer(placed)
                step, limit = 1, HUNT_SECONDS
            elif status == cp_model.INFEASIBLE:
                self._prove(k)
                step, limit = 1, HUNT_SECONDS
            elif not helping and self.lower <= k:  # still open: look higher, a little longer
                step, limit = step * 2, limit * 1.5

    def _party_by_party(self, k: int, deadline: float):
        proven = k == 1  # with one break, some single party has it: asking each is complete
        for p in self.parties:
            remaining = deadline - time.monotonic()
            if remaining < 0.2 or self._stop.is_set():
                return cp_model.UNKNOWN, None
            status, placed = self.ask(k, min(CANDIDATE_SECONDS, remaining), only={p})
            if placed is not None:
                return status, placed
            proven = proven and status == cp_model.INFEASIBLE
        return (cp_model.INFEASIBLE if proven else cp_model.UNKNOWN), None


class Incumbents(cp_model.CpSolverSolutionCallback):
    """Hands each solution of the top-down search to `offer`; stops once it meets the proven bound."""

    def __init__(self, sm, offer, lower):
        super().__init__()
        self.sm, self.offer, self.lower = sm, offer, lower

    def on_solution_callback(self) -> None:
        if self.offer(slots.placements(self.sm, self.boolean_value)) <= self.lower():
            self.stop_search()
