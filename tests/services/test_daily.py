"""The daily service on SQLite and PostgreSQL: one claim per server and day, resumed claims, solves, streaks."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.core.bank import Bank
from bot.core.questions import Round
from bot.db.engine import Database
from bot.db.repositories import PointsRepository
from bot.scheduling import Scheduler
from bot.services.daily import DailyService
from bot.services.reviews import ReviewService
from bot.services.sessions import SessionService
from bot.timers import TimerRegistry
from tests.factories import make_question

GUILD, OTHER, ALICE, BOB, CAROL = 10, 11, 1, 2, 3
DUE = dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.UTC)  # 09:30 in Berlin
BANK = Bank({q.id: q for q in [make_question(Round.CODING, i) for i in range(1, 4)]})


@pytest.fixture
async def service(database: Database) -> DailyService:
    daily = DailyService(database, BANK)
    for guild in (GUILD, OTHER):
        await daily.configure(
            guild,
            channel_id=500 + guild,
            at=dt.time(9, 30),
            zone="Europe/Berlin",
            round_="coding",
            difficulty="medium",
            role_id=None,
            now=DUE - dt.timedelta(days=1),
        )
    return daily


async def test_concurrent_claims_of_one_day_have_exactly_one_winner(service: DailyService) -> None:
    results = await asyncio.gather(*(service.claim(GUILD, DUE, DUE, restarted=False) for _ in range(8)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    assert winners[0].post_date == dt.date(2026, 11, 30) and winners[0].channel_id == 510
    # Another server's day is its own.
    assert await service.claim(OTHER, DUE, DUE, restarted=False) is not None


async def test_a_sent_post_is_never_claimed_again_even_after_a_restart(service: DailyService) -> None:
    post = await service.claim(GUILD, DUE, DUE, restarted=False)
    assert post is not None
    await service.sent(post.id, 777, DUE)
    assert await service.claim(GUILD, DUE, DUE + dt.timedelta(minutes=1), restarted=True) is None
    assert (await service.settings(GUILD)).last_post_at < DUE, "handled only once its thread is recorded"
    await service.threaded(post.id, 777, DUE)
    assert (await service.settings(GUILD)).last_post_at == DUE


async def test_an_unsent_claim_is_resumed_with_the_same_nonce_after_a_restart_or_the_lease(
    service: DailyService,
) -> None:
    post = await service.claim(GUILD, DUE, DUE, restarted=False)
    assert post is not None
    assert await service.claim(GUILD, DUE, DUE + dt.timedelta(seconds=10), restarted=False) is None
    resumed = await service.claim(GUILD, DUE, DUE + dt.timedelta(seconds=20), restarted=True)
    assert resumed is not None and (resumed.id, resumed.nonce, resumed.question) == (post.id, post.nonce, post.question)
    later = await service.claim(GUILD, DUE, DUE + dt.timedelta(minutes=5), restarted=False)
    assert later is not None and later.id == post.id


async def test_questions_do_not_repeat_until_the_pool_is_exhausted(service: DailyService) -> None:
    seen = []
    for day in range(4):
        due = DUE + dt.timedelta(days=day)
        post = await service.claim(GUILD, due, due, restarted=False)
        assert post is not None
        seen.append(post.question.id)
    assert len(set(seen[:3])) == 3 and seen[3] in seen[:3]


async def test_solving_twice_awards_points_once_and_counts_the_streak(
    service: DailyService, database: Database
) -> None:
    post = await service.claim(GUILD, DUE, DUE, restarted=False)
    assert post is not None
    await service.sent(post.id, 777, DUE)
    first = await service.solve(GUILD, ALICE, DUE + dt.timedelta(hours=1), message_id=777)
    again = await service.solve(GUILD, ALICE, DUE + dt.timedelta(hours=2))
    assert first is not None and first.new and first.streak.current == 1
    assert again is not None and not again.new
    assert await service.solve(GUILD, ALICE, DUE, message_id=12345) is None  # not a daily post
    async with database.read() as tx:
        assert await PointsRepository(tx).total(GUILD, ALICE) == 10


async def test_the_members_own_zone_counts_their_days(service: DailyService) -> None:
    # Solves at 23:30 and 00:30 Los Angeles time: two days there, one day in Berlin (the server's zone).
    for day in (0, 1):
        due = DUE + dt.timedelta(days=day)
        post = await service.claim(GUILD, due, due, restarted=False)
        assert post is not None
        await service.sent(post.id, 900 + day, due)
    first = dt.datetime(2026, 12, 1, 7, 30, tzinfo=dt.UTC)
    await service.solve(GUILD, ALICE, first, message_id=900)
    await service.solve(GUILD, ALICE, first + dt.timedelta(hours=1), message_id=901)
    assert (await service.streak(GUILD, ALICE, first + dt.timedelta(hours=2)))[0].current == 1
    await service.set_member_zone(GUILD, ALICE, "America/Los_Angeles")
    current, zone = await service.streak(GUILD, ALICE, first + dt.timedelta(hours=2))
    assert (current.current, zone) == (2, "America/Los_Angeles")


async def test_reviews_of_others_sessions_earn_freezes(service: DailyService, database: Database) -> None:
    sessions = SessionService(database, BANK)
    clock = lambda: DUE  # noqa: E731
    reviews = ReviewService(database, TimerRegistry(Scheduler(), clock), clock)
    for candidate in (ALICE, BOB, CAROL, 4):
        opened = await sessions.open(guild_id=GUILD, user_id=candidate, round_=Round.CODING, now=DUE)
        await sessions.end(opened.id, DUE)
        await reviews.open_window(opened.id, GUILD)
        # CAROL reviews every session but her own; her own self-rating is no review.
        await sessions.rate(opened.id, candidate, "communication", 3, DUE)
        if candidate != CAROL:
            await reviews.add_feedback(opened.id, CAROL, "Clear plan; state the complexity before coding.")
    current, _ = await service.streak(GUILD, CAROL, DUE + dt.timedelta(hours=1))
    assert current.freezes == 1  # three sessions reviewed, her own not counted
    current, _ = await service.streak(GUILD, ALICE, DUE + dt.timedelta(hours=1))
    assert current.freezes == 0


async def test_settings_keep_the_servers_cutoff_and_reconfiguring_catches_nothing_up(service: DailyService) -> None:
    later = DUE + dt.timedelta(hours=2)
    await service.configure(
        GUILD,
        channel_id=510,
        at=dt.time(9, 30),
        zone="Europe/Berlin",
        round_="mix",
        difficulty="rotate",
        role_id=7,
        now=later,
        cutoff=dt.timedelta(hours=2),
    )
    settings = await service.settings(GUILD)
    assert (settings.cutoff, settings.role_id, settings.last_post_at) == (dt.timedelta(hours=2), 7, later)
    assert (await service.settings(999)).enabled is False
