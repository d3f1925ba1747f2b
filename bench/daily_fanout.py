"""1,000 servers whose daily problem is due in the same minute, against a fake Discord enforcing 50 requests/s.

The real bot (`python -m bot run`, through the e2e shim) connects to a fake Discord from tests/e2e that answers 429,
with Discord's body and headers, to any request beyond 50 in a second (a global limit). Every server is configured in
the database for the same UTC instant (in six zones around the world); the test-only clock (FAKE_CLOCK_FILE) brings
the bot to two seconds before it. Prints the time until every server has its post (and its thread), the 429s
received (budget 0), duplicates (must be 0) and missing posts (must be 0). Asserts nothing.

    .venv/bin/python bench/daily_fanout.py [--servers 1000] [--limit 50]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.bank import Bank  # noqa: E402
from bot.db.engine import Database  # noqa: E402
from bot.services.daily import DailyService  # noqa: E402
from tests.e2e.daily_flow import FakeClock, daily_posts  # noqa: E402
from tests.e2e.fake_discord import FakeDiscord, Harness  # noqa: E402

T0 = dt.datetime(2026, 12, 2, 8, 30, tzinfo=dt.UTC)
ZONES = [
    ("Europe/Berlin", dt.time(9, 30)),
    ("Pacific/Kiritimati", dt.time(22, 30)),
    ("Etc/GMT+12", dt.time(20, 30)),
    ("America/New_York", dt.time(3, 30)),
    ("Asia/Tokyo", dt.time(17, 30)),
    ("UTC", dt.time(8, 30)),
]
LEAD_SECONDS = 2.0


async def configure(url: str, guilds: list) -> None:
    """Turn the daily post on in every server, due at T0."""
    database = Database.from_url(url)
    daily = DailyService(database, Bank({}))
    for index, guild in enumerate(guilds):
        zone, at = ZONES[index % len(ZONES)]
        await daily.configure(
            guild.id,
            channel_id=guild.channel("daily").id,
            at=at,
            zone=zone,
            round_="mix",
            difficulty="rotate",
            role_id=None,
            now=T0 - dt.timedelta(hours=1),
        )
    await database.dispose()


async def main(servers: int, limit: int) -> None:
    """Set up the servers, start the bot, bring its clock to T0 and watch the posts arrive."""
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeDiscord() as fake:
            for number in range(servers - 1):
                fake.add_guild(f"Study group {number + 1}")
            guilds = list(fake.world.guilds.values())
            channels = [g.channel("daily") for g in guilds]
            harness = Harness(fake, Path(tmp))
            clock = FakeClock(Path(tmp) / "clock")
            clock.set(T0 - dt.timedelta(hours=1))
            harness.settings.update(clock.env())
            await harness.prepare(["e2e_clock"])
            await configure(harness.database_url, guilds)
            rule = fake.rate_limit("*", r"/.*", limit=limit, per=1.0, is_global=True)
            bot = await harness.start(["e2e_clock"], timeout=120)
            try:
                await bot.wait_for_log(rf"connected as .* to {servers} servers", timeout=120)
                calls_before = len(fake.calls)
                clock.set(T0 - dt.timedelta(seconds=LEAD_SECONDS))
                due = time.perf_counter() + LEAD_SECONDS

                def counts() -> list[int]:
                    return [len(daily_posts(fake, c)) for c in channels]

                posted_at = threaded_at = None
                deadline = due + 240  # 2,000 requests at 50/s take 40 s: four minutes means something is lost
                while time.perf_counter() < deadline:
                    await asyncio.sleep(0.25)
                    if posted_at is None and all(counts()):
                        posted_at = time.perf_counter()
                    if posted_at is not None and all(
                        m.data.get("thread") for c in channels for m in daily_posts(fake, c)
                    ):
                        threaded_at = time.perf_counter()
                        break
                await asyncio.sleep(2)  # a late duplicate would show up now
                final = counts()
                requests = fake.calls[calls_before:]
                span = requests[-1].at - requests[0].at if len(requests) > 1 else None
            finally:
                await bot.stop(timeout=30)
            print(f"servers: {servers}, fake Discord global limit: {limit} requests/s")
            if posted_at is not None:
                print(f"all posted: {posted_at - due:.1f} s after due")
            if threaded_at is not None:
                print(f"all posted with their threads: {threaded_at - due:.1f} s after due")
            print(f"requests during the fan-out: {len(requests)}" + (f" over {span:.1f} s" if span else ""))
            print(f"429 responses: {rule.limited} (budget 0)")
            print(f"duplicates: {sum(max(0, n - 1) for n in final)} (must be 0)")
            print(f"missing: {sum(1 for n in final if n == 0)} (must be 0)")
            errors = bot.errors()
            print(f"bot errors logged: {len(errors)}")
            for record in errors[:3]:
                print("  " + "\n  ".join(record.text.splitlines()[-12:]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=1000)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.servers, args.limit))
