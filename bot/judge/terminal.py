"""`python -m bot judge QUESTION_ID FILE.py`, and `run_file` for the practice terminal's `r FILE`."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from bot.core.errors import UserFacingError
from bot.core.judge import RunReport, Verdict
from bot.core.questions import CodingQuestion
from bot.judge.runner import MAX_SOURCE_BYTES, Judge
from bot.ui.judge import report_text


class BadSubmission(UserFacingError):
    """The file cannot be judged: missing, too large or not UTF-8 text."""


def read_source(path: Path) -> str:
    """Return a submission's text; raise BadSubmission with one line when it cannot be judged."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadSubmission(f"cannot read {path}: {exc.strerror or exc}") from None
    return decode_source(data, str(path))


def decode_source(data: bytes, name: str) -> str:
    """Return uploaded or read bytes as text; raise BadSubmission when too large or not UTF-8."""
    if len(data) > MAX_SOURCE_BYTES:
        raise BadSubmission(f"{name} is {len(data):,} bytes; the judge takes files up to {MAX_SOURCE_BYTES:,} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadSubmission(f"{name} is not UTF-8 text") from None


async def judge_file(question: CodingQuestion, path: Path, judge: Judge | None = None) -> RunReport:
    """Judge a file against a question; raise BadSubmission or JudgeOff with one line."""
    source = read_source(path)
    return await (judge or Judge()).run(question, source)


async def run_file(question: CodingQuestion, path: str | Path, judge: Judge | None = None) -> str:
    """Run a file against the question and return the report as text (the practice terminal's `r FILE`)."""
    try:
        report = await judge_file(question, Path(path), judge)
    except UserFacingError as exc:
        return exc.message
    return report_text(question, report)


def find_question(question_id: str, bank_dirs: Sequence[Path]) -> CodingQuestion:
    """Return the coding or ML-coding question with this id; raise BadSubmission otherwise."""
    from bot.core.bank import load_banks

    question = load_banks(list(bank_dirs)).questions.get(question_id)
    if question is None:
        raise BadSubmission(f"unknown question id {question_id!r}")
    if not isinstance(question, CodingQuestion):
        raise BadSubmission(
            f"{question_id} is a {question.round.label} question; the judge runs coding and ML-coding questions"
        )
    return question


def main(question_id: str, path: Path, bank_dirs: Sequence[Path]) -> int:
    """Print the report; return 0 when every test passes, 1 when some fail, 2 for bad input."""
    try:
        question = find_question(question_id, bank_dirs)
        report = asyncio.run(judge_file(question, path))
    except UserFacingError as exc:
        print(exc.message)
        return 2
    print(report_text(question, report))
    return 0 if report.verdict is Verdict.PASSED else 1
