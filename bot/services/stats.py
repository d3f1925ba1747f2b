"""`/stats` and `python -m bot stats`: a member's profile read in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import func, select

from bot.core.questions import Round
from bot.core.review import VoteKind
from bot.core.scoring import REVIEW_REASONS
from bot.core.stats import Profile, RatedVote, criterion_scores, round_means, weakest, weekly_activity
from bot.db.engine import Database
from bot.db.models import PointsEntry, SessionRecord, Vote


class StatsService:
    """Builds practice profiles."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime]) -> None:
        self.database = database
        self.clock = clock

    async def profile(self, guild_id: int, user_id: int) -> Profile:
        """Return a member's sessions per round, scores per criterion and kind, activity and reviews given."""
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
        )
