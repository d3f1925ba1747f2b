"""APScheduler as a wake-up call; the database rows stay the truth."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

log = logging.getLogger(__name__)


class Scheduler:
    """Wakes callbacks at UTC instants, keyed by a string; `bot.timers` builds the keys and owns the rules."""

    def __init__(self) -> None:
        # In-memory job store: the SQLAlchemy store blocks the event loop and pickles callbacks.
        # misfire_grace_time=None runs a late job however late (the default 1 s drops it silently).
        self._scheduler = AsyncIOScheduler(
            timezone=dt.UTC, job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1}
        )
        self._running: set[asyncio.Task[Any]] = set()

    def start(self) -> None:
        """Start firing timers; needs a running event loop."""
        self._scheduler.start()

    async def stop(self, timeout: float = 10.0) -> None:
        """Stop firing timers, and let the callbacks already running finish (up to `timeout`)."""
        if not self._scheduler.running:
            return
        # Pause first: shutting down cancels running coroutine jobs, and a reveal cut off
        # half-way is worse than a slower shutdown.
        self._scheduler.pause()
        if self._running:
            await asyncio.wait(self._running, timeout=timeout)
        self._scheduler.shutdown(wait=False)

    def at(self, when: dt.datetime, key: str, callback: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Call `callback(*args)` at `when`, replacing any timer with the same key."""
        self._scheduler.add_job(
            self._tracked, DateTrigger(run_date=when), args=(callback, *args), id=key, replace_existing=True
        )

    async def _tracked(self, callback: Callable[..., Awaitable[Any]], *args: Any) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            await callback(*args)
        finally:
            self._running.discard(task)

    def cancel(self, key: str) -> None:
        """Cancel a wake-up if it is still pending; nothing happens if it already fired."""
        if self._scheduler.get_job(key) is not None:
            self._scheduler.remove_job(key)

    def when(self, key: str) -> dt.datetime | None:
        """Return when a pending wake-up is due, or None if there is none under that key."""
        job = self._scheduler.get_job(key)
        return job.trigger.run_date if job is not None else None

    def pending(self) -> int:
        """Return how many timers are waiting."""
        return len(self._scheduler.get_jobs())
