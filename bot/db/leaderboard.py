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

    async def count(self) -> int:
        """Return how many members have a score above zero."""
        stmt = select(func.count()).select_from(PointsTally).where(*self.where, self.metric > 0)
        return int(await self.tx.scalar(stmt) or 0)

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

    async def score(self, user_id: int) -> int:
        """Return a member's score (0 if they have none)."""
        stmt = select(self.metric).where(*self.where, PointsTally.user_id == user_id)
        return int(await self.tx.scalar(stmt) or 0)

    async def ahead(self, score: int) -> int:
        """Return how many members score more than `score`."""
        stmt = select(func.count()).select_from(PointsTally).where(*self.where, self.metric > score)
        return int(await self.tx.scalar(stmt) or 0)
