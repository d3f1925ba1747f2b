"""Run results fit Discord's embed limits, keep hidden cases hidden, and cannot break out of their code block."""

from __future__ import annotations

import datetime as dt

from bot.core.judge import CaseResult, CaseSpec, Outcome, RunReport, Verdict
from bot.core.questions import Round
from bot.core.session import Session
from bot.ui import session as session_ui
from bot.ui.judge import result_embed
from tests.factories import make_question

QUESTION = make_question(Round.CODING, 1)
T0 = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)


def test_huge_wrong_answers_and_output_stay_within_limits() -> None:
    spec = CaseSpec(args=[list(range(5_000))], expected=list(range(5_000)), visible=True, large=False, budget=1.0)
    wrong = CaseResult(Outcome.WRONG, actual=["x" * 10_000], seconds=0.1)
    report = RunReport(
        QUESTION.id, Verdict.WRONG_ANSWER, [(spec, wrong)] * 40, stdout="```\n" + "line\n" * 10_000, stderr="e" * 9_999
    )
    embed = result_embed(QUESTION, report, "Alice")
    assert len(embed.title or "") <= 256 and len(embed.description or "") <= 4_096 and len(embed) <= 6_000
    description = embed.description or ""
    assert description.startswith("```\n") and description.endswith("\n```")
    assert description.count("```") == 2, "printed backticks cannot close the block early"


def test_hidden_error_keeps_only_its_type() -> None:
    hidden = CaseSpec(args=[["secret-input"]], expected=1, visible=False, large=False, budget=1.0)
    error = CaseResult(Outcome.ERROR, error="line 3: KeyError: 'secret-input'")
    report = RunReport(QUESTION.id, Verdict.ERROR, [(hidden, error)])
    description = result_embed(QUESTION, report, "Alice").description or ""
    assert "first hidden error: line 3: KeyError" in description
    assert "secret-input" not in description


def test_summary_card_shows_the_best_run() -> None:
    session = Session.start(guild_id=1, candidate_id=2, interviewer_id=None, questions=[QUESTION], now=T0, session_id=7)
    embed = session_ui.summary_embed(session, "<@2>", None, best_run="passed, 7/7 tests, large case 0.12 s")
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Best code run"] == "passed, 7/7 tests, large case 0.12 s"
    assert "Best code run" not in {f.name for f in session_ui.summary_embed(session, "<@2>", None).fields}
