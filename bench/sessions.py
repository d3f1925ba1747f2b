"""Benchmark: 10,000 open sessions in one process with the real scheduler.

Prints resident memory with every session open and its timers (nudges and deadline) pending, and how
late each deadline fired (p50/p99/max); firing ends the session in the database, as the bot does.
Budget (DESIGN.md §5): RSS ≤ 200 MB, every deadline within 1 s.
Usage: python bench/sessions.py [--sessions N] [--window SECONDS]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.questions import Round
from bot.db.engine import Database
from bot.db.migrate import upgrade
from bot.scheduling import Scheduler
from bot.services.sessions import SessionService
from bot.timers import Due, TimerKind, TimerRegistry


def rss_mb() -> float:
    """Return the current resident set size in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def main(count: int, window: float) -> None:
    bank = load_banks([SHIPPED_BANKS])
    rounds = [r for r in Round if bank.select(r)]
    with tempfile.TemporaryDirectory() as tmp:
        database = Database.from_url(f"sqlite+aiosqlite:///{tmp}/bench.db")
        await upgrade(database.engine)
        service = SessionService(database, bank, random.Random(1))
        scheduler = Scheduler()
        scheduler.start()
        timers = TimerRegistry(scheduler, lambda: dt.datetime.now(dt.UTC))
        lateness: list[float] = []
        done = asyncio.Event()
        rss_before = rss_mb()

        async def fire(due: Due) -> None:
            lateness.append((dt.datetime.now(dt.UTC) - due.due).total_seconds())
            await service.end(int(due.key.id), dt.datetime.now(dt.UTC))
            if len(lateness) == count:
                done.set()

        async def nudge(due: Due) -> None:
            await asyncio.sleep(0)

        async def nothing_pending() -> list:
            return []

        timers.register(TimerKind("end", fire, nothing_pending))
        timers.register(TimerKind("nudge", nudge, nothing_pending))

        started = time.perf_counter()
        opened = []
        for i in range(count):
            round_ = rounds[i % len(rounds)]
            session = await service.open(
                guild_id=1 + i % 50, user_id=1000 + i, round_=round_, now=dt.datetime.now(dt.UTC)
            )
            for n, nudge in enumerate(session.nudges()):
                timers.at("nudge", f"{session.id}:{n}", nudge.at, session.guild_id)
            timers.at("end", session.id, session.deadline, session.guild_id)
            opened.append(session.id)
        setup_seconds = time.perf_counter() - started
        rss_open = rss_mb()
        print(f"opened {count} sessions in {setup_seconds:.1f} s; {scheduler.pending()} timers pending")
        print(f"RSS: {rss_before:.0f} MiB before, {rss_open:.0f} MiB with all sessions open (budget 200)")
        # Deadlines are then compressed into the window (replacing the real ones), so the run takes a minute.
        first_due = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        for i, session_id in enumerate(opened):
            due = first_due + dt.timedelta(seconds=window * i / count)
            timers.at("end", session_id, due, guild_id=1)
        await asyncio.wait_for(done.wait(), timeout=window + 120)
        lateness.sort()
        p50 = statistics.median(lateness)
        p99 = lateness[int(len(lateness) * 0.99) - 1]
        print(
            f"deadline lateness over {len(lateness)} sessions: p50 {p50 * 1000:.1f} ms, "
            f"p99 {p99 * 1000:.1f} ms, max {lateness[-1] * 1000:.1f} ms (budget 1000 ms)"
        )
        await scheduler.stop()
        await database.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--window", type=float, default=60.0, help="seconds over which the deadlines are spread")
    args = parser.parse_args()
    asyncio.run(main(args.sessions, args.window))
