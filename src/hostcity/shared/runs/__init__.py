"""Background runs of the engine (planning runs of events, matchmaking runs): the worker's claim on
a run and its heartbeats (claims.py, models.py), the engine in a child process (solving.py), and the
watchdog that retries a run whose worker went quiet (watchdog.py)."""
