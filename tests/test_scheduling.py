"""The scheduler: late jobs still run, cancelled ones do not, and stopping lets running callbacks finish."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.scheduling import Scheduler


def _soon(seconds: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


async def test_a_timer_already_overdue_still_fires() -> None:
    timers, fired = Scheduler(), asyncio.Event()

    async def mark() -> None:
        fired.set()

    timers.start()
    timers.at(_soon(-3600), "late", mark)  # missed by an hour, e.g. while the bot was down
    await asyncio.wait_for(fired.wait(), 5)
    await timers.stop()


async def test_cancelled_and_replaced_timers() -> None:
    timers, calls = Scheduler(), []

    async def record(value: str) -> None:
        calls.append(value)

    timers.start()
    timers.at(_soon(0.2), "a", record, "first")
    timers.at(_soon(0.2), "a", record, "replacement")
    timers.at(_soon(0.2), "b", record, "cancelled")
    timers.cancel("b")
    assert timers.pending() == 1
    await asyncio.sleep(0.6)
    await timers.stop()
    assert calls == ["replacement"]


async def test_stop_waits_for_a_running_callback() -> None:
    timers, started, finished = Scheduler(), asyncio.Event(), []

    async def slow() -> None:
        started.set()
        await asyncio.sleep(0.3)
        finished.append(True)

    timers.start()
    timers.at(_soon(0), "slow", slow)
    await asyncio.wait_for(started.wait(), 5)
    await timers.stop()
    assert finished == [True]
