"""Leaderboards on SQLite and PostgreSQL: tallies kept with the ledger, fair ranks, periods, rounds, the caller."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from sqlalchemy import text

from bot.core.leaderboard import BoardKind, BoardQuery
from bot.core.questions import Round
from bot.core.scoring import Period, Standing
from bot.db.engine import Database
from bot.db.models import SessionRecord
from bot.db.repositories import PointsRepository, SessionRepository
from bot.scheduling import Scheduler
from bot.services.leaderboard import LeaderboardService
from bot.timers import TimerRegistry

GUILD = 10
MONDAY = dt.datetime(2026, 11, 30, 0, 0, tzinfo=dt.UTC)  # the week's and (not) the month's first instant
NOW = MONDAY + dt.timedelta(hours=12)


def _service(database: Database) -> LeaderboardService:
    return LeaderboardService(database, TimerRegistry(Scheduler(), lambda: NOW), lambda: NOW)


async def _award(database: Database, user: int, delta: int, at: dt.datetime, source: str, **kw: object) -> None:
    async with database.write() as tx:
        await PointsRepository(tx).award(GUILD, user, delta, kw.pop("reason", "session"), source, at, **kw)  # type: ignore[arg-type]


async def test_ties_share_a_rank_and_the_caller_sees_their_rank_off_the_page(database: Database) -> None:
    # 25 members score 100 - 4 × (id // 2): 1 alone, then pairs tie (2 and 3, 4 and 5, …, 24 and 25).
    for user in range(1, 26):
        await _award(database, user, 100 - 4 * (user // 2), NOW, f"s:{user}")
    await _award(database, 1, 0, NOW, "again")  # a zero line changes nothing
    service = _service(database)
    first = await service.page(GUILD, BoardQuery(Period.WEEK), 0, caller_id=25)
    assert first.pages == 3 and first.members == 25
    assert [s.rank for s in first.standings] == [1, 2, 2, 4, 4, 6, 6, 8, 8, 10]
    assert first.caller == Standing(24, 25, 52)  # tied with member 24
    second = await service.page(GUILD, BoardQuery(Period.WEEK), 1, caller_id=None)
    # Positions 10 and 11 tie across the page break: both rank 10.
    assert [s.rank for s in second.standings][:2] == [10, 12]
    assert first.standings[-1].score == second.standings[0].score == 80
    last = await service.page(GUILD, BoardQuery(Period.WEEK), 99, caller_id=999)
    assert last.page == 2 and len(last.standings) == 5 and last.caller is None


async def test_periods_start_in_utc_and_rounds_and_reviews_have_their_own_boards(database: Database) -> None:
    async with database.write() as tx:
        row = await SessionRepository(tx).add(
            SessionRecord(
                guild_id=GUILD,
                user_id=1,
                round="behavioral",
                question_id="q",
                question_ids="q",
                started_at=NOW,
                deadline=NOW,
            )
        )
    await _award(database, 1, 60, NOW, "this-week", session_id=row.id)
    await _award(database, 2, 100, MONDAY - dt.timedelta(seconds=1), "last-week")  # Sunday 23:59:59 UTC
    await _award(database, 3, 10, NOW, "review", reason="review")
    await _award(database, 3, 10, NOW, "feedback", reason="feedback")
    await _award(database, 3, 10, NOW, "feedback", reason="feedback")  # retried: counted once
    service = _service(database)

    def scores(board) -> list[tuple[int, int]]:
        return [(s.user_id, s.score) for s in board.standings]

    assert scores(await service.page(GUILD, BoardQuery(Period.WEEK), 0)) == [(1, 60), (3, 20)]
    assert scores(await service.page(GUILD, BoardQuery(Period.MONTH), 0)) == [(2, 100), (1, 60), (3, 20)]
    assert scores(await service.page(GUILD, BoardQuery(Period.ALL, Round.BEHAVIORAL), 0)) == [(1, 60)]
    reviewers = await service.page(GUILD, BoardQuery(Period.ALL, kind=BoardKind.REVIEWERS), 0, caller_id=1)
    assert scores(reviewers) == [(3, 2)] and reviewers.caller is None


async def test_the_score_histogram_always_matches_the_tallies(database: Database) -> None:
    rng = random.Random(3)
    for i in range(80):
        reason = rng.choice(["session", "review", "helpful"])
        at = NOW - dt.timedelta(days=rng.randrange(40))
        await _award(database, rng.randrange(1, 15), rng.choice([0, 10, 15, 90]), at, f"s:{i % 60}", reason=reason)
    async with database.read() as tx:
        tallies = (await tx.execute(text("SELECT period, starts, round, points, reviews FROM points_tallies"))).all()
        buckets = (
            await tx.execute(text("SELECT period, starts, round, metric, score, members FROM points_histogram"))
        ).all()
    expected = Counter()
    for period, starts, scope, points, reviews in tallies:
        for metric, score in (("points", points), ("reviews", reviews)):
            if score > 0:
                expected[(period, str(starts), scope, metric, score)] += 1
    stored = Counter({(p, str(s), r, m, score): n for p, s, r, m, score, n in buckets if n})
    assert stored == expected and len(expected) > 20
