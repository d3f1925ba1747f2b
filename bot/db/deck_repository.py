"""The review deck's queries: cards with their FSRS state, review logs, and members' reminder times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.deck import DeckCard, Recall
from bot.db.dialect import dialect_insert
from bot.db.models import Answer, DeckCardRecord, DeckReview, GuildSettings, Member, SessionRecord
from bot.db.repositories import MemberRepository

CARD_COLUMNS = (
    DeckCardRecord.question_id,
    DeckCardRecord.note,
    DeckCardRecord.state,
    DeckCardRecord.due,
    DeckCardRecord.attempts,
    DeckCardRecord.last_rating,
    DeckCardRecord.last_review,
)


def _card(row: Sequence[Any]) -> DeckCard:
    """Return the pure card of a row of CARD_COLUMNS."""
    question_id, note, state, due, attempts, last_rating, last_review = row
    return DeckCard(
        question_id=question_id,
        note=note,
        state=state,
        due=due,
        attempts=attempts,
        last_rating=Recall(last_rating) if last_rating else None,
        last_review=last_review,
    )


class DeckRepository:
    """One member's cards, keyed (guild, user, question id)."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def add(self, guild_id: int, user_id: int, card: DeckCard, log: str, now: dt.datetime) -> bool:
        """Insert a card and its first review log; False (and nothing written) if the member already has it."""
        await MemberRepository(self.tx).ensure(guild_id, user_id)
        stmt = (
            dialect_insert(self.tx, DeckCardRecord)
            .values(
                guild_id=guild_id,
                user_id=user_id,
                question_id=card.question_id,
                note=card.note,
                state=card.state,
                due=card.due,
                attempts=card.attempts,
                added_at=now,
            )
            .on_conflict_do_nothing()
            .returning(DeckCardRecord.id)
        )
        card_id = (await self.tx.execute(stmt)).scalar_one_or_none()
        if card_id is None:
            return False
        await self.tx.execute(
            insert(DeckReview).values(card_id=card_id, rating=int(Recall.HARD), reviewed_at=now, log=log)
        )
        return True

    async def get(
        self, guild_id: int, user_id: int, question_id: str, *, for_update: bool = False
    ) -> tuple[int, DeckCard] | None:
        """Return the id and the card of a member's question, if it is in their deck.

        `for_update` locks the row until the transaction ends (PostgreSQL; SQLite's write transaction already
        holds the whole database), so two ratings of one card cannot both pass the once-a-day check.
        """
        stmt = select(DeckCardRecord.id, *CARD_COLUMNS).where(
            DeckCardRecord.guild_id == guild_id,
            DeckCardRecord.user_id == user_id,
            DeckCardRecord.question_id == question_id,
        )
        row = (await self.tx.execute(stmt.with_for_update() if for_update else stmt)).first()
        return (row[0], _card(row[1:])) if row else None

    async def attempt(self, session_id: int, question_id: str) -> tuple[dt.datetime, bool] | None:
        """Return when a session started and whether it holds an answer to `question_id`, or None if unknown."""
        started = await self.tx.scalar(select(SessionRecord.started_at).where(SessionRecord.id == session_id))
        if started is None:
            return None
        answered = await self.tx.scalar(
            select(func.count()).where(Answer.session_id == session_id, Answer.question_id == question_id)
        )
        return started, bool(answered)

    async def set_note(self, guild_id: int, user_id: int, question_id: str, note: str) -> bool:
        """Replace a card's note; False if the member has no such card."""
        stmt = (
            update(DeckCardRecord)
            .where(
                DeckCardRecord.guild_id == guild_id,
                DeckCardRecord.user_id == user_id,
                DeckCardRecord.question_id == question_id,
            )
            .values(note=note)
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def remove(self, guild_id: int, user_id: int, question_id: str) -> bool:
        """Delete a card and its review logs; False if the member has no such card."""
        stmt = delete(DeckCardRecord).where(
            DeckCardRecord.guild_id == guild_id,
            DeckCardRecord.user_id == user_id,
            DeckCardRecord.question_id == question_id,
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def due(self, guild_id: int, user_id: int, now: dt.datetime, limit: int | None = None) -> Sequence[DeckCard]:
        """Return a member's cards due at `now`, the most overdue first (the index on guild, user, due serves it)."""
        stmt = (
            select(*CARD_COLUMNS)
            .where(DeckCardRecord.guild_id == guild_id, DeckCardRecord.user_id == user_id, DeckCardRecord.due <= now)
            .order_by(DeckCardRecord.due, DeckCardRecord.question_id)
            .limit(limit)
        )
        return [_card(row) for row in (await self.tx.execute(stmt)).all()]

    async def count_due(self, guild_id: int, user_id: int, now: dt.datetime) -> int:
        """Return how many of a member's cards are due at `now`."""
        stmt = select(func.count()).where(
            DeckCardRecord.guild_id == guild_id, DeckCardRecord.user_id == user_id, DeckCardRecord.due <= now
        )
        return int(await self.tx.scalar(stmt) or 0)

    async def all(self, guild_id: int, user_id: int) -> Sequence[DeckCard]:
        """Return every card of a member, soonest due first."""
        stmt = (
            select(*CARD_COLUMNS)
            .where(DeckCardRecord.guild_id == guild_id, DeckCardRecord.user_id == user_id)
            .order_by(DeckCardRecord.due, DeckCardRecord.question_id)
        )
        return [_card(row) for row in (await self.tx.execute(stmt)).all()]

    async def save_review(self, card_id: int, card: DeckCard, recall: Recall, log: str) -> None:
        """Store a rated card's new state and append its review log."""
        await self.tx.execute(
            update(DeckCardRecord)
            .where(DeckCardRecord.id == card_id)
            .values(
                state=card.state,
                due=card.due,
                attempts=card.attempts,
                last_rating=int(recall),
                last_review=card.last_review,
            )
        )
        await self.tx.execute(
            insert(DeckReview).values(card_id=card_id, rating=int(recall), reviewed_at=card.last_review, log=log)
        )

    async def known_before(
        self, guild_id: int, user_id: int, question_ids: Iterable[str], before: dt.datetime
    ) -> set[str]:
        """Return which of the questions the member had in their deck before `before` (a re-attempt)."""
        stmt = select(DeckCardRecord.question_id).where(
            DeckCardRecord.guild_id == guild_id,
            DeckCardRecord.user_id == user_id,
            DeckCardRecord.question_id.in_(list(question_ids)),
            DeckCardRecord.added_at < before,
        )
        return set((await self.tx.scalars(stmt)).all())

    async def forget_notes(self, guild_id: int, user_id: int) -> int:
        """Clear every note of a member's cards in a server (the schedule stays); return how many were cleared."""
        stmt = (
            update(DeckCardRecord)
            .where(DeckCardRecord.guild_id == guild_id, DeckCardRecord.user_id == user_id, DeckCardRecord.note != "")
            .values(note="")
        )
        return (await self.tx.execute(stmt)).rowcount

    async def set_reminder(self, guild_id: int, user_id: int, at: dt.time | None) -> str:
        """Set (or with None clear) a member's daily reminder time; return the time zone it runs in."""
        await MemberRepository(self.tx).ensure(guild_id, user_id)
        await self.tx.execute(
            update(Member).where(Member.guild_id == guild_id, Member.user_id == user_id).values(deck_remind_at=at)
        )
        stmt = _with_zone(select(_ZONE)).where(Member.guild_id == guild_id, Member.user_id == user_id)
        return (await self.tx.execute(stmt)).scalar_one()

    async def reminders(
        self, guild_id: int | None = None, user_id: int | None = None, *, server_zone_only: bool = False
    ) -> Sequence[tuple[int, int, dt.time, str]]:
        """Return (guild id, user id, local time, zone) of every member who opted in to reminders.

        The zone is the member's own, else their server's, else UTC. `guild_id` and `user_id` narrow the list to a
        server or a member; `server_zone_only` to the members without a zone of their own.
        """
        stmt = _with_zone(select(Member.guild_id, Member.user_id, Member.deck_remind_at, _ZONE)).where(
            Member.deck_remind_at.is_not(None)
        )
        if guild_id is not None:
            stmt = stmt.where(Member.guild_id == guild_id)
        if user_id is not None:
            stmt = stmt.where(Member.user_id == user_id)
        if server_zone_only:
            stmt = stmt.where(Member.timezone.is_(None))
        return [(g, u, at, zone) for g, u, at, zone in (await self.tx.execute(stmt)).all()]


# A member without a zone of their own follows their server's (as streaks do).
_ZONE = func.coalesce(Member.timezone, GuildSettings.timezone, "UTC")


def _with_zone(stmt: Any) -> Any:
    return stmt.select_from(Member).outerjoin(GuildSettings, GuildSettings.guild_id == Member.guild_id)
