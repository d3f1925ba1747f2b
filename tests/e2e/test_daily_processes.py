"""Two bot processes on one database (SQLite file, PostgreSQL), several servers, several simulated days: each server
gets exactly one daily post a day — whether the processes split the servers by shard or both race for every claim."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.core.bank import Bank
from bot.db.engine import Database
from bot.services.daily import DailyService
from tests.conftest import POSTGRES_URL, REQUIRE_POSTGRES, reset_postgres
from tests.e2e.daily_flow import FakeClock, daily_posts
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness

OWN_FAKE = True
T0 = dt.datetime(2026, 12, 2, 8, 30, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
LEAD = dt.timedelta(seconds=2.5)
DAYS = 3
# Every server posts at the same UTC instant, at its own local time: both sides of the date line, and DST zones.
ZONES = {
    "Europe/Berlin": dt.time(9, 30),
    "Pacific/Kiritimati": dt.time(22, 30),  # UTC+14: already the next day
    "Etc/GMT+12": dt.time(20, 30),  # UTC-12: still the previous day
    "America/New_York": dt.time(3, 30),
    "Asia/Tokyo": dt.time(17, 30),
    "UTC": dt.time(8, 30),
}
SERVERS_PER_SHARD = 3
RUNS: list[str] = []  # each run starts on later days: the servers and their messages (and nonces) carry over


def _servers(fake: FakeDiscord) -> list:
    """Return the fake's servers, adding some until each of two shards has SERVERS_PER_SHARD."""
    while True:
        guilds = list(fake.world.guilds.values())
        shards = [sum(1 for g in guilds if (g.id >> 22) % 2 == s) for s in (0, 1)]
        if min(shards) >= SERVERS_PER_SHARD:
            return guilds
        fake.add_guild(f"Study group {len(guilds)}")
        time.sleep(0.002)  # snowflakes made in the same millisecond share a shard: let the clock move on


async def _configure(url: str, guilds: list, t0: dt.datetime) -> None:
    database = Database.from_url(url)
    daily = DailyService(database, Bank({}))
    for guild, (zone, at) in zip(guilds, [*ZONES.items()] * len(guilds), strict=False):
        await daily.configure(
            guild.id,
            channel_id=guild.channel("daily").id,
            at=at,
            zone=zone,
            round_="mix",
            difficulty="rotate",
            role_id=None,
            now=t0 - dt.timedelta(hours=1),
        )
    await database.dispose()


async def _count_rows(url: str) -> int:
    database = Database.from_url(url)
    async with database.read() as tx:
        count = int(await tx.scalar(text("SELECT count(*) FROM daily_posts WHERE message_id IS NOT NULL")) or 0)
    await database.dispose()
    return count


@pytest.mark.parametrize("sharded", [True, False], ids=["split-by-shard", "racing-for-every-claim"])
@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_two_processes_post_once_per_server_per_day(
    fake: FakeDiscord, tmp_path: Path, backend: str, sharded: bool
) -> None:
    guilds = _servers(fake)
    RUNS.append(f"{backend}-{sharded}")
    t0 = T0 + len(RUNS) * 10 * DAY
    harness = Harness(fake, tmp_path)
    if backend == "postgres":
        if POSTGRES_URL is None:
            if REQUIRE_POSTGRES:
                pytest.fail("REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set")
            pytest.skip("TEST_POSTGRES_URL not set (run .ci/start-postgres)")
        await reset_postgres(POSTGRES_URL)
        harness.database_url = POSTGRES_URL
    clock = FakeClock(tmp_path / "clock")
    clock.set(t0 - dt.timedelta(hours=1))
    harness.settings.update(clock.env())
    await harness.prepare(["e2e_clock"])
    await _configure(harness.database_url, guilds, t0)
    already = {g.id: len(daily_posts(fake, g.channel("daily"))) for g in guilds}

    procs: list[BotProcess] = []
    try:
        for shard in (0, 1):
            if sharded:
                harness.settings.update(SHARD_COUNT="2", SHARD_IDS=str(shard))
            procs.append(await harness.start(["e2e_clock"]))
        for day in range(DAYS):
            clock.set(t0 + day * DAY - LEAD)

            def posted(day: int = day) -> bool:
                return all(len(daily_posts(fake, g.channel("daily"))) - already[g.id] == day + 1 for g in guilds)

            await fake.wait_for(posted, timeout=30, what=f"day {day + 1}'s posts in every server")
            await asyncio.sleep(0.5)  # a duplicate would arrive now
            counts = {g.name: len(daily_posts(fake, g.channel("daily"))) - already[g.id] for g in guilds}
            assert set(counts.values()) == {day + 1}, counts
        assert await _count_rows(harness.database_url) == len(guilds) * DAYS
        if sharded:  # each process posted only for the servers of its own shard
            for shard, proc in enumerate(procs):
                sent = {int(r.message.split()[4]) for r in proc.records if "daily post of server" in r.message}
                assert sent and all((g >> 22) % 2 == shard for g in sent)
    finally:
        for proc in procs:
            await proc.stop()
