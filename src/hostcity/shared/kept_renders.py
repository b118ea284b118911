"""Rendered parts of pages kept in the cache (Redis when REDIS_URL is set, else a table of the
database: shared by every process either way) until the records they show change: each `KeptRenders`
names the models it shows, and any save or delete of one of them moves its version number, which is
part of the name of everything it keeps. What shows the time of day (what is next) is kept only a
few seconds. Bulk writes (QuerySet.update, bulk_create) send no signal: code that makes them on
these models calls `changed()` itself."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from django.apps import apps
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language


class KeptRenders:
    def __init__(self, name: str, models: tuple[str, ...]) -> None:
        self.name, self.models = name, models
        self.version_key = f"hostcity:kept:{name}:version"

    def connect(self) -> None:
        for label in self.models:
            model = apps.get_model(label)
            post_save.connect(self.changed, sender=model, dispatch_uid=f"kept-{self.name}-save-{label}")
            post_delete.connect(self.changed, sender=model, dispatch_uid=f"kept-{self.name}-delete-{label}")

    def version(self) -> int:
        return cache.get_or_set(self.version_key, time.time_ns, timeout=None)

    def changed(self, **kwargs) -> None:
        """A change of what is shown: a new version now, for the rest of this transaction, and again
        once it commits, for whatever another request rendered from the data before the commit."""
        self._move()
        transaction.on_commit(self._move)

    def _move(self) -> None:
        try:
            with transaction.atomic():  # a savepoint: a cache that fails must not spoil the change itself
                try:
                    cache.incr(self.version_key)
                except ValueError:  # not kept yet, or evicted: the clock's number, never one used before
                    cache.set(self.version_key, time.time_ns(), timeout=None)
        except DatabaseError:  # the cache's table not made yet (the first migrate): nothing is kept either
            pass

    def get(self, parts: tuple, render: Callable[[], str], seconds: int) -> str:
        """What `render()` gives for `parts` (with the language), kept for `seconds` (0: not kept)."""
        if not seconds:
            return render()
        named = hashlib.sha256(repr((get_language(), *parts)).encode()).hexdigest()[:32]
        key = f"hostcity:kept:{self.name}:{self.version()}:{named}"
        content = cache.get(key)
        if content is None:
            content = render()
            cache.set(key, content, seconds)
        return content
