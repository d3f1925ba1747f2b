"""Judge runs on SQLite and PostgreSQL: stored without code, the session's best one found."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import inspect

from bot.core.bank import Bank
from bot.core.judge import CaseResult, CaseSpec, Outcome, RunReport, Verdict
from bot.core.questions import Round
from bot.db.engine import Database
from bot.services.judge_runs import JudgeRunService
from bot.services.sessions import SessionService
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)
QUESTION = make_question(Round.CODING, 1)
SMALL = CaseSpec(args=[[1]], expected=1, visible=True, large=False, budget=1.0)
LARGE = CaseSpec(args=[[1]], expected=1, visible=False, large=True, budget=2.0)


def _report(verdict: Verdict, outcomes: list[Outcome], large_seconds: float) -> RunReport:
    cases = [(SMALL, CaseResult(o, seconds=0.001)) for o in outcomes]
    cases.append((LARGE, CaseResult(Outcome.PASSED, seconds=large_seconds)))
    return RunReport(question_id=QUESTION.id, verdict=verdict, cases=cases)


async def test_best_run_prefers_a_pass_then_the_fastest_large_case(database: Database) -> None:
    sessions = SessionService(database, Bank({QUESTION.id: QUESTION}), random.Random(1))
    session = await sessions.open(guild_id=7, user_id=1, round_=Round.CODING, now=T0)
    runs = JudgeRunService(database)
    assert await runs.best_for_session(session.id) is None
    passed, wrong = Outcome.PASSED, Outcome.WRONG
    await runs.record(
        guild_id=7, user_id=1, session_id=session.id, report=_report(Verdict.WRONG_ANSWER, [passed, wrong], 0.1), now=T0
    )
    await runs.record(
        guild_id=7, user_id=1, session_id=session.id, report=_report(Verdict.PASSED, [passed, passed], 0.9), now=T0
    )
    await runs.record(
        guild_id=7, user_id=1, session_id=session.id, report=_report(Verdict.PASSED, [passed, passed], 0.4), now=T0
    )
    await runs.record(guild_id=7, user_id=1, session_id=None, report=_report(Verdict.PASSED, [passed], 0.01), now=T0)
    best = await runs.best_for_session(session.id)
    assert best is not None
    assert (best.verdict, best.passed, best.total, best.large_seconds) == ("passed", 3, 3, 0.4)
    assert best.summary() == "passed, 3/3 tests, large case 0.40 s"


async def test_runs_table_has_no_column_for_code(database: Database) -> None:
    async with database.engine.connect() as conn:
        columns = await conn.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns("judge_runs")})
    assert not columns & {"code", "source", "body", "stdout", "stderr"}
