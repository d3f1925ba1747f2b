"""The session service on SQLite and PostgreSQL: what survives in the database."""

from __future__ import annotations

import asyncio
import datetime as dt
import random

import pytest
from sqlalchemy import text

from bot.core.bank import Bank
from bot.core.questions import Difficulty, Round
from bot.core.session import TERMINAL_GUILD_ID, AlreadyRunning, NotAllowed, SessionError, SessionState
from bot.db.engine import Database
from bot.services.sessions import SessionService
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
GUILD, ALICE, BOB, CAROL = 10, 1, 2, 3
BANK = Bank(
    {
        q.id: q
        for q in [make_question(Round.CODING, i) for i in (1, 2)]
        + [make_question(Round.ML_THEORY, i) for i in range(1, 7)]
    }
)


@pytest.fixture
def service(database: Database) -> SessionService:
    return SessionService(database, BANK, random.Random(5))


async def test_open_persists_a_running_session_that_reloads_identically(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0, interviewer_id=BOB)
    loaded = await service.get(opened.id)
    assert loaded == opened
    assert loaded.state is SessionState.RUNNING and loaded.deadline == T0 + dt.timedelta(minutes=45)


async def test_second_session_for_the_same_member_is_refused_naming_the_thread(service: SessionService) -> None:
    first = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.attach_thread(first.id, 5555)
    with pytest.raises(AlreadyRunning) as caught:
        await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.ML_THEORY, now=T0)
    assert caught.value.thread_id == 5555
    assert "coding session open" in caught.value.message
    # Another member, or the same member in another server, is fine.
    await service.open(guild_id=GUILD, user_id=BOB, round_=Round.CODING, now=T0)
    await service.open(guild_id=GUILD + 1, user_id=ALICE, round_=Round.CODING, now=T0)


async def test_racing_opens_leave_exactly_one_running_session(service: SessionService) -> None:
    results = await asyncio.gather(
        *(service.open(guild_id=GUILD, user_id=CAROL, round_=Round.CODING, now=T0) for _ in range(4)),
        return_exceptions=True,
    )
    opened = [r for r in results if not isinstance(r, BaseException)]
    assert len(opened) == 1
    assert all(isinstance(r, AlreadyRunning) for r in results if isinstance(r, BaseException))


async def test_hints_answers_and_series_progress_survive_a_reload(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.ML_THEORY, now=T0)
    assert len(opened.questions) == 5
    await service.hint(opened.id, ALICE, T0)
    await service.submit(opened.id, ALICE, "first answer", T0)
    await service.next_question(opened.id, ALICE, T0)
    await service.hint(opened.id, ALICE, T0)
    await service.hint(opened.id, ALICE, T0)
    loaded = await service.get(opened.id)
    assert loaded.current == 1
    assert loaded.hints_used[:2] == (1, 2) and loaded.total_hints == 3
    assert loaded.answers == 1


async def test_the_same_answer_sent_twice_is_stored_once_and_a_revision_is_kept(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.submit(opened.id, ALICE, "use a hash map", T0)
    with pytest.raises(SessionError, match="already submitted exactly this answer"):
        await service.submit(opened.id, ALICE, "use a hash map", T0)
    await service.submit(opened.id, ALICE, "use a hash map of value to index", T0)
    await service.submit(opened.id, ALICE, "use a hash map", T0)  # going back to the first text is a new answer
    assert [a.text for a in await service.answers(opened.id)] == [
        "use a hash map",
        "use a hash map of value to index",
        "use a hash map",
    ]
    assert (await service.get(opened.id)).answers == 3


async def test_strangers_are_refused_and_only_the_candidate_submits(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0, interviewer_id=BOB)
    with pytest.raises(NotAllowed):
        await service.hint(opened.id, CAROL, T0)
    with pytest.raises(SessionError, match="Only the candidate submits"):
        await service.submit(opened.id, BOB, "interviewer text", T0)
    _, hint = await service.hint(opened.id, BOB, T0)  # the interviewer may give hints
    assert hint.stage == 1


async def test_end_is_idempotent_and_then_ratings_are_stored(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0, interviewer_id=BOB)
    ended = await service.end(opened.id, T0 + dt.timedelta(minutes=20), user_id=ALICE)
    assert ended is not None and ended.state is SessionState.ENDED
    assert await service.end(opened.id, T0 + dt.timedelta(minutes=21)) is None
    await service.rate(opened.id, ALICE, "technical", 3, T0)
    await service.rate(opened.id, ALICE, "technical", 4, T0)
    await service.rate(opened.id, BOB, "technical", 2, T0)
    loaded = await service.get(opened.id)
    assert loaded.ratings == (("technical", 4),)  # the candidate's own; the interviewer's is a separate vote
    assert await service.running_ids() == []
    async with service.database.read() as tx:
        votes = (await tx.execute(text("SELECT kind, reviewer_id, score FROM votes ORDER BY kind"))).all()
    assert votes == [("interviewer", BOB, 2), ("self", ALICE, 4)]


async def test_finishing_a_session_awards_points_once_and_only_for_an_attempt(service: SessionService) -> None:
    tried = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.hint(tried.id, ALICE, T0)
    await service.submit(tried.id, ALICE, "my answer", T0)
    idle = await service.open(guild_id=GUILD, user_id=CAROL, round_=Round.CODING, now=T0)
    for session in (tried, idle):
        await service.end(session.id, T0 + dt.timedelta(minutes=5))
        await service.end(session.id, T0 + dt.timedelta(minutes=6))
    async with service.database.read() as tx:
        ledger = (await tx.execute(text("SELECT user_id, delta, reason, source FROM points_ledger"))).all()
    # A medium coding question is worth 100; one hint lowers it to 90. Ending without an answer earns nothing.
    assert ledger == [(ALICE, 90, "session", f"session:{tried.id}")]


async def test_cancelled_session_frees_the_member(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.cancel(opened.id, T0)
    assert (await service.get(opened.id)).state is SessionState.CANCELLED
    await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)


async def test_running_lists_sessions_for_timer_rebuild_but_the_terminals(service: SessionService) -> None:
    a = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    b = await service.open(guild_id=GUILD, user_id=BOB, round_=Round.ML_THEORY, now=T0)
    terminal = await service.open(guild_id=TERMINAL_GUILD_ID, user_id=0, round_=Round.CODING, now=T0)
    assert sorted(await service.running_ids()) == sorted([a.id, b.id, terminal.id])
    assert sorted(await service.running_ids(exclude_guild=TERMINAL_GUILD_ID)) == sorted([a.id, b.id])


async def test_forget_answers_removes_the_members_text(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.submit(opened.id, ALICE, "one", T0)
    await service.submit(opened.id, ALICE, "two", T0)
    assert await service.forget_answers(GUILD, ALICE) == 2
    assert (await service.get(opened.id)).answers == 0


async def test_an_answer_submitted_after_time_ran_out_is_stored_marked_late(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.submit(opened.id, ALICE, "on time", T0 + dt.timedelta(minutes=5))
    overtime = opened.deadline + dt.timedelta(seconds=30)
    assert (await service.submit(opened.id, ALICE, "typed while the deadline passed", overtime)).late_answers == 1
    await service.end(opened.id, overtime)  # the deadline timer ends it
    after_end = await service.submit(opened.id, ALICE, "sent after the time-out ended it", overtime)
    assert (after_end.answers, after_end.late_answers) == (3, 2)
    stored = await service.answers(opened.id)
    assert [(a.text, a.late) for a in stored] == [
        ("on time", False),
        ("typed while the deadline passed", True),
        ("sent after the time-out ended it", True),
    ]
    assert (await service.get(opened.id)).late_answers == 2


async def test_an_answer_after_the_member_ended_early_is_refused(service: SessionService) -> None:
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.end(opened.id, T0 + dt.timedelta(minutes=5), user_id=ALICE)
    with pytest.raises(SessionError, match="already ended"):
        await service.submit(opened.id, ALICE, "too late", T0 + dt.timedelta(minutes=6))
    assert await service.answers(opened.id) == []


# -- no repeats until the pool is exhausted (issue 12, item 12) ------------------------------------

THEORY_POOL = Bank({q.id: q for q in [make_question(Round.ML_THEORY, i) for i in range(1, 16)]})


async def _sit(service: SessionService, round_: Round, at: dt.datetime, **filters: object) -> list[str]:
    """Open a session for Alice, end it, and return the ids of the questions it showed."""
    session = await service.open(guild_id=GUILD, user_id=ALICE, round_=round_, now=at, **filters)
    await service.end(session.id, at + dt.timedelta(minutes=20), user_id=ALICE)
    return [q.id for q in session.questions]


async def test_every_question_of_a_theory_series_counts_as_seen(database: Database) -> None:
    service = SessionService(database, THEORY_POOL, random.Random(1))
    series = [await _sit(service, Round.ML_THEORY, T0 + dt.timedelta(hours=h)) for h in range(3)]
    shown = [qid for s in series for qid in s]
    assert all(len(s) == 5 for s in series)
    assert sorted(shown) == sorted(THEORY_POOL.questions)  # 15 questions in 3 series: none twice
    # The pool is exhausted: the fourth series repeats the least recently seen, the first series.
    assert set(await _sit(service, Round.ML_THEORY, T0 + dt.timedelta(hours=3))) == set(series[0])


async def test_single_question_rounds_repeat_least_recently_seen_first_within_the_filters(
    database: Database,
) -> None:
    pool = [make_question(Round.CODING, i, difficulty="hard" if i <= 3 else "easy") for i in range(1, 6)]
    service = SessionService(database, Bank({q.id: q for q in pool}), random.Random(2))
    hard = [await _sit(service, Round.CODING, T0 + dt.timedelta(hours=h), difficulty=Difficulty.HARD) for h in range(3)]
    assert sorted(q for s in hard for q in s) == ["cod-test-001", "cod-test-002", "cod-test-003"]
    easy = await _sit(service, Round.CODING, T0 + dt.timedelta(hours=3), difficulty=Difficulty.EASY)
    assert easy[0] not in {q for s in hard for q in s}
    for h in range(4, 7):  # hard questions again: oldest first, in the order first seen
        assert await _sit(service, Round.CODING, T0 + dt.timedelta(hours=h), difficulty=Difficulty.HARD) == hard[h - 4]


async def test_a_cancelled_session_does_not_use_up_its_question(database: Database) -> None:
    pool = [make_question(Round.CODING, i) for i in (1, 2)]
    service = SessionService(database, Bank({q.id: q for q in pool}), random.Random(3))
    cancelled = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=T0)
    await service.cancel(cancelled.id, T0)
    shown = await _sit(service, Round.CODING, T0 + dt.timedelta(minutes=1))
    other = await _sit(service, Round.CODING, T0 + dt.timedelta(hours=1))
    assert sorted(shown + other) == ["cod-test-001", "cod-test-002"]


async def test_open_can_ask_a_given_question_first(service: SessionService) -> None:
    wanted = make_question(Round.ML_THEORY, 4).id
    opened = await service.open(guild_id=GUILD, user_id=ALICE, round_=Round.ML_THEORY, now=T0, question_id=wanted)
    assert opened.question.id == wanted
    assert len({q.id for q in opened.questions}) == len(opened.questions) > 1, "the rest of the series still follows"
