"""Leaderboard queries over the points tallies: a page, a count, a member's score and how many score more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import PointsTally


class LeaderboardRepository:
    """Reads one board: a server, a period starting on a date, a round ('' for all) and a metric."""

    def __init__(self, tx: AsyncSession, guild_id: int, period: str, starts: dt.date, round_: str, metric: str) -> None:
        self.tx = tx
        self.metric: Any = getattr(PointsTally, metric)
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
        score (0 without one) and how many score more than the caller."""
        scored = select(func.count()).select_from(PointsTally).where(*self.where, self.metric > 0)
        ahead_of_first = select(func.count()).select_from(PointsTally).where(*self.where, self.metric > first_score)
        caller = select(self.metric).where(*self.where, PointsTally.user_id == caller_id).scalar_subquery()
        caller_score = func.coalesce(caller, 0)
        ahead_of_caller = select(func.count()).select_from(PointsTally).where(*self.where, self.metric > caller_score)
        stmt = select(
            scored.scalar_subquery(),
            ahead_of_first.scalar_subquery(),
            caller_score,
            ahead_of_caller.scalar_subquery(),
        )
        members, first_ahead, score, caller_ahead = (await self.tx.execute(stmt)).one()
        return int(members), int(first_ahead), int(score), int(caller_ahead)
