"""Judge runs: record each run's verdict and timing, and find a session's best run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.judge import RunReport, Verdict
from bot.db.engine import Database
from bot.db.models import JudgeRun
from bot.db.repositories import JudgeRunRepository


@dataclass(frozen=True)
class StoredRun:
    """A run as stored: verdict, passed/total and the large case's seconds."""

    question_id: str
    verdict: str
    passed: int
    total: int
    large_seconds: float | None
    created_at: dt.datetime

    def summary(self) -> str:
        """Return one line for the reveal, e.g. 'passed, 9/9 tests, large case 0.12 s'."""
        large = f", large case {self.large_seconds:.2f} s" if self.large_seconds is not None else ""
        return f"{self.verdict}, {self.passed}/{self.total} tests{large}"


def _rank(run: JudgeRun) -> tuple[bool, int, float, int]:
    """Order runs best first: a pass, then most tests passed, then the fastest large case, then the earliest."""
    return (
        run.verdict != Verdict.PASSED.value,
        -run.passed,
        run.large_seconds if run.large_seconds is not None else float("inf"),
        run.id,
    )


class JudgeRunService:
    """Store runs and read them back."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def record(
        self, *, guild_id: int, user_id: int, session_id: int | None, report: RunReport, now: dt.datetime
    ) -> int:
        """Store a judged run (not its code) and return its id."""
        async with self.database.write() as tx:
            run = JudgeRun(
                guild_id=guild_id,
                user_id=user_id,
                session_id=session_id,
                question_id=report.question_id,
                verdict=report.verdict.value,
                passed=report.passed,
                total=report.total,
                large_seconds=report.large_seconds,
                created_at=now,
            )
            return (await JudgeRunRepository(tx).add(run)).id

    async def best_for_session(self, session_id: int) -> StoredRun | None:
        """Return the session's best run, or None when the candidate never ran code."""
        async with self.database.read() as tx:
            runs = await JudgeRunRepository(tx).for_session(session_id)
            if not runs:
                return None
            best = min(runs, key=_rank)
            return StoredRun(
                best.question_id, best.verdict, best.passed, best.total, best.large_seconds, best.created_at
            )
