"""Leaderboard queries: a page of the tallies, and counts from the score histogram (members, how many score more)."""

from __future__ import annotations

import datetime as dt
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

    def _page(self, offset: int, limit: int) -> Any:
        return (
            select(PointsTally.user_id, self.metric.label("score"))
            .where(*self.where, self.metric > 0)
            .order_by(self.metric.desc(), PointsTally.user_id.desc())
            .offset(offset)
            .limit(limit)
        )

    def _counts(self, first_score: Any, caller_id: int) -> list[Any]:
        caller = select(self.metric).where(*self.where, PointsTally.user_id == caller_id).scalar_subquery()
        caller_score = func.coalesce(caller, 0)

        def members_above(score: Any) -> Any:
            total = select(func.coalesce(func.sum(PointsHistogram.members), 0)).where(
                *self.histogram, PointsHistogram.score > score
            )
            return total.scalar_subquery()

        return [members_above(0), members_above(first_score), caller_score, members_above(caller_score)]

    async def read(self, offset: int, limit: int, caller_id: int) -> tuple[list[tuple[int, int]], tuple[int, ...]]:
        """Return a page of (user id, score) rows, highest first (ties by user id, as the index orders them), and
        the counts: members with a score, how many score more than the page's first row, the caller's score (0
        without one) and how many score more than the caller — sums over the board's score histogram.

        One round trip when the page has rows (the counts ride along on each row); two when it is empty.
        """
        page = self._page(offset, limit).cte("page")
        first = select(func.max(page.c.score)).scalar_subquery()
        found = (await self.tx.execute(select(page.c.user_id, page.c.score, *self._counts(first, caller_id)))).all()
        if found:
            return [(row[0], row[1]) for row in found], tuple(int(v) for v in found[0][2:])
        counts = (await self.tx.execute(select(*self._counts(0, caller_id)))).one()
        return [], tuple(int(v) for v in counts)
