"""The timer registry: every timed thing is a kind, keyed `(kind, id)`, rebuilt from the database at start-up.

A kind registers its handler, how to list its pending timers from the database (the database stays the truth;
the scheduler only wakes us) and its catch-up rule for a timer that came due while the bot was down. Timers are
one-shot at a UTC instant, or recurring at a local wall-clock time in an IANA zone. With several bot processes on
one database, each rebuilds and fires only the timers of the guilds on its own shards, so none fires twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Collection, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.schedule import last_occurrence, next_occurrence, shard_of
from bot.scheduling import Scheduler

log = logging.getLogger(__name__)

# A timer firing this much after its instant counts as late (the handler may say so).
LATE_AFTER = dt.timedelta(seconds=30)
# A failing handler is tried this many times in all, waiting RETRY_DELAY × attempt between tries.
ATTEMPTS = 3
RETRY_DELAY = dt.timedelta(seconds=10)


@dataclass(frozen=True)
class TimerKey:
    """A timer's identity: its kind and an id unique within the kind (a session id, a guild id, …)."""

    kind: str
    id: str

    def __str__(self) -> str:
        """Return the scheduler's job id; the only place it is built."""
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class Daily:
    """A recurring wall-clock time in an IANA zone, e.g. 09:30 in Europe/Berlin."""

    at: dt.time
    zone: str


@dataclass(frozen=True)
class Pending:
    """A timer listed from the database: one-shot `at` (UTC) or recurring `daily`.

    For a recurring timer, `done_through` is the instant up to which its occurrences were handled (e.g. the last
    daily post); an occurrence after it that is already past is caught up.
    """

    id: str | int
    guild_id: int
    at: dt.datetime | None = None
    daily: Daily | None = None
    done_through: dt.datetime | None = None


@dataclass(frozen=True)
class Due:
    """What a handler receives: which timer, the instant it was due, and whether it fires late."""

    key: TimerKey
    due: dt.datetime
    late: bool


@dataclass(frozen=True)
class CatchUp:
    """What to do with a timer that came due while the bot was down.

    `cutoff=None` runs it at start-up however late (the handler sees `late=True` and can add a note); otherwise a
    timer later than `cutoff` is skipped: logged, and passed to the kind's `skip` (to mark it done in the database).
    """

    cutoff: dt.timedelta | None = None


RUN_LATE = CatchUp()


@dataclass(frozen=True)
class TimerKind:
    """A kind of timer: its name, handler, database listing and catch-up rule."""

    name: str
    handler: Callable[[Due], Awaitable[None]]
    pending: Callable[[], Awaitable[Iterable[Pending]]]
    catch_up: CatchUp = RUN_LATE
    skip: Callable[[Due], Awaitable[None]] | None = None


@dataclass
class _Recurring:
    daily: Daily
    guild_id: int


def _catch_up_job(key: TimerKey) -> str:
    return f"{key}:catch-up"


def _retry_job(key: TimerKey) -> str:
    return f"{key}:retry"


class TimerRegistry:
    """Schedules, rebuilds, catches up and cancels the timers of every registered kind."""

    def __init__(
        self,
        scheduler: Scheduler,
        clock: Callable[[], dt.datetime],
        *,
        shard_count: int = 1,
        shard_ids: Collection[int] | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.clock = clock
        self.shard_count = shard_count
        self.shard_ids = frozenset(range(shard_count) if shard_ids is None else shard_ids)
        self._kinds: dict[str, TimerKind] = {}
        self._recurring: dict[TimerKey, _Recurring] = {}

    def register(self, kind: TimerKind) -> None:
        """Add a kind; its name must be new."""
        if kind.name in self._kinds:
            raise ValueError(f"timer kind {kind.name!r} is registered twice")
        self._kinds[kind.name] = kind

    def serves(self, guild_id: int) -> bool:
        """Tell whether this process fires the timers of a guild (its shard is one of ours)."""
        return shard_of(guild_id, self.shard_count) in self.shard_ids

    def key(self, kind: str, id: str | int) -> TimerKey:
        """Return the key of a timer of a registered kind."""
        if kind not in self._kinds:
            raise KeyError(f"unknown timer kind {kind!r}")
        return TimerKey(kind, str(id))

    def at(self, kind: str, id: str | int, when: dt.datetime, guild_id: int) -> None:
        """Fire a one-shot timer at the UTC instant `when` (at once if past), replacing one with the same key."""
        key = self.key(kind, id)
        if self.serves(guild_id):
            self._wake(key, when, late=False)

    def daily(self, kind: str, id: str | int, daily: Daily, guild_id: int) -> None:
        """Fire a timer every day at a local wall-clock time, from the next occurrence on."""
        key = self.key(kind, id)
        if not self.serves(guild_id):
            return
        self._recurring[key] = _Recurring(daily, guild_id)
        self._wake(key, next_occurrence(daily.at, ZoneInfo(daily.zone), self.clock()), late=False)

    def cancel(self, kind: str, id: str | int) -> None:
        """Cancel a timer whether or not it has fired (a recurring one stops recurring)."""
        key = self.key(kind, id)
        self._recurring.pop(key, None)
        self.scheduler.cancel(str(key))
        self.scheduler.cancel(_catch_up_job(key))
        self.scheduler.cancel(_retry_job(key))

    async def rebuild(self) -> None:
        """List every kind's pending timers from the database; schedule future ones and catch up past ones."""
        now = self.clock()
        for kind in self._kinds.values():
            count = 0
            for pending in await kind.pending():
                if self.serves(pending.guild_id):
                    await self._restore(kind, pending, now)
                    count += 1
            log.debug("rebuilt %d %s timers", count, kind.name)

    async def _restore(self, kind: TimerKind, pending: Pending, now: dt.datetime) -> None:
        key = TimerKey(kind.name, str(pending.id))
        if pending.daily is not None:
            zone = ZoneInfo(pending.daily.zone)
            self._recurring[key] = _Recurring(pending.daily, pending.guild_id)
            missed = last_occurrence(pending.daily.at, zone, now)
            if pending.done_through is None or missed > pending.done_through:
                await self._catch_up(kind, Due(key, missed, late=True), now)
            self._wake(key, next_occurrence(pending.daily.at, zone, now), late=False)
        elif pending.at is not None:
            if pending.at > now:
                self._wake(key, pending.at, late=False)
            else:
                await self._catch_up(kind, Due(key, pending.at, late=now - pending.at > LATE_AFTER), now)

    async def _catch_up(self, kind: TimerKind, due: Due, now: dt.datetime) -> None:
        cutoff = kind.catch_up.cutoff
        if cutoff is not None and now - due.due > cutoff:
            log.info("skipped timer %s: due %s, more than %s ago", due.key, due.due.isoformat(), cutoff)
            if kind.skip is not None:
                await kind.skip(due)
            return
        # Run through the scheduler, so a slow handler never holds up the rest of start-up. Its own job id keeps
        # it apart from the next occurrence of a recurring timer, which is already scheduled.
        self.scheduler.at(now, _catch_up_job(due.key), self._fire, due, False)

    def _wake(self, key: TimerKey, when: dt.datetime, *, late: bool) -> None:
        self.scheduler.at(when, str(key), self._fire, Due(key, when, late), True)

    async def _fire(self, due: Due, rearm: bool, attempt: int = 1) -> None:
        kind = self._kinds[due.key.kind]
        late = due.late or self.clock() - due.due > LATE_AFTER
        try:
            await kind.handler(dataclasses.replace(due, late=late))
        except Exception as exc:
            if attempt < ATTEMPTS:
                # A passing fault (a locked database, a Discord hiccup) gets a few more tries, never endless ones.
                log.warning("timer %s failed (%s); trying again in %s", due.key, exc, RETRY_DELAY * attempt)
                retry_at = self.clock() + RETRY_DELAY * attempt
                self.scheduler.at(retry_at, _retry_job(due.key), self._fire, due, False, attempt + 1)
            else:
                log.exception("timer %s failed %d times; giving up", due.key, attempt)
        finally:
            recurring = self._recurring.get(due.key)
            if rearm and recurring is not None:
                # The next occurrence after the one just handled; a late one is never repeated.
                zone = ZoneInfo(recurring.daily.zone)
                self._wake(due.key, next_occurrence(recurring.daily.at, zone, due.due), late=False)
