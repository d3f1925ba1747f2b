"""Running totals beside the ledger: per member tallies and, per board, how many members have each score."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.scoring import period_starts
from bot.db.dialect import dialect_insert
from bot.db.models import PointsHistogram, PointsTally

METRICS = ("points", "reviews")


class TallyRepository:
    """Adds an award to a member's tallies (week, month, all time; every round and its own) and to the histograms."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def add(self, guild_id: int, user_id: int, points: int, reviews: int, at: dt.datetime, round_: str) -> None:
        """Add points and reviews to the member's tallies and move them between histogram buckets."""
        keys = [
            (p.value, starts, scope) for p, starts in period_starts(at).items() for scope in dict.fromkeys(("", round_))
        ]
        found = await self.tx.execute(
            select(
                PointsTally.period, PointsTally.starts, PointsTally.round, PointsTally.points, PointsTally.reviews
            ).where(
                PointsTally.guild_id == guild_id,
                PointsTally.user_id == user_id,
                PointsTally.period.in_({k[0] for k in keys}),
                PointsTally.starts.in_({k[1] for k in keys}),
                PointsTally.round.in_({k[2] for k in keys}),
            )
        )
        before = {(period, starts, scope): (p, r) for period, starts, scope, p, r in found.all()}
        rows = [
            {
                "guild_id": guild_id,
                "period": k[0],
                "starts": k[1],
                "round": k[2],
                "user_id": user_id,
                "points": points,
                "reviews": reviews,
            }
            for k in keys
        ]
        stmt = dialect_insert(self.tx, PointsTally)
        stmt = stmt.on_conflict_do_update(
            index_elements=["guild_id", "period", "starts", "round", "user_id"],
            set_={
                "points": PointsTally.points + stmt.excluded.points,
                "reviews": PointsTally.reviews + stmt.excluded.reviews,
            },
        )
        await (await self.tx.connection()).execute(stmt, rows)
        moves: Counter[tuple[str, dt.date, str, str, int]] = Counter()
        for key in keys:
            old = before.get(key, (0, 0))
            for metric, was, add in zip(METRICS, old, (points, reviews), strict=True):
                if add:
                    if was > 0:
                        moves[(*key, metric, was)] -= 1
                    if was + add > 0:
                        moves[(*key, metric, was + add)] += 1
        await self._move(guild_id, moves)

    async def _move(self, guild_id: int, moves: Counter[tuple[str, dt.date, str, str, int]]) -> None:
        changes = [
            {"guild_id": guild_id, "period": p, "starts": s, "round": r, "metric": m, "score": score, "members": n}
            for (p, s, r, m, score), n in moves.items()
            if n
        ]
        if not changes:
            return
        stmt = dialect_insert(self.tx, PointsHistogram)
        stmt = stmt.on_conflict_do_update(
            index_elements=["guild_id", "period", "starts", "round", "metric", "score"],
            set_={"members": PointsHistogram.members + stmt.excluded.members},
        )
        await (await self.tx.connection()).execute(stmt, changes)
