"""Party blocks, for the slot formulation: a party's busy slots as at most B runs of consecutive
slots (B - 1 breaks), each run an optional interval, all runs of all parties in one cumulative whose
capacity is the number of party seats the tables offer in a slot (tables x parties per meeting).

It is redundant with the busy literals when B is large enough, and it is what proves break bounds:
the cumulative reasons about where runs of given lengths can lie (a party with 9 meetings in 10
slots occupies slots 2-9 whatever it does), which the busy literals alone only learn clause by
clause. With B = 1 (no break allowed) a party is one interval of fixed length, the strongest form."""

from __future__ import annotations

from ortools.sat.python import cp_model


def add_blocks(sm, limits: dict[int, int]) -> None:
    """Give each party p in `limits` at most limits[p] runs, tied to its busy literals; add the
    cumulative over all runs. `sm` is a built SlotModel with `busy`, `party_breaks`, `counts`."""
    model = sm.model
    runs: list = []
    for p, count in sm.counts.items():
        busy = sm.busy[p]
        limit = max(1, min(limits.get(p, count), count, len(busy) - count + 1))
        present = _party_runs(model, busy, count, limit, runs, f"{p}")
        model.add(sm.party_breaks[p] == sum(present) - 1)
    if runs:
        model.add_cumulative(runs, [1] * len(runs), sm.seats)


def _party_runs(model: cp_model.CpModel, busy: list, count: int, limit: int, runs: list, name: str) -> list:
    n = len(busy)
    inside: dict[int, list] = {k: [] for k, b in enumerate(busy) if not isinstance(b, int)}
    present: list = []
    sizes: list = []
    previous_end: cp_model.IntVar | None = None
    previous_present: cp_model.IntVar | None = None
    for j in range(limit):
        start = model.new_int_var(0, n - 1, f"run{name}_{j}_start")
        size = model.new_int_var(0, count, f"run{name}_{j}_size")
        end = model.new_int_var(0, n, f"run{name}_{j}_end")
        here = model.new_bool_var(f"run{name}_{j}")
        model.add(size >= 1).only_enforce_if(here)
        model.add(size == 0).only_enforce_if(~here)
        runs.append(model.new_optional_interval_var(start, size, end, here, f"run{name}_{j}"))
        if previous_end is not None and previous_present is not None:
            model.add(start >= previous_end + 1).only_enforce_if(here)  # a gap: a break
            model.add_implication(here, previous_present)  # runs are used in order
        covered = []
        for k in inside:
            literal = model.new_bool_var(f"in{name}_{j}_{k}")
            model.add(start <= k).only_enforce_if(literal)
            model.add(end >= k + 1).only_enforce_if(literal)
            model.add_implication(literal, here)
            inside[k].append(literal)
            covered.append(literal)
        model.add(sum(covered) == size)  # every slot of the run is busy, so it cannot span a hole
        previous_end, previous_present = end, here
        present.append(here)
        sizes.append(size)
    model.add_bool_or([present[0]])
    model.add(sum(sizes) == count)
    for k, literals in inside.items():
        model.add(busy[k] == sum(literals))
    return present
