"""Repository of votes: self-ratings, interviewer scores and peer votes, kept apart by kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.dialect import dialect_insert
from bot.db.models import Vote


class VoteRepository:
    """Peer-review votes."""

    def __init__(self, tx: AsyncSession) -> None:
        self.tx = tx

    async def cast(
        self, session_id: int, kind: str, reviewer_id: int, criterion: str, score: int, at: dt.datetime
    ) -> None:
        """Store a vote; a second vote of the same kind by the same reviewer on a criterion replaces the first."""
        stmt = dialect_insert(self.tx, Vote).values(
            session_id=session_id, kind=kind, reviewer_id=reviewer_id, criterion=criterion, score=score, voted_at=at
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["session_id", "kind", "reviewer_id", "criterion"], set_={"score": score, "voted_at": at}
        )
        await self.tx.execute(stmt)

    async def score(self, session_id: int, kind: str, reviewer_id: int, criterion: str) -> int | None:
        """Return a reviewer's current score of a kind on a criterion, if any."""
        stmt = select(Vote.score).where(
            Vote.session_id == session_id,
            Vote.kind == kind,
            Vote.reviewer_id == reviewer_id,
            Vote.criterion == criterion,
        )
        return await self.tx.scalar(stmt)

    async def peer_scores(
        self, session_ids: Sequence[int], reviewer_ids: Sequence[int]
    ) -> dict[tuple[int, int, str], int]:
        """Return (session, reviewer, criterion) → score of the peer votes of these reviewers on these sessions."""
        if not session_ids or not reviewer_ids:
            return {}
        stmt = select(Vote.session_id, Vote.reviewer_id, Vote.criterion, Vote.score).where(
            Vote.kind == "peer", Vote.session_id.in_(session_ids), Vote.reviewer_id.in_(reviewer_ids)
        )
        return {(s, r, c): score for s, r, c, score in (await self.tx.execute(stmt)).all()}

    async def put_peer_scores(
        self, scores: dict[tuple[int, int, str], int], withdrawn: Sequence[tuple[int, int, str]], at: dt.datetime
    ) -> None:
        """Upsert peer votes and delete withdrawn ones, one statement each (keys are session, reviewer, criterion)."""
        # Executemany at the Core level: the ORM's bulk path costs more than the database for hundreds of rows.
        connection = await self.tx.connection()
        if scores:
            stmt = dialect_insert(self.tx, Vote)
            stmt = stmt.on_conflict_do_update(
                index_elements=["session_id", "kind", "reviewer_id", "criterion"],
                set_={"score": stmt.excluded.score, "voted_at": stmt.excluded.voted_at},
            )
            rows = [
                {"session_id": s, "kind": "peer", "reviewer_id": r, "criterion": c, "score": score, "voted_at": at}
                for (s, r, c), score in scores.items()
            ]
            await connection.execute(stmt, rows)
        if withdrawn:
            stmt = delete(Vote).where(
                Vote.kind == "peer",
                Vote.session_id == bindparam("s"),
                Vote.reviewer_id == bindparam("r"),
                Vote.criterion == bindparam("c"),
            )
            await connection.execute(stmt, [{"s": s, "r": r, "c": c} for s, r, c in withdrawn])

    async def withdraw(self, session_id: int, kind: str, reviewer_id: int, criterion: str, score: int) -> bool:
        """Delete a vote if it still has `score` (a removed reaction only takes back the vote it made)."""
        stmt = delete(Vote).where(
            Vote.session_id == session_id,
            Vote.kind == kind,
            Vote.reviewer_id == reviewer_id,
            Vote.criterion == criterion,
            Vote.score == score,
        )
        return (await self.tx.execute(stmt)).rowcount == 1

    async def clear(self, session_id: int, kind: str) -> None:
        """Delete every vote of a kind on a session (before storing the reconciled ones)."""
        await self.tx.execute(delete(Vote).where(Vote.session_id == session_id, Vote.kind == kind))

    async def for_session(self, session_id: int, kind: str | None = None) -> Sequence[Vote]:
        """Return the votes on a session, of one kind or all."""
        stmt = select(Vote).where(Vote.session_id == session_id)
        if kind is not None:
            stmt = stmt.where(Vote.kind == kind)
        return (await self.tx.scalars(stmt)).all()
