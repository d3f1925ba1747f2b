"""Reaction votes through the real gateway path into the database: sustained events/s, none lost, event-loop lag.

The bot runs as `python -m bot run` against the fake Discord from tests/e2e, with a test-only extension (e2e_lag) that
samples event-loop lag and counts reaction events received. One real session is finished so its four review prompts
exist; then reviewers react on them (one vote per reviewer and criterion, so the number of rows to expect is known).
Phase 1 sends as fast as the fake's gateway can and measures events/s until every vote is in the database; phase 2
sends at a steady rate (the budget's 2,000/s) and measures the event-loop lag while the bot keeps up; phase 3 sends a
burst, stops the bot (Ctrl-C) as soon as it has received the last event, and counts the rows: the batched writer
must write every queued event before exiting. Prints figures; asserts nothing.

    .venv/bin/python bench/reactions.py [--events 20000] [--rate 2000] [--burst 5000] [--postgres URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from bot.core.review import SCORE_EMOJI  # noqa: E402
from tests.conftest import reset_postgres  # noqa: E402
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness, Message  # noqa: E402
from tests.e2e.fake_discord.state import parse_emoji  # noqa: E402
from tests.e2e.mock_flow import bot_messages, is_summary, open_session, session_id  # noqa: E402

VOTES = "SELECT count(*) FROM votes WHERE kind = 'peer'"
# A paced sender releases events in chunks of this many, each at its due time.
PACE_CHUNK = 10


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def scalar(url: str, sql: str) -> int:
    """Run one counting query on the bot's database."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text(sql))).scalar_one())
    finally:
        await engine.dispose()


def received(bot: BotProcess) -> int:
    """Return the last count of reaction events the bot logged receiving."""
    found = [r for r in bot.records if r.message.startswith("e2e-received ")]
    return int(found[-1].message.split()[1]) if found else 0


def lag_samples(bot: BotProcess, since: int) -> list[float]:
    """Return the event-loop lag samples (ms) logged after record `since`."""
    samples: list[float] = []
    for record in bot.records[since:]:
        if record.message.startswith("e2e-lag ") and record.message[8:]:
            samples += [float(v) for v in record.message[8:].split(",")]
    return samples


async def prompts_of_a_finished_session(fake: FakeDiscord, url: str) -> list[Message]:
    """Finish one coding session and return its four review prompts once every reaction is pre-added."""
    alice = fake.user("alice")
    _, thread, card = await open_session(fake, alice, "coding")
    await alice.click(card, label="End")
    sid = session_id(card)
    await fake.wait_for(
        lambda: any(is_summary(m, sid) for m in bot_messages(fake, thread)), timeout=15, what="summary card"
    )
    for _ in range(200):
        if await scalar(url, f"SELECT count(*) FROM interview_sessions WHERE revealed_at IS NOT NULL AND id = {sid}"):
            break
        await asyncio.sleep(0.05)
    summary = next(m for m in bot_messages(fake, thread) if is_summary(m, sid))
    return [m for m in bot_messages(fake, thread) if m.id > summary.id]


async def react_all(
    fake: FakeDiscord, prompts: list[Message], first: int, reviewers: int, rate: float | None = None
) -> float:
    """Each reviewer reacts once on each prompt, at `rate` events/s or as fast as the gateway sends; return the
    seconds it took."""
    users = [fake.user(f"reviewer{i}").user for i in range(first, first + reviewers)]
    emojis = [parse_emoji(e) for e in SCORE_EMOJI]
    start = time.perf_counter()
    sent = 0
    for i, user in enumerate(users):
        for j, prompt in enumerate(prompts):
            await fake.world.add_reaction(prompt, user, emojis[(i + j) % 4])
            sent += 1
            if rate and sent % PACE_CHUNK == 0 and (ahead := start + sent / rate - time.perf_counter()) > 0:
                await asyncio.sleep(ahead)
    return time.perf_counter() - start


async def wait_rows(url: str, expected: int, timeout: float = 120) -> float:
    """Poll the database until `expected` peer votes are stored; return when that was (perf_counter)."""
    end = time.perf_counter() + timeout
    while time.perf_counter() < end:
        if await scalar(url, VOTES) >= expected:
            return time.perf_counter()
        await asyncio.sleep(0.02)
    raise TimeoutError(f"only {await scalar(url, VOTES)} of {expected} votes stored after {timeout} s")


async def run(events: int, burst: int, rate: float, postgres: str | None) -> None:
    """Run both phases on one backend and print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeDiscord() as fake:
            harness = Harness(fake, Path(tmp))
            if postgres:
                await reset_postgres(postgres)
                harness.database_url = postgres
            url = harness.database_url
            await harness.prepare(["e2e_lag"])
            bot = await harness.start(["e2e_lag"])
            try:
                prompts = await prompts_of_a_finished_session(fake, url)
                n = len(prompts)
                # 1. Flat out: the fake sends as fast as it can; how fast do votes reach the database?
                flat = events // n
                start = time.perf_counter()
                flat_sent = await react_all(fake, prompts, 0, flat)
                flat_elapsed = await wait_rows(url, flat * n) - start
                # 2. Paced at the budget's rate: does the bot keep up, and how late does its event loop run?
                paced = events // n
                since = len(bot.records)
                await asyncio.sleep(3.1)  # idle: the loop's lag on this machine, with nothing to do
                idle = lag_samples(bot, since)
                since = len(bot.records)
                start = time.perf_counter()
                paced_sent = await react_all(fake, prompts, flat, paced, rate=rate)
                paced_elapsed = await wait_rows(url, (flat + paced) * n) - start
                await asyncio.sleep(1.1)  # the lag line covering the end of the run
                lags = lag_samples(bot, since)
                # 3. A burst, then Ctrl-C as soon as the bot has received the last event.
                more = burst // n
                before = received(bot)
                await react_all(fake, prompts, flat + paced, more)
                target = before + more * n
                while received(bot) < target:
                    await asyncio.sleep(0.005)
            finally:
                status = await bot.stop()
            queued = next((r.message for r in bot.records if "queued reaction events before stopping" in r.message), "")
            stored = await scalar(url, VOTES)
            expected = (flat + paced + more) * n
            errors = bot.errors()

    backend = "PostgreSQL" if postgres else "SQLite"
    print(f"{backend}, {n} review prompts, one vote per reviewer and prompt:")
    print(
        f"  flat out: {flat * n:,} events sent in {flat_sent:.2f} s; all stored after {flat_elapsed:.2f} s: "
        f"{flat * n / flat_elapsed:,.0f} events/s"
    )
    print(
        f"  paced at {rate:,.0f}/s: {paced * n:,} events sent in {paced_sent:.2f} s, all stored after "
        f"{paced_elapsed:.2f} s ({paced * n / paced_elapsed:,.0f} events/s sustained)"
    )
    print(
        f"  event-loop lag while paced ({len(lags):,} samples of a 10 ms sleep): p50 {percentile(lags, 50):.2f} ms, "
        f"p99 {percentile(lags, 99):.2f} ms, max {max(lags):.2f} ms"
    )
    print(
        f"  event-loop lag idle, same machine, just before ({len(idle):,} samples): p50 {percentile(idle, 50):.2f} ms, "
        f"p99 {percentile(idle, 99):.2f} ms, max {max(idle):.2f} ms; load average {os.getloadavg()[0]:.1f}"
    )
    match = re.search(r"writing (\d+) queued", queued)
    left = match[1] if match else "?"
    print(
        f"  clean stop right after a burst of {more * n:,} events: {left} still queued "
        f"at Ctrl-C; rows {stored:,} of {expected:,} expected ({'none lost' if stored == expected else 'LOST SOME'}); "
        f"exit {status}"
    )
    if errors:
        print("  the bot logged errors:\n" + "\n".join(r.text for r in errors), file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--burst", type=int, default=5_000)
    parser.add_argument("--rate", type=float, default=2_000, help="events/s of the paced run")
    parser.add_argument("--postgres", help="also run on this PostgreSQL URL (its public schema is dropped)")
    args = parser.parse_args()
    asyncio.run(run(args.events, args.burst, args.rate, None))
    if args.postgres:
        asyncio.run(run(args.events, args.burst, args.rate, args.postgres))
