"""Verdicts of real submissions run in the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import UserFacingError
from bot.core.judge import Outcome, Verdict
from bot.judge.budgets import budget_for, load_budgets, save_budgets
from bot.judge.runner import Judge
from bot.ui.judge import report_text
from tests.judge.conftest import mean_question, total_question

CORRECT = "def total(nums):\n    return sum(nums)\n"


async def test_correct_solution_passes_every_case(judge: Judge) -> None:
    report = await judge.run(total_question(), CORRECT)
    assert report.verdict is Verdict.PASSED
    assert (report.passed, report.total) == (7, 7)
    assert report.large_seconds is not None and report.large_seconds < 0.5


async def test_wrong_answer_shows_visible_case_and_counts_hidden_ones(judge: Judge) -> None:
    question = total_question()
    report = await judge.run(question, "def total(nums):\n    return sum(nums) + (len(nums) == 2)\n")
    assert report.verdict is Verdict.WRONG_ANSWER
    text = report_text(question, report)
    assert "✗ test 2: total([-1, 1]) → wrong answer" in text
    assert "expected 0" in text and "got      1" in text
    assert "Hidden tests: 2 passed, 1 failed, 0 timed out (of 3)" in text
    assert "[7, 7]" not in text and "14" not in text  # a hidden case's input and output stay hidden


async def test_exception_reports_first_traceback_line(judge: Judge) -> None:
    question = total_question()
    source = "def total(nums):\n    return sum(nums) // (len(nums) - 1)\n"
    report = await judge.run(question, source)
    assert report.verdict is Verdict.ERROR
    errors = [r.error for _, r in report.cases if r.outcome is Outcome.ERROR]
    assert errors[0] == "line 2: ZeroDivisionError: integer division or modulo by zero"
    assert "first hidden error" not in report_text(question, report)  # only one-number lists fail; all visible


async def test_quadratic_solution_fails_only_the_large_case(judge: Judge) -> None:
    question = total_question()
    slow = "def total(nums):\n    best = 0\n    for i in range(len(nums)):\n        best = sum(nums[: i + 1])\n    return best\n"
    report = await judge.run(question, slow)
    assert report.verdict is Verdict.TOO_SLOW
    outcomes = [r.outcome for _, r in report.cases]
    assert outcomes[:-1] == [Outcome.PASSED] * 6
    assert outcomes[-1] in (Outcome.TIMED_OUT, Outcome.TOO_SLOW)
    assert "too slow" in report_text(question, report)


async def test_syntax_error_does_not_load(judge: Judge) -> None:
    report = await judge.run(total_question(), "def total(nums)\n    return 0\n")
    assert report.verdict is Verdict.LOAD_ERROR
    assert report.load_error is not None and "SyntaxError" in report.load_error


async def test_missing_function_is_named(judge: Judge) -> None:
    report = await judge.run(total_question(), "def sum_all(nums):\n    return sum(nums)\n")
    assert report.load_error == "NameError: no function named total() is defined"


async def test_float_tolerance_accepts_rounding_and_numpy_but_not_a_real_error(judge: Judge) -> None:
    question = mean_question()
    numpy_source = "import numpy as np\ndef means(rows):\n    return np.array([np.mean(r) for r in rows])\n"
    assert (await judge.run(question, numpy_source)).verdict is Verdict.PASSED
    off = "def means(rows):\n    return [sum(r) / len(r) + 1e-3 for r in rows]\n"
    assert (await judge.run(question, off)).verdict is Verdict.WRONG_ANSWER


async def test_prints_come_back_cut_to_a_few_lines(judge: Judge) -> None:
    question = total_question()
    source = "def total(nums):\n    for i in range(3):\n        print('step', i)\n    return sum(nums)\n"
    report = await judge.run(question, source)
    assert report.verdict is Verdict.PASSED
    text = report_text(question, report)
    assert "stdout (+16 more lines):" in text and "  step 0" in text


def test_budget_is_twenty_times_the_reference_with_a_two_second_floor() -> None:
    assert budget_for(0.01) == 2.0
    assert budget_for(0.5) == 10.0
    assert budget_for(0.123) == 2.5


def test_budgets_are_saved_and_a_file_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    save_budgets({"cod-x-001": {2: 0.5}}, tmp_path / "budgets.json")
    assert load_budgets(tmp_path / "budgets.json") == {"cod-x-001": {2: 10.0}}
    with pytest.raises(
        UserFacingError, match=rf"^Cannot write {tmp_path}/gone/budgets.json: the folder .* not exist\.$"
    ):
        save_budgets({"cod-x-001": {2: 0.5}}, tmp_path / "gone" / "budgets.json")
