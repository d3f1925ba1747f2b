"""The review deck's use cases: add, note, remove, due, rate a re-attempt, export, reminders; one transaction each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.bank import Bank
from bot.core.deck import DeckCard, DeckError, Recall, clean_note, export_csv, new_card, rate
from bot.core.questions import Question
from bot.db.deck_repository import DeckRepository
from bot.db.engine import Database
from bot.db.repositories import PointsRepository

# Points for re-solving a card that was due; once per card per UTC day (the ledger's source says which day).
REVIEW_POINTS = 10
POINTS_REASON = "deck"


@dataclass(frozen=True)
class Rated:
    """A re-attempt's outcome: the rescheduled card and the points it earned (0: not due, or already paid today)."""

    card: DeckCard
    points: int


@dataclass(frozen=True)
class Reminder:
    """A member who opted in to the daily deck reminder, at a local time in their zone."""

    guild_id: int
    user_id: int
    at: dt.time
    zone: str


def points_source(question_id: str, now: dt.datetime) -> str:
    """Return the ledger source of a review's points: one per card per UTC day."""
    return f"deck:{question_id}:{now.astimezone(dt.UTC).date().isoformat()}"


class DeckService:
    """A member's review deck, per server (the terminal's is guild 0)."""

    def __init__(self, database: Database, bank: Bank) -> None:
        self.database = database
        self.bank = bank

    def question(self, question_id: str) -> Question | None:
        """Return a card's question, None if it left the banks."""
        return self.bank.get(question_id)

    async def add(
        self, guild_id: int, user_id: int, question_id: str, note: str, now: dt.datetime
    ) -> tuple[DeckCard, bool]:
        """Add a question to a member's deck (raises DeckError for an unknown question).

        Idempotent: a second add keeps the card and its schedule, only replacing the note if a new one is given.
        Returns the card and whether it was new.
        """
        if self.bank.get(question_id) is None:
            raise DeckError(f"There is no question {question_id} in the banks.")
        card, log = new_card(question_id, note, now)
        async with self.database.write() as tx:
            repo = DeckRepository(tx)
            if await repo.add(guild_id, user_id, card, log, now):
                return card, True
            if card.note:
                await repo.set_note(guild_id, user_id, question_id, card.note)
            found = await repo.get(guild_id, user_id, question_id)
            assert found is not None  # the insert conflicted on it
            return found[1], False

    async def note(self, guild_id: int, user_id: int, question_id: str, note: str) -> str:
        """Replace a card's note; return the cleaned note (raises DeckError if it is not in the deck or too long)."""
        line = clean_note(note)
        async with self.database.write() as tx:
            if not await DeckRepository(tx).set_note(guild_id, user_id, question_id, line):
                raise _not_in_deck(question_id)
        return line

    async def remove(self, guild_id: int, user_id: int, question_id: str) -> None:
        """Remove a card and its review history (raises DeckError if it is not in the deck)."""
        async with self.database.write() as tx:
            if not await DeckRepository(tx).remove(guild_id, user_id, question_id):
                raise _not_in_deck(question_id)

    async def due(
        self, guild_id: int, user_id: int, now: dt.datetime, limit: int | None = None
    ) -> list[tuple[DeckCard, Question | None]]:
        """Return the member's cards due at `now`, the most overdue first, with their questions."""
        async with self.database.read() as tx:
            cards = await DeckRepository(tx).due(guild_id, user_id, now, limit)
        return [(card, self.bank.get(card.question_id)) for card in cards]

    async def count_due(self, guild_id: int, user_id: int, now: dt.datetime) -> int:
        """Return how many of the member's cards are due at `now`."""
        async with self.database.read() as tx:
            return await DeckRepository(tx).count_due(guild_id, user_id, now)

    async def next_due(self, guild_id: int, user_id: int, now: dt.datetime) -> DeckCard:
        """Return the most overdue card still in the banks (raises DeckError when nothing is due)."""
        for card, question in await self.due(guild_id, user_id, now):
            if question is not None:
                return card
        raise DeckError("Nothing in your review deck is due now. `/review due` lists what is, when it is.")

    async def cards(self, guild_id: int, user_id: int) -> Sequence[DeckCard]:
        """Return every card of the member, soonest due first."""
        async with self.database.read() as tx:
            return await DeckRepository(tx).all(guild_id, user_id)

    async def rate(
        self,
        guild_id: int,
        user_id: int,
        question_id: str,
        recall: Recall,
        now: dt.datetime,
        session_id: int | None = None,
    ) -> Rated:
        """Record a re-attempt's recall rating: reschedule the card, log the review, and pay points if it was due
        and, when `session_id` names the re-attempt's session, that session holds an answer to the question.

        Raises DeckError if the card is not in the deck, was already rated today (UTC), or was already rated since
        that session started.
        """
        async with self.database.write() as tx:
            repo = DeckRepository(tx)
            found = await repo.get(guild_id, user_id, question_id, for_update=True)
            if found is None:
                raise _not_in_deck(question_id)
            card_id, card = found
            label = card.last_rating.label if card.last_rating else "?"
            if card.last_review is not None and card.last_review.date() == now.astimezone(dt.UTC).date():
                raise DeckError(f"You already rated {question_id} today ({label}); it comes back {card.due:%Y-%m-%d}.")
            attempt = await repo.attempt(session_id, question_id) if session_id is not None else None
            if attempt is not None and card.last_review is not None and card.last_review >= attempt[0]:
                raise DeckError(f"You already rated this re-attempt of {question_id} ({label}).")
            rated, log = rate(card, recall, now)
            await repo.save_review(card_id, rated, recall, log)
            # Points are for re-solving: a due card, and an answer given in the re-attempt's session.
            solved = session_id is None or (attempt is not None and attempt[1])
            paid = (
                card.due <= now
                and solved
                and await PointsRepository(tx).award(
                    guild_id,
                    user_id,
                    REVIEW_POINTS,
                    POINTS_REASON,
                    points_source(question_id, now),
                    now,
                    session_id=session_id,
                    known_member=True,  # the card's foreign key already requires the member
                )
            )
            return Rated(rated, REVIEW_POINTS if paid else 0)

    async def export(self, guild_id: int, user_id: int) -> str:
        """Return the member's deck as CSV text (header row; encode as UTF-8 with BOM for spreadsheets)."""
        cards = await self.cards(guild_id, user_id)
        return export_csv((card, self.bank.get(card.question_id)) for card in cards)

    async def known_before(
        self, guild_id: int, user_id: int, question_ids: Iterable[str], before: dt.datetime
    ) -> set[str]:
        """Return which questions were already in the member's deck before `before` (their session re-attempts)."""
        async with self.database.read() as tx:
            return await DeckRepository(tx).known_before(guild_id, user_id, question_ids, before)

    async def remind(self, guild_id: int, user_id: int, at: dt.time | None) -> str:
        """Turn the member's daily reminder on at a local time, or off with None; return their time zone."""
        async with self.database.write() as tx:
            return await DeckRepository(tx).set_reminder(guild_id, user_id, at)

    async def reminders(self) -> list[Reminder]:
        """Return every member who opted in to the daily reminder."""
        async with self.database.read() as tx:
            return [Reminder(*row) for row in await DeckRepository(tx).reminders()]

    async def reminder(self, guild_id: int, user_id: int) -> Reminder | None:
        """Return the member's daily reminder in their current zone, None while it is off."""
        async with self.database.read() as tx:
            rows = await DeckRepository(tx).reminders(guild_id, user_id)
        return Reminder(*rows[0]) if rows else None

    async def server_zone_reminders(self, guild_id: int) -> list[Reminder]:
        """Return the reminders of a server's members who have no zone of their own (they follow the server's)."""
        async with self.database.read() as tx:
            return [Reminder(*row) for row in await DeckRepository(tx).reminders(guild_id, server_zone_only=True)]


def _not_in_deck(question_id: str) -> DeckError:
    return DeckError(f"{question_id} is not in your review deck. `/review due` and `/review export` list it.")
