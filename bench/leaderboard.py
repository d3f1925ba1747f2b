"""The leaderboard over 100,000 members and 1,000,000 ledger lines: p50/p95 per period, on SQLite and PostgreSQL.

Fills a fresh database (migrated to head) with ledger lines spread over the last 60 days, each from a session of a
random round, and the tallies and score histograms the bot keeps beside the ledger (computed here in one pass, as
`award` would have added them line by line). Then times `LeaderboardService.page` — the whole `/leaderboard` read:
the member count, one page, the first row's rank and the caller's own rank — for random callers and pages, per
period. Prints figures; asserts nothing.

    .venv/bin/python bench/leaderboard.py [--members 100000] [--rows 1000000] [--queries 300] [--postgres URL]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from bot.core.leaderboard import BoardQuery  # noqa: E402
from bot.core.questions import Round  # noqa: E402
from bot.core.scoring import Period, period_starts  # noqa: E402
from bot.db.engine import Database  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.scheduling import Scheduler  # noqa: E402
from bot.services.leaderboard import LeaderboardService  # noqa: E402
from bot.timers import TimerRegistry  # noqa: E402
from tests.conftest import reset_postgres  # noqa: E402

GUILD = 1
DAYS = 60


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


TABLES = {
    "guild_settings": ("guild_id", "review_window_hours", "daily_time", "timezone", "daily_enabled"),
    "members": ("guild_id", "user_id", "timezone", "joined_at"),
    "points_ledger": ("guild_id", "user_id", "delta", "reason", "source", "created_at"),
    "points_tallies": ("guild_id", "period", "starts", "round", "user_id", "points", "reviews"),
    "points_histogram": ("guild_id", "period", "starts", "round", "metric", "score", "members"),
}


def _generate(members: int, rows: int, now: dt.datetime, rng: random.Random) -> dict[str, list[tuple]]:
    """Return the rows of each table: ledger lines over the last DAYS days and the tallies they add up to."""
    rounds = [r.value for r in Round]
    ledger, tallies = [], {}
    for i in range(rows):
        user = rng.randrange(members)
        at = now - dt.timedelta(seconds=rng.randrange(DAYS * 86_400))
        review = rng.random() < 0.3
        delta = 10 if review else rng.choice((45, 60, 75, 90, 100, 150))
        ledger.append((GUILD, user, delta, "review" if review else "session", f"bench:{i}", at))
        round_ = rng.choice(rounds)
        for period, starts in period_starts(at).items():
            for scope in ("", round_):
                tally = tallies.setdefault((period.value, starts, scope, user), [0, 0])
                tally[0] += delta
                tally[1] += review
    buckets: dict[tuple, int] = {}
    for (period, starts, scope, _), scores in tallies.items():
        for metric, score in zip(("points", "reviews"), scores, strict=True):
            if score > 0:
                bucket = (GUILD, period, starts, scope, metric, score)
                buckets[bucket] = buckets.get(bucket, 0) + 1
    return {
        "points_histogram": [(*bucket, n) for bucket, n in buckets.items()],
        "guild_settings": [(GUILD, 48, dt.time(9, 0), "UTC", False)],
        "members": [(GUILD, u, "UTC", now) for u in range(members)],
        "points_ledger": ledger,
        "points_tallies": [(GUILD, *key, p, r) for key, (p, r) in tallies.items()],
    }


def _sqlite_value(value: object) -> object:
    """Store values as SQLAlchemy does in SQLite (UTC timestamps without a zone)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _fill_sqlite(path: str, data: dict[str, list[tuple]]) -> None:
    # A bulk load: no journal, a large cache, rows in key order and the secondary indexes built afterwards —
    # otherwise millions of random-order index inserts thrash a 2 MB cache through a multi-GB WAL.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'points_tallies' AND sql IS NOT NULL"
        ).fetchall()
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-500000"):
            conn.execute(f"PRAGMA {pragma}")
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("BEGIN")
        for table, rows in data.items():
            columns = TABLES[table]
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            conn.executemany(sql, ([_sqlite_value(v) for v in row] for row in sorted(rows, key=_key)))
        conn.execute("COMMIT")
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def _key(row: tuple) -> tuple:
    return tuple(str(v) if isinstance(v, dt.date | dt.time) else v for v in row)


async def fill(database: Database, url: str, members: int, rows: int, now: dt.datetime, rng: random.Random) -> int:
    """Insert members, ledger lines and their tallies (bulk: sqlite3 executemany, PostgreSQL COPY); return the
    number of tally rows."""
    data = _generate(members, rows, now, rng)
    if database.is_sqlite:
        await database.engine.dispose()  # the bulk load switches the journal mode: no other connection may be open
        await asyncio.to_thread(_fill_sqlite, url.split("///", 1)[1], data)
    else:
        async with database.engine.connect() as conn:
            raw = (await conn.get_raw_connection()).driver_connection
            for table, table_rows in data.items():
                await raw.copy_records_to_table(table, records=table_rows, columns=list(TABLES[table]))
            await raw.execute("VACUUM ANALYZE")  # as autovacuum would: index-only scans need the visibility map
    return len(data["points_tallies"])


async def measure(database: Database, members: int, queries: int, rng: random.Random) -> dict[Period, list[float]]:
    """Time `page` for random callers and pages (mostly the first), per period; return seconds."""
    service = LeaderboardService(database, TimerRegistry(Scheduler(), lambda: dt.datetime.now(dt.UTC)), _now)
    times: dict[Period, list[float]] = {}
    for period in Period:
        query = BoardQuery(period)
        await service.page(GUILD, query, 0, 0)  # warm the cache
        found = []
        for _ in range(queries):
            page = 0 if rng.random() < 0.7 else rng.randrange(50)
            start = time.perf_counter()
            await service.page(GUILD, query, page, rng.randrange(members))
            found.append(time.perf_counter() - start)
        times[period] = found
    return times


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def run(url: str, members: int, rows: int, queries: int) -> None:
    """Fill one backend and print its figures."""
    rng = random.Random(13)
    database = Database.from_url(url)
    try:
        await upgrade(database.engine)
        started = time.perf_counter()
        tally_rows = await fill(database, url, members, rows, _now(), rng)
        filled = time.perf_counter() - started
        times = await measure(database, members, queries, rng)
    finally:
        await database.dispose()
    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    print(
        f"{backend}: {members:,} members, {rows:,} ledger lines over {DAYS} days, {tally_rows:,} tally rows "
        f"(filled in {filled:.0f} s); {queries} /leaderboard reads per period (page, count, ranks):"
    )
    for period, found in times.items():
        print(
            f"  {period.value:<6} p50 {percentile(found, 50) * 1000:6.2f} ms"
            f"   p95 {percentile(found, 95) * 1000:6.2f} ms"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--postgres", help="also run on this PostgreSQL URL (its public schema is dropped)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run(f"sqlite+aiosqlite:///{tmp}/bench.db", args.members, args.rows, args.queries))
    if args.postgres:
        asyncio.run(reset_postgres(args.postgres))
        asyncio.run(run(args.postgres, args.members, args.rows, args.queries))
