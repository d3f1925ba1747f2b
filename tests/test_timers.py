"""The timer registry: one-shot and recurring timers, rebuild from the database, catch-up per kind, cancel, shards."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterable

import pytest

from bot.clock import utcnow
from bot.scheduling import Scheduler
from bot.timers import CatchUp, Daily, Due, Pending, TimerKind, TimerRegistry

BERLIN_DST_START = dt.datetime(2026, 3, 28, 12, 0, tzinfo=dt.UTC)  # the day before clocks go forward
BERLIN_DST_END = dt.datetime(2026, 10, 24, 12, 0, tzinfo=dt.UTC)  # the day before clocks go back
SHARD_1_GUILD = 1 << 22  # (guild >> 22) % 2 == 1


class Recorder:
    """A kind's handler, listing and skip hook that remember what happened."""

    def __init__(self, pending: Iterable[Pending] = ()) -> None:
        self.listed = list(pending)
        self.fired: list[Due] = []
        self.skipped: list[Due] = []
        self.event = asyncio.Event()

    async def handler(self, due: Due) -> None:
        self.fired.append(due)
        self.event.set()

    async def pending(self) -> list[Pending]:
        return self.listed

    async def skip(self, due: Due) -> None:
        self.skipped.append(due)

    def kind(self, name: str = "test", cutoff: dt.timedelta | None = None) -> TimerKind:
        return TimerKind(name, self.handler, self.pending, CatchUp(cutoff), self.skip)


@pytest.fixture
async def scheduler() -> AsyncIterator[Scheduler]:
    scheduler = Scheduler()
    scheduler.start()
    yield scheduler
    await scheduler.stop()


def fixed(now: dt.datetime) -> TimerRegistry:
    """A registry whose clock stands still at `now` and whose scheduler never runs."""
    return TimerRegistry(Scheduler(), lambda: now)


async def test_a_one_shot_timer_fires_once_at_its_instant(scheduler: Scheduler) -> None:
    registry, recorder = TimerRegistry(scheduler, utcnow), Recorder()
    registry.register(recorder.kind())
    when = utcnow() + dt.timedelta(milliseconds=50)
    registry.at("test", 7, when, guild_id=1)
    assert scheduler.when("test:7") == when
    await asyncio.wait_for(recorder.event.wait(), 5)
    assert [(d.key.kind, d.key.id, d.due, d.late) for d in recorder.fired] == [("test", "7", when, False)]
    assert scheduler.when("test:7") is None


async def test_cancel_works_before_and_after_firing(scheduler: Scheduler) -> None:
    registry, recorder = TimerRegistry(scheduler, utcnow), Recorder()
    registry.register(recorder.kind())
    registry.at("test", "soon", utcnow() + dt.timedelta(milliseconds=50), guild_id=1)
    registry.cancel("test", "soon")
    registry.at("test", "now", utcnow(), guild_id=1)
    await asyncio.wait_for(recorder.event.wait(), 5)
    registry.cancel("test", "now")  # already fired: nothing to do, no error
    await asyncio.sleep(0.2)
    assert [d.key.id for d in recorder.fired] == ["now"]


def test_a_recurring_timer_keeps_its_wall_clock_time_across_spring_forward() -> None:
    registry, recorder = fixed(BERLIN_DST_START), Recorder()
    registry.register(recorder.kind())
    registry.daily("test", 1, Daily(dt.time(9, 30), "Europe/Berlin"), guild_id=1)
    # 09:30 CEST on 29 March is 07:30 UTC, an hour earlier in UTC than the day before.
    assert registry.scheduler.when("test:1") == dt.datetime(2026, 3, 29, 7, 30, tzinfo=dt.UTC)


def test_a_recurring_timer_keeps_its_wall_clock_time_across_fall_back() -> None:
    registry, recorder = fixed(BERLIN_DST_END), Recorder()
    registry.register(recorder.kind())
    registry.daily("test", 1, Daily(dt.time(9, 30), "Europe/Berlin"), guild_id=1)
    assert registry.scheduler.when("test:1") == dt.datetime(2026, 10, 25, 8, 30, tzinfo=dt.UTC)


async def test_a_recurring_timer_re_arms_for_the_next_day_after_firing(scheduler: Scheduler) -> None:
    registry, recorder = TimerRegistry(scheduler, utcnow), Recorder()
    registry.register(recorder.kind())
    soon = utcnow() + dt.timedelta(seconds=1)
    registry.daily("test", 1, Daily(soon.time(), "UTC"), guild_id=1)
    await asyncio.wait_for(recorder.event.wait(), 5)
    await asyncio.sleep(0.05)
    assert recorder.fired[0].due == soon
    assert scheduler.when("test:1") == soon + dt.timedelta(days=1)


async def test_a_recurring_timer_at_midnight_fires_on_the_new_local_day() -> None:
    registry, recorder = fixed(dt.datetime(2026, 11, 30, 22, 59, tzinfo=dt.UTC)), Recorder()
    registry.register(recorder.kind())
    registry.daily("test", 1, Daily(dt.time(0, 0), "Europe/Berlin"), guild_id=1)
    assert registry.scheduler.when("test:1") == dt.datetime(2026, 11, 30, 23, 0, tzinfo=dt.UTC)


async def test_rebuild_schedules_future_timers_and_catches_up_past_ones(scheduler: Scheduler) -> None:
    now = utcnow()
    future, past = now + dt.timedelta(hours=1), now - dt.timedelta(hours=1)
    recorder = Recorder([Pending(1, 1, at=future), Pending(2, 1, at=past)])
    registry = TimerRegistry(scheduler, utcnow)
    registry.register(recorder.kind())
    await registry.rebuild()
    await asyncio.wait_for(recorder.event.wait(), 5)
    assert [(d.key.id, d.due, d.late) for d in recorder.fired] == [("2", past, True)]
    assert scheduler.when("test:1") == future


async def test_catch_up_skips_a_timer_past_its_kinds_cutoff(scheduler: Scheduler) -> None:
    now = utcnow()
    recorder = Recorder([Pending(1, 1, at=now - dt.timedelta(hours=7)), Pending(2, 1, at=now - dt.timedelta(hours=5))])
    registry = TimerRegistry(scheduler, utcnow)
    registry.register(recorder.kind(cutoff=dt.timedelta(hours=6)))
    await registry.rebuild()
    await asyncio.wait_for(recorder.event.wait(), 5)
    assert [d.key.id for d in recorder.fired] == ["2"]
    assert [d.key.id for d in recorder.skipped] == ["1"]


async def test_rebuild_catches_up_a_missed_daily_occurrence_once(scheduler: Scheduler) -> None:
    now = utcnow()
    missed = now - dt.timedelta(hours=2)
    daily = Daily(missed.time(), "UTC")
    recorder = Recorder(
        [
            Pending("missed", 1, daily=daily, done_through=missed - dt.timedelta(days=1)),
            Pending("done", 1, daily=daily, done_through=missed),
        ]
    )
    registry = TimerRegistry(scheduler, utcnow)
    registry.register(recorder.kind())
    await registry.rebuild()
    await asyncio.wait_for(recorder.event.wait(), 5)
    await asyncio.sleep(0.1)
    assert [(d.key.id, d.due, d.late) for d in recorder.fired] == [("missed", missed, True)]
    assert scheduler.when("test:missed") == missed + dt.timedelta(days=1)
    assert scheduler.when("test:done") == missed + dt.timedelta(days=1)


async def test_a_process_serves_only_the_guilds_of_its_shards() -> None:
    now = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    recorder = Recorder([Pending(1, 1, at=now + dt.timedelta(hours=1)), Pending(2, SHARD_1_GUILD, at=now)])
    registry = TimerRegistry(Scheduler(), lambda: now, shard_count=2, shard_ids=[0])
    registry.register(recorder.kind())
    await registry.rebuild()
    registry.at("test", 3, now, guild_id=SHARD_1_GUILD)
    assert registry.scheduler.when("test:1") is not None
    assert registry.scheduler.when("test:2") is None and registry.scheduler.when("test:2:catch-up") is None
    assert registry.scheduler.when("test:3") is None
    assert registry.serves(1) and not registry.serves(SHARD_1_GUILD)


def test_a_kind_is_registered_once_and_unknown_kinds_are_refused() -> None:
    registry, recorder = fixed(BERLIN_DST_START), Recorder()
    registry.register(recorder.kind())
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(recorder.kind())
    with pytest.raises(KeyError, match="unknown timer kind"):
        registry.at("nope", 1, BERLIN_DST_START, guild_id=1)


async def test_a_failing_handler_is_retried_a_few_times_then_given_up(
    scheduler: Scheduler, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.timers.RETRY_DELAY", dt.timedelta(milliseconds=20))
    attempts: list[Due] = []
    gave_up = asyncio.Event()

    async def flaky(due: Due) -> None:
        attempts.append(due)
        if len(attempts) == 3:
            gave_up.set()
        raise RuntimeError("database is locked")

    async def nothing() -> list[Pending]:
        return []

    registry = TimerRegistry(scheduler, utcnow)
    registry.register(TimerKind("flaky", flaky, nothing))
    registry.at("flaky", 1, utcnow(), guild_id=1)
    await asyncio.wait_for(gave_up.wait(), 5)
    await asyncio.sleep(0.2)
    assert len(attempts) == 3  # three tries in all, then no more
