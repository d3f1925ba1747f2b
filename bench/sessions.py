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
from bot.scheduling import Timers
from bot.services.sessions import SessionService


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
        timers = Timers()
        timers.start()
        lateness: list[float] = []
        done = asyncio.Event()
        rss_before = rss_mb()

        async def fire(session_id: int, due: dt.datetime) -> None:
            lateness.append((dt.datetime.now(dt.UTC) - due).total_seconds())
            await service.end(session_id, dt.datetime.now(dt.UTC))
            if len(lateness) == count:
                done.set()

        started = time.perf_counter()
        opened = []
        for i in range(count):
            round_ = rounds[i % len(rounds)]
            session = await service.open(
                guild_id=1 + i % 50, user_id=1000 + i, round_=round_, now=dt.datetime.now(dt.UTC)
            )
            for n, nudge in enumerate(session.nudges()):
                timers.at(nudge.at, f"s{session.id}:n{n}", asyncio.sleep, 0)
            timers.at(session.deadline, f"s{session.id}:end", fire, session.id, session.deadline)
            opened.append(session.id)
        setup_seconds = time.perf_counter() - started
        rss_open = rss_mb()
        print(f"opened {count} sessions in {setup_seconds:.1f} s; {timers.pending()} timers pending")
        print(f"RSS: {rss_before:.0f} MiB before, {rss_open:.0f} MiB with all sessions open (budget 200)")
        # Deadlines are then compressed into the window (replacing the real ones), so the run takes a minute.
        first_due = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        for i, session_id in enumerate(opened):
            due = first_due + dt.timedelta(seconds=window * i / count)
            timers.at(due, f"s{session_id}:end", fire, session_id, due)
        await asyncio.wait_for(done.wait(), timeout=window + 120)
        lateness.sort()
        p50 = statistics.median(lateness)
        p99 = lateness[int(len(lateness) * 0.99) - 1]
        print(
            f"deadline lateness over {len(lateness)} sessions: p50 {p50 * 1000:.1f} ms, "
            f"p99 {p99 * 1000:.1f} ms, max {lateness[-1] * 1000:.1f} ms (budget 1000 ms)"
        )
        await timers.stop()
        await database.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--window", type=float, default=60.0, help="seconds over which the deadlines are spread")
    args = parser.parse_args()
    asyncio.run(main(args.sessions, args.window))
