"""The deck service on SQLite and PostgreSQL: what a member's deck keeps, schedules, pays and exports."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import random

import pytest
from sqlalchemy import func, select

from bot.core.bank import Bank
from bot.core.deck import CSV_HEADER, DeckError, Recall
from bot.core.questions import Round
from bot.db.engine import Database
from bot.db.models import DeckReview, PointsEntry
from bot.db.repositories import PointsRepository
from bot.services.daily import DailyService
from bot.services.deck import REVIEW_POINTS, DeckService, Reminder
from bot.services.sessions import SessionService
from bot.services.stats import StatsService
from bot.ui.stats import deck_text
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
GUILD, ALICE, BOB = 10, 1, 2
BANK = Bank({q.id: q for q in [make_question(Round.CODING, i) for i in (1, 2, 3)]})
Q1, Q2, Q3 = "cod-test-001", "cod-test-002", "cod-test-003"


@pytest.fixture
def deck(database: Database) -> DeckService:
    return DeckService(database, BANK)


async def _reviews(database: Database) -> int:
    async with database.read() as tx:
        return int(await tx.scalar(select(func.count()).select_from(DeckReview)) or 0)


async def test_adding_is_idempotent_per_member_and_question(deck: DeckService, database: Database) -> None:
    card, new = await deck.add(GUILD, ALICE, Q1, "two pointers", T0)
    assert new and card.note == "two pointers"
    again, new = await deck.add(GUILD, ALICE, Q1, "", T0 + dt.timedelta(hours=1))
    assert not new and again.due == card.due and again.note == "two pointers"
    renamed, _ = await deck.add(GUILD, ALICE, Q1, "  sort,\nthen sweep ", T0 + dt.timedelta(hours=2))
    assert renamed.note == "sort, then sweep" and renamed.due == card.due
    await deck.add(GUILD, BOB, Q1, "", T0)  # another member has their own card
    assert len(await deck.cards(GUILD, ALICE)) == 1
    assert await _reviews(database) == 2  # one first review per card, none for the repeats
    with pytest.raises(DeckError, match="no question"):
        await deck.add(GUILD, ALICE, "cod-nope-001", "", T0)


async def test_due_lists_only_due_cards_most_overdue_first(deck: DeckService) -> None:
    await deck.add(GUILD, ALICE, Q2, "", T0 - 3 * DAY)
    await deck.add(GUILD, ALICE, Q1, "", T0 - 2 * DAY)
    await deck.add(GUILD, ALICE, Q3, "", T0)
    due = await deck.due(GUILD, ALICE, T0)
    assert [card.question_id for card, _ in due] == [Q2, Q1]
    assert due[0][1] is BANK.get(Q2)
    assert await deck.count_due(GUILD, ALICE, T0) == 2
    assert (await deck.next_due(GUILD, ALICE, T0)).question_id == Q2
    assert await deck.due(GUILD, BOB, T0) == []
    with pytest.raises(DeckError, match="Nothing in your review deck is due"):
        await deck.next_due(GUILD, BOB, T0)


async def test_rating_reschedules_logs_and_pays_once_per_card_per_day(deck: DeckService, database: Database) -> None:
    card, _ = await deck.add(GUILD, ALICE, Q1, "", T0)
    at = card.due + dt.timedelta(hours=1)
    rated = await deck.rate(GUILD, ALICE, Q1, Recall.GOOD, at, session_id=None)
    assert rated.points == REVIEW_POINTS
    assert rated.card.due > at + DAY and rated.card.attempts == 1 and rated.card.last_rating is Recall.GOOD
    assert await deck.due(GUILD, ALICE, at) == []
    with pytest.raises(DeckError, match="already rated"):
        await deck.rate(GUILD, ALICE, Q1, Recall.EASY, at + dt.timedelta(minutes=5))
    assert await _reviews(database) == 2
    async with database.read() as tx:
        assert await PointsRepository(tx).total(GUILD, ALICE) == REVIEW_POINTS
        source = await tx.scalar(select(PointsEntry.source))
    assert source == f"deck:{Q1}:{at.date().isoformat()}"
    # A card rated before it is due is rescheduled but earns nothing.
    early = await deck.rate(GUILD, ALICE, Q1, Recall.HARD, at + DAY)
    assert early.points == 0 and early.card.attempts == 2
    with pytest.raises(DeckError, match="not in your review deck"):
        await deck.rate(GUILD, BOB, Q1, Recall.GOOD, at)


async def test_note_and_remove(deck: DeckService, database: Database) -> None:
    await deck.add(GUILD, ALICE, Q1, "old", T0)
    assert await deck.note(GUILD, ALICE, Q1, 'heap of "k" best,\n then pop') == 'heap of "k" best, then pop'
    assert (await deck.cards(GUILD, ALICE))[0].note == 'heap of "k" best, then pop'
    with pytest.raises(DeckError, match="one line"):
        await deck.note(GUILD, ALICE, Q1, "x" * 500)
    assert (await deck.cards(GUILD, ALICE))[0].note == 'heap of "k" best, then pop'  # bad input lost nothing
    await deck.remove(GUILD, ALICE, Q1)
    assert await deck.cards(GUILD, ALICE) == []
    assert await _reviews(database) == 0
    with pytest.raises(DeckError, match="not in your review deck"):
        await deck.remove(GUILD, ALICE, Q1)
    with pytest.raises(DeckError, match="not in your review deck"):
        await deck.note(GUILD, ALICE, Q1, "new")


async def test_export_round_trips_a_tricky_note(deck: DeckService) -> None:
    note = 'Dijkstra, "lazy" deletion;\nnœud → 0 ✓'
    card, _ = await deck.add(GUILD, ALICE, Q1, note, T0)
    rows = list(csv.reader(io.StringIO(await deck.export(GUILD, ALICE), newline="")))
    assert tuple(rows[0]) == CSV_HEADER and len(rows) == 2
    assert rows[1][0] == Q1 and rows[1][5] == 'Dijkstra, "lazy" deletion; nœud → 0 ✓'
    assert rows[1][6:] == ["0", "", "", card.due.isoformat(timespec="seconds")]
    assert list(csv.reader(io.StringIO(await deck.export(GUILD, BOB)))) == [list(CSV_HEADER)]


async def test_forget_clears_the_members_notes_but_keeps_the_schedule(deck: DeckService, database: Database) -> None:
    card, _ = await deck.add(GUILD, ALICE, Q1, "my secret idea", T0)
    await deck.add(GUILD, BOB, Q1, "bob's idea", T0)
    await SessionService(database, BANK, random.Random(1)).forget_answers(GUILD, ALICE)
    (kept,) = await deck.cards(GUILD, ALICE)
    assert kept.note == "" and kept.due == card.due
    assert (await deck.cards(GUILD, BOB))[0].note == "bob's idea"


async def test_a_re_attempt_pays_only_when_answered_and_is_rated_once(deck: DeckService, database: Database) -> None:
    sessions = SessionService(database, BANK, random.Random(1))
    card, _ = await deck.add(GUILD, ALICE, Q1, "", T0)
    start = card.due + dt.timedelta(hours=1)
    blank = await sessions.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=start, question_id=Q1)
    await sessions.end(blank.id, start + dt.timedelta(minutes=1))
    # Ended at once with no answer: the rating reschedules the card but is not a re-solve.
    unanswered = await deck.rate(GUILD, ALICE, Q1, Recall.GOOD, start + dt.timedelta(minutes=2), session_id=blank.id)
    assert unanswered.points == 0 and unanswered.card.attempts == 1
    # The same session's recall select used again days later is refused, and pays nothing.
    later = start + 5 * DAY
    with pytest.raises(DeckError, match="already rated this re-attempt"):
        await deck.rate(GUILD, ALICE, Q1, Recall.EASY, later, session_id=blank.id)
    # A new, answered re-attempt of the due card pays.
    solved = await sessions.open(guild_id=GUILD, user_id=ALICE, round_=Round.CODING, now=later, question_id=Q1)
    await sessions.submit(solved.id, ALICE, "Two pointers from both ends.", later + dt.timedelta(minutes=5))
    paid = await deck.rate(GUILD, ALICE, Q1, Recall.GOOD, later + dt.timedelta(minutes=9), session_id=solved.id)
    assert paid.points == REVIEW_POINTS and paid.card.attempts == 2
    assert await _reviews(database) == 3  # the add, then two re-attempts


async def test_four_ratings_of_one_card_at_once_count_once(deck: DeckService, database: Database) -> None:
    """A double click or two devices: the row lock (PostgreSQL) or the write transaction (SQLite) lets one through."""
    await deck.add(GUILD, ALICE, Q1, "", T0)
    later = T0 + 2 * DAY
    results = await asyncio.gather(
        *(deck.rate(GUILD, ALICE, Q1, Recall.GOOD, later + dt.timedelta(seconds=i)) for i in range(4)),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["DeckError", "DeckError", "DeckError", "Rated"]
    (card,) = await deck.cards(GUILD, ALICE)
    assert card.attempts == 1 and await _reviews(database) == 2


async def test_reminders_on_and_off(deck: DeckService) -> None:
    assert await deck.remind(GUILD, ALICE, dt.time(18, 30)) == "UTC"
    await deck.remind(GUILD, BOB, dt.time(8, 0))
    await deck.remind(GUILD, BOB, None)
    (reminder,) = await deck.reminders()
    assert (reminder.user_id, reminder.at, reminder.zone) == (ALICE, dt.time(18, 30), "UTC")


async def test_a_reminder_follows_the_members_zone_else_the_servers(deck: DeckService, database: Database) -> None:
    daily = DailyService(database, BANK)
    await daily.configure(
        GUILD, channel_id=1, at=dt.time(9), zone="Asia/Tokyo", round_="mix", difficulty="rotate", role_id=None, now=T0
    )
    assert await deck.remind(GUILD, ALICE, dt.time(18, 30)) == "Asia/Tokyo"
    await daily.set_member_zone(GUILD, BOB, "America/Chicago")
    assert await deck.remind(GUILD, BOB, dt.time(7, 0)) == "America/Chicago"
    zones = {r.user_id: r.zone for r in await deck.reminders()}
    assert zones == {ALICE: "Asia/Tokyo", BOB: "America/Chicago"}


async def test_one_members_reminder_and_those_following_the_servers_zone(deck: DeckService, database: Database) -> None:
    daily = DailyService(database, BANK)
    await daily.configure(
        GUILD, channel_id=1, at=dt.time(9), zone="Asia/Tokyo", round_="mix", difficulty="rotate", role_id=None, now=T0
    )
    await deck.remind(GUILD, ALICE, dt.time(18, 30))
    await deck.remind(GUILD + 1, ALICE, dt.time(6, 0))  # another server, without settings: UTC
    await daily.set_member_zone(GUILD, BOB, "America/Chicago")
    await deck.remind(GUILD, BOB, dt.time(7, 0))
    await daily.set_member_zone(GUILD, 3, "Europe/Berlin")  # a zone, but no reminder
    assert await deck.reminder(GUILD, ALICE) == Reminder(GUILD, ALICE, dt.time(18, 30), "Asia/Tokyo")
    assert await deck.reminder(GUILD + 1, ALICE) == Reminder(GUILD + 1, ALICE, dt.time(6, 0), "UTC")
    assert await deck.reminder(GUILD, 3) is None
    assert await deck.server_zone_reminders(GUILD) == [Reminder(GUILD, ALICE, dt.time(18, 30), "Asia/Tokyo")]
    await daily.set_member_zone(GUILD, ALICE, "Europe/Berlin")
    assert await deck.reminder(GUILD, ALICE) == Reminder(GUILD, ALICE, dt.time(18, 30), "Europe/Berlin")
    assert await deck.server_zone_reminders(GUILD) == []


async def test_a_session_can_be_opened_on_a_chosen_card(deck: DeckService, database: Database) -> None:
    await deck.add(GUILD, ALICE, Q3, "", T0 - 5 * DAY)
    sessions = SessionService(database, BANK, random.Random(1))
    card = await deck.next_due(GUILD, ALICE, T0)
    session = await sessions.open(
        guild_id=GUILD, user_id=ALICE, round_=Round.ML_THEORY, now=T0, question_id=card.question_id
    )
    assert [q.id for q in session.questions] == [Q3] and session.round is Round.CODING
    assert await deck.known_before(GUILD, ALICE, [Q3, Q1], session.started_at) == {Q3}
    assert await deck.known_before(GUILD, ALICE, [Q3], T0 - 6 * DAY) == set()


async def test_stats_show_the_deck_cards_due_and_recall_of_re_attempts(deck: DeckService, database: Database) -> None:
    for question_id in (Q1, Q2, Q3):
        await deck.add(GUILD, ALICE, question_id, "", T0)
    at = T0 + 3 * DAY  # every card added at T0 is due by now
    await deck.rate(GUILD, ALICE, Q1, Recall.GOOD, at)
    await deck.rate(GUILD, ALICE, Q2, Recall.AGAIN, at)
    summary = (await StatsService(database, lambda: at).profile(GUILD, ALICE)).deck
    assert (summary.cards, summary.due, summary.reviews, summary.recalled) == (3, 1, 2, 1)  # Q3 is still due
    assert deck_text(summary) == "3 cards · 1 due now · recalled 50% of 2 re-attempts"
    empty = (await StatsService(database, lambda: at).profile(GUILD, BOB)).deck
    assert deck_text(empty) == "Empty: add a question you found hard from the end of a session."
