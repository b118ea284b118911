"""What a solve is asked for (Options), the CP-SAT solver each search step gets from it, and the
progress lines it prints."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

DEFAULT_TIME_LIMIT = 60.0  # seconds, for the command and for the product's background runs


@dataclass
class Options:
    time_limit: float = DEFAULT_TIME_LIMIT
    workers: int = 2
    quiet: bool = False
    previous: dict | None = None  # a plan to keep where still valid (re-planning)
    formulation: str = "auto"  # auto | intervals | slots
    progress: Callable[[str], None] | None = None  # for progress lines; default stderr


class Progress(cp_model.CpSolverSolutionCallback):
    def __init__(self, say, started: float):
        super().__init__()
        self.say, self.started, self.last = say, started, 0.0

    def on_solution_callback(self) -> None:
        now = time.monotonic()
        if now - self.last >= 0.5:
            self.last = now
            self.say(
                f"best {self.objective_value:.0f}  bound {self.best_objective_bound:.0f}  "
                f"{now - self.started:.1f}s"
            )


def solver_for(options: Options, time_limit: float | None = None) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit if time_limit is not None else options.time_limit
    solver.parameters.num_workers = max(1, options.workers)
    return solver
