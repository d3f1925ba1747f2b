"""Leaderboard queries: a page of the tallies, and counts from the score histogram (members, how many score more)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import PointsHistogram, PointsTally


class LeaderboardRepository:
    """Reads one board: a server, a period starting on a date, a round ('' for all) and a metric."""

    def __init__(self, tx: AsyncSession, guild_id: int, period: str, starts: dt.date, round_: str, metric: str) -> None:
        self.tx = tx
        self.metric: Any = getattr(PointsTally, metric)
        self.histogram = (
            PointsHistogram.guild_id == guild_id,
            PointsHistogram.period == period,
            PointsHistogram.starts == starts,
            PointsHistogram.round == round_,
            PointsHistogram.metric == metric,
        )
        self.where = (
            PointsTally.guild_id == guild_id,
            PointsTally.period == period,
            PointsTally.starts == starts,
            PointsTally.round == round_,
        )

    async def page(self, offset: int, limit: int) -> Sequence[tuple[int, int]]:
        """Return (user id, score) rows by score, highest first (ties by user id, as the index orders them)."""
        stmt = (
            select(PointsTally.user_id, self.metric)
            .where(*self.where, self.metric > 0)
            .order_by(self.metric.desc(), PointsTally.user_id.desc())
            .offset(offset)
            .limit(limit)
        )
        return [(user_id, score) for user_id, score in (await self.tx.execute(stmt)).all()]

    async def counts(self, first_score: int, caller_id: int) -> tuple[int, int, int, int]:
        """Return, in one statement: members with a score, how many score more than `first_score`, the caller's
        score (0 without one) and how many score more than the caller — sums over the board's score histogram."""
        caller = select(self.metric).where(*self.where, PointsTally.user_id == caller_id).scalar_subquery()
        caller_score = func.coalesce(caller, 0)

        def members_above(score: Any) -> Any:
            total = select(func.coalesce(func.sum(PointsHistogram.members), 0)).where(
                *self.histogram, PointsHistogram.score > score
            )
            return total.scalar_subquery()

        stmt = select(members_above(0), members_above(first_score), caller_score, members_above(caller_score))
        members, first_ahead, score, caller_ahead = (await self.tx.execute(stmt)).one()
        return int(members), int(first_ahead), int(score), int(caller_ahead)
