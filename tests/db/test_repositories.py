"""Repositories on SQLite and PostgreSQL: what the services will rely on."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bot.db.engine import Database
from bot.db.models import SessionRecord
from bot.db.repositories import (
    DailyPostRepository,
    GuildRepository,
    PointsRepository,
    SessionRepository,
)
from bot.db.votes import VoteRepository

NOW = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
GUILD, ALICE, BOB = 111_111_111_111_111_111, 222_222_222_222_222_222, 333_333_333_333_333_333


async def _open_session(db: Database, user_id: int = ALICE, minutes: int = 45) -> int:
    async with db.write() as s:
        row = await SessionRepository(s).add(
            SessionRecord(
                guild_id=GUILD,
                user_id=user_id,
                round="coding",
                question_id="cod-two-pointers-001",
                question_ids="cod-two-pointers-001",
                started_at=NOW,
                deadline=NOW + dt.timedelta(minutes=minutes),
            )
        )
        return row.id


async def test_session_round_trips_with_utc_times_and_big_ids(database: Database) -> None:
    session_id = await _open_session(database)
    async with database.read() as s:
        row = await SessionRepository(s).get(session_id)
        running = await SessionRepository(s).running_for(GUILD, ALICE)
    assert row is not None and running is not None and running.id == session_id
    assert row.deadline == NOW + dt.timedelta(minutes=45)
    assert row.deadline.tzinfo is not None
    assert row.user_id == ALICE and row.state == "running"


async def test_ending_a_session_is_idempotent(database: Database) -> None:
    session_id = await _open_session(database)
    async with database.write() as s:
        assert await SessionRepository(s).end(session_id, NOW) is True
    async with database.write() as s:
        assert await SessionRepository(s).end(session_id, NOW) is False
    async with database.read() as s:
        assert await SessionRepository(s).running_for(GUILD, ALICE) is None


async def test_each_hint_stage_is_recorded_once(database: Database) -> None:
    session_id = await _open_session(database)
    async with database.write() as s:
        repo = SessionRepository(s)
        assert await repo.record_hint(session_id, "q1", 1, NOW)
        assert not await repo.record_hint(session_id, "q1", 1, NOW)
        assert await repo.record_hint(session_id, "q1", 2, NOW)
        assert await repo.record_hint(session_id, "q2", 1, NOW)
    async with database.read() as s:
        assert await SessionRepository(s).hints_used(session_id) == {"q1": 2, "q2": 1}


async def test_forgetting_answers_deletes_only_that_members_text(database: Database) -> None:
    mine, theirs = await _open_session(database, ALICE), await _open_session(database, BOB)
    async with database.write() as s:
        repo = SessionRepository(s)
        await repo.add_answer(mine, ALICE, "q", "my answer", NOW)
        await repo.add_answer(mine, ALICE, "q", "my second answer", NOW)
        await repo.add_answer(theirs, BOB, "q", "their answer", NOW)
    async with database.write() as s:
        assert await SessionRepository(s).forget_answers(GUILD, ALICE) == 2
    async with database.read() as s:
        bodies = (await s.execute(text("SELECT body FROM answers"))).scalars().all()
    assert bodies == ["their answer"]


async def test_second_vote_by_same_reviewer_replaces_first(database: Database) -> None:
    session_id = await _open_session(database)
    async with database.write() as s:
        await VoteRepository(s).cast(session_id, "peer", BOB, "technical", 2, NOW)
    async with database.write() as s:
        await VoteRepository(s).cast(session_id, "peer", BOB, "technical", 4, NOW)
        await VoteRepository(s).cast(session_id, "peer", BOB, "testing", 3, NOW)
    async with database.read() as s:
        votes = {(v.criterion, v.score) for v in await VoteRepository(s).for_session(session_id)}
    assert votes == {("technical", 4), ("testing", 3)}


async def test_kinds_are_kept_apart_and_a_removed_reaction_takes_back_only_its_own_vote(database: Database) -> None:
    session_id = await _open_session(database)
    async with database.write() as s:
        votes = VoteRepository(s)
        await votes.cast(session_id, "interviewer", BOB, "technical", 2, NOW)
        await votes.cast(session_id, "peer", BOB, "technical", 4, NOW)
        await votes.cast(session_id, "self", ALICE, "technical", 3, NOW)
    async with database.write() as s:
        votes = VoteRepository(s)
        assert not await votes.withdraw(session_id, "peer", BOB, "technical", 2)  # the replaced reaction's removal
        assert await votes.withdraw(session_id, "peer", BOB, "technical", 4)
    async with database.read() as s:
        kept = {(v.kind, v.reviewer_id, v.score) for v in await VoteRepository(s).for_session(session_id)}
    assert kept == {("interviewer", BOB, 2), ("self", ALICE, 3)}


async def test_vote_outside_the_four_point_scale_is_rejected(database: Database) -> None:
    session_id = await _open_session(database)
    with pytest.raises(IntegrityError):
        async with database.write() as s:
            await VoteRepository(s).cast(session_id, "peer", BOB, "technical", 5, NOW)


async def test_points_ledger_sums_per_member(database: Database) -> None:
    async with database.write() as s:
        repo = PointsRepository(s)
        await repo.award(GUILD, ALICE, 10, "session", "session:1", NOW)
        await repo.award(GUILD, ALICE, 3, "review", "session:2", NOW)
        await repo.award(GUILD, BOB, 1, "review", "session:2", NOW)
    async with database.read() as s:
        assert await PointsRepository(s).total(GUILD, ALICE) == 13
        assert await PointsRepository(s).total(GUILD, 999) == 0


async def test_a_retried_award_counts_once(database: Database) -> None:
    async with database.write() as s:
        assert await PointsRepository(s).award(GUILD, ALICE, 10, "session", "session:1", NOW) is True
    async with database.write() as s:
        assert await PointsRepository(s).award(GUILD, ALICE, 10, "session", "session:1", NOW) is False
        assert await PointsRepository(s).award(GUILD, ALICE, 5, "daily", "session:1", NOW) is True
    async with database.read() as s:
        assert await PointsRepository(s).total(GUILD, ALICE) == 15


async def test_daily_post_is_claimed_once_even_by_concurrent_callers(database: Database) -> None:
    day = dt.date(2026, 11, 24)

    async def claim() -> bool:
        async with database.write() as s:
            return await DailyPostRepository(s).claim(GUILD, day, "cod-two-pointers-001", NOW)

    results = await asyncio.gather(*(claim() for _ in range(5)))
    assert sorted(results) == [False, False, False, False, True]
    async with database.write() as s:
        await DailyPostRepository(s).set_message(GUILD, day, 42)
    async with database.read() as s:
        post = await DailyPostRepository(s).get(GUILD, day)
    assert post is not None and post.message_id == 42


async def test_foreign_key_violation_raises(database: Database) -> None:
    """On SQLite this only holds if PRAGMA foreign_keys is really on for every connection."""
    with pytest.raises(IntegrityError):
        async with database.write() as s:
            await s.execute(
                text("INSERT INTO hints_used (session_id, question_id, stage, used_at) VALUES (:sid, 'q', 1, :at)"),
                {"sid": 987654, "at": NOW},
            )


async def test_guild_settings_default_on_first_use(database: Database) -> None:
    async with database.write() as s:
        settings = await GuildRepository(s).get_or_create(GUILD)
    assert settings.timezone == "UTC" and settings.practice_channel_id is None


async def test_sqlite_pragmas_are_on(tmp_path) -> None:
    db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'p.db'}")
    async with db.read() as s:
        values = [
            (await s.execute(text(f"PRAGMA {name}"))).scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        ]
    await db.dispose()
    assert values == [1, "wal", 1, 5000]


async def test_last_seen_counts_every_question_of_a_series_but_not_cancelled_ones(database: Database) -> None:
    series = "mlt-a-001 mlt-b-001 mlt-c-001"
    async with database.write() as s:
        repo = SessionRepository(s)
        for started, ids, state, user in [
            (NOW, series, "ended", ALICE),
            (NOW + dt.timedelta(days=1), "mlt-b-001 mlt-d-001", "ended", ALICE),
            (NOW + dt.timedelta(days=2), "mlt-e-001", "cancelled", ALICE),
            (NOW + dt.timedelta(days=3), "mlt-f-001", "running", BOB),
        ]:
            await repo.add(
                SessionRecord(
                    guild_id=GUILD,
                    user_id=user,
                    round="ml_theory",
                    question_id=ids.split()[0],
                    question_ids=ids,
                    state=state,
                    started_at=started,
                    deadline=started + dt.timedelta(minutes=20),
                )
            )
    async with database.read() as s:
        seen = await SessionRepository(s).last_seen(GUILD, ALICE)
    day = dt.timedelta(days=1)
    assert seen == {"mlt-a-001": NOW, "mlt-b-001": NOW + day, "mlt-c-001": NOW, "mlt-d-001": NOW + day}
