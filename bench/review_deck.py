"""Benchmark: the review deck on SQLite with 10,000 members × 200 cards (2,000,000 cards).

Prints the p50/p95/max latency of the due query (`DeckService.due`: one member's due cards, most overdue first) and
of one rating update (`DeckService.rate`: FSRS reschedule, review log, points), each through the real service, one
transaction per call. Budget: p95 ≤ 10 ms each.
Usage: python bench/review_deck.py [--members N] [--cards N] [--samples N] [--db FILE]
(`--db` keeps the filled database in FILE and reuses it on the next run: the fill takes a minute or two.)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.deck import Recall, new_card
from bot.db.engine import Database
from bot.db.migrate import upgrade
from bot.services.deck import DeckService

SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
GUILD = 1


def fill(path: Path, members: int, cards: int, question_ids: list[str], now: dt.datetime) -> None:
    """Insert the members and their cards directly (the set-up is not what is measured)."""
    rng = random.Random(7)
    state = new_card(question_ids[0], "", now)[0].state
    stamp = now.strftime(SQLITE_TIME)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(
            "INSERT INTO guild_settings (guild_id, daily_time, timezone, daily_enabled) VALUES (?, ?, ?, 0)",
            (GUILD, "09:00:00.000000", "UTC"),
        )
        conn.executemany(
            "INSERT INTO members (guild_id, user_id, timezone, joined_at) VALUES (?, ?, 'UTC', ?)",
            ((GUILD, user, stamp) for user in range(1, members + 1)),
        )
        for user in range(1, members + 1):
            picked = rng.sample(question_ids, cards)
            conn.executemany(
                "INSERT INTO deck_cards (guild_id, user_id, question_id, note, state, due, attempts, added_at) "
                "VALUES (?, ?, ?, 'a one-line note about the key idea', ?, ?, 0, ?)",
                (
                    (
                        GUILD,
                        user,
                        qid,
                        state,
                        (now + dt.timedelta(days=rng.uniform(-60, 120))).strftime(SQLITE_TIME),
                        stamp,
                    )
                    for qid in picked
                ),
            )
        conn.commit()


def summary(name: str, wall: list[float], cpu: list[float]) -> str:
    """Return p50/p95/max of wall-clock time, and p50/p95 of the process's CPU time (all its threads) per call."""

    def stats(seconds: list[float]) -> tuple[float, float, float]:
        ms = sorted(s * 1000 for s in seconds)
        return statistics.median(ms), ms[int(len(ms) * 0.95) - 1], ms[-1]

    w50, w95, wmax = stats(wall)
    c50, c95, _ = stats(cpu)
    return (
        f"{name}: wall p50 {w50:.2f} ms, p95 {w95:.2f} ms, max {wmax:.2f} ms; "
        f"CPU p50 {c50:.2f} ms, p95 {c95:.2f} ms (budget p95 10 ms)"
    )


async def main(members: int, cards: int, samples: int, keep: Path | None) -> None:
    bank = load_banks([SHIPPED_BANKS])
    # Card ids need not all be in the banks; the due query only reads the deck. Pad with synthetic ids if needed.
    question_ids = list(bank.questions)
    question_ids += [f"bench-{i:04d}" for i in range(max(0, cards - len(question_ids)))]
    now = dt.datetime.now(dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "bench.db"
        reuse = path.exists()
        database = Database.from_url(f"sqlite+aiosqlite:///{path}")
        await upgrade(database.engine)
        started = time.perf_counter()
        if not reuse:
            fill(path, members, cards, question_ids, now)
        action = "reused" if reuse else f"filled in {time.perf_counter() - started:.0f} s:"
        print(f"{action} {members:,} members × {cards} cards ({path.stat().st_size / 2**20:.0f} MiB)")
        deck = DeckService(database, bank)
        rng = random.Random(11)
        await deck.due(GUILD, 1, now)  # warm the pool

        # Wall-clock time includes waiting for a core on a busy machine; process CPU time is the work itself.
        due_wall, due_cpu, due_counts = [], [], []
        for _ in range(samples):
            user = rng.randint(1, members)
            t, c = time.perf_counter(), time.process_time()
            due = await deck.due(GUILD, user, now)
            due_wall.append(time.perf_counter() - t)
            due_cpu.append(time.process_time() - c)
            due_counts.append(len(due))
        print(summary("due query", due_wall, due_cpu) + f"; {statistics.mean(due_counts):.0f} due cards per member")

        rate_wall, rate_cpu = [], []
        for user in rng.sample(range(1, members + 1), samples):
            (card, _), *_ = await deck.due(GUILD, user, now, limit=1)
            t, c = time.perf_counter(), time.process_time()
            await deck.rate(GUILD, user, card.question_id, rng.choice(list(Recall)), now)
            rate_wall.append(time.perf_counter() - t)
            rate_cpu.append(time.process_time() - c)
        print(summary("rating update", rate_wall, rate_cpu))
        print(
            f"load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
        await database.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--samples", type=int, default=1_000)
    parser.add_argument("--db", type=Path, help="keep the filled database here and reuse it on later runs")
    args = parser.parse_args()
    asyncio.run(main(args.members, args.cards, args.samples, args.db))
