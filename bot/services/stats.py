"""`/stats` and `python -m bot stats`: a member's profile read in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.deck import Recall
from bot.core.questions import Round
from bot.core.review import VoteKind
from bot.core.scoring import REVIEW_REASONS
from bot.core.stats import DeckSummary, Profile, RatedVote, criterion_scores, round_means, weakest, weekly_activity
from bot.db.engine import Database
from bot.db.models import DeckCardRecord, DeckReview, PointsEntry, SessionRecord, Vote


class StatsService:
    """Builds practice profiles."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime]) -> None:
        self.database = database
        self.clock = clock

    async def profile(self, guild_id: int, user_id: int) -> Profile:
        """Return a member's sessions per round, scores per criterion and kind, activity, reviews given and deck."""
        now = self.clock()
        async with self.database.read() as tx:
            mine = (
                SessionRecord.guild_id == guild_id,
                SessionRecord.user_id == user_id,
                SessionRecord.state == "ended",
            )
            sessions = (await tx.execute(select(SessionRecord.round, SessionRecord.started_at).where(*mine))).all()
            votes = (
                await tx.execute(
                    select(SessionRecord.round, Vote.kind, Vote.criterion, Vote.score)
                    .join(Vote, Vote.session_id == SessionRecord.id)
                    .where(*mine)
                )
            ).all()
            ledger = PointsEntry.guild_id == guild_id, PointsEntry.user_id == user_id
            points = await tx.scalar(select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(*ledger))
            reviews = await tx.scalar(
                select(func.count()).select_from(PointsEntry).where(*ledger, PointsEntry.reason.in_(REVIEW_REASONS))
            )
            deck = await _deck_summary(tx, guild_id, user_id, now)
        rated = [RatedVote(Round(r), VoteKind(k), c, s) for r, k, c, s in votes]
        per_round: dict[Round, int] = {}
        for round_, _ in sessions:
            per_round[Round(round_)] = per_round.get(Round(round_), 0) + 1
        return Profile(
            user_id=user_id,
            sessions=dict(sorted(per_round.items())),
            weekly=weekly_activity((started for _, started in sessions), now),
            criteria=criterion_scores(rated),
            round_means=round_means(rated),
            weakest=weakest(rated),
            reviews_given=int(reviews or 0),
            points=int(points or 0),
            deck=deck,
        )


async def _deck_summary(tx: AsyncSession, guild_id: int, user_id: int, now: dt.datetime) -> DeckSummary:
    """Count a member's cards, those due at `now` (UTC), and their re-attempts' recall ratings."""
    card = DeckCardRecord
    mine = card.guild_id == guild_id, card.user_id == user_id
    cards, due = (await tx.execute(select(func.count(), func.count().filter(card.due <= now)).where(*mine))).one()
    # Adding a card logs a first review at the moment it was added: that one is not a recall.
    recalls = (
        select(func.count(), func.count().filter(DeckReview.rating != int(Recall.AGAIN)))
        .join(card, card.id == DeckReview.card_id)
        .where(*mine, DeckReview.reviewed_at != card.added_at)
    )
    reviews, recalled = (await tx.execute(recalls)).one()
    return DeckSummary(cards=cards, due=due, reviews=reviews, recalled=recalled)
