"""The searches the engine runs on a built model: first come first served (greedy), whether the musts
can be met (feasibility), the bottom-up climb on breaks (climb), the search by parts (lns), probing
the gap (probe), the smallest conflict (conflict), the tie rule (ties) and re-planning (replan)."""
