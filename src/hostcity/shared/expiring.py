"""Values a process keeps for a few seconds: what every gate scan would otherwise ask the database
again (a zone, a country's standard names, whether a gate account may scan). Each entry lives at most
`seconds`; `forget` drops them all (after a change that must show at once)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable


class Expiring:
    every: list[Expiring] = []

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._values: dict[Hashable, tuple[float, object]] = {}
        self._lock = threading.Lock()
        Expiring.every.append(self)

    @classmethod
    def forget_all(cls) -> None:
        """Drop every kept value (tests do, between tests that reuse ids)."""
        for kept in cls.every:
            kept.forget()

    def get(self, key: Hashable, load: Callable[[], object], *, keep_if: Callable[[object], bool] = bool):
        """The value for `key`, loaded when missing or stale; kept only when `keep_if(value)`."""
        now = time.monotonic()
        with self._lock:
            hit = self._values.get(key)
        if hit is not None and now - hit[0] < self.seconds:
            return hit[1]
        value = load()
        if keep_if(value):
            with self._lock:
                self._values[key] = (now, value)
        return value

    def forget(self) -> None:
        with self._lock:
            self._values.clear()
