"""Plausible wrong solutions kept under tests/banks/wrong/ are caught by the tests of the rule they break.

Each file is named `<question-id>__<what-is-wrong>.py`, defines the question's function and sets
`BREAKS` to the slug of the rule (a key of the question's `rules`) whose labelled tests it must fail
with a wrong answer (or with the exception named in `RAISES`, for a solution that crashes), or to
"too-slow" when only the large cases can reject it: their time budgets, or for deep recursion the exception
named in `RAISES`.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bot.core.judge import RunReport, Verdict, evaluate, matches, plain
from bot.core.questions import Case, CodingQuestion
from bot.judge.runner import Judge
from bot.ui.judge import report_text
from tests.banks.test_solutions import BUDGETS, CODING

WRONG = Path(__file__).resolve().parent / "wrong"
QUESTIONS = {q.id: q for q in CODING}
TOO_SLOW = "too-slow"
FILES = sorted(WRONG.glob("*__*.py"))
SLOW_FILES = [p for p in FILES if 'BREAKS = "too-slow"' in p.read_text(encoding="utf-8")]


def _load(path: Path) -> tuple[CodingQuestion, ModuleType]:
    question = QUESTIONS.get(path.stem.split("__")[0])
    assert question is not None, f"{path.name} does not start with a coding question id"
    spec = importlib.util.spec_from_file_location(f"wrong_{path.stem.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return question, module


def _outcome(question: CodingQuestion, solve: Any, case: Case) -> str:
    """Return "pass", "wrong answer", or the name of the exception the solution raised."""
    args = case.args if case.args is not None else evaluate(case.args_expr)
    expected = case.expected if case.expected_expr is None else evaluate(case.expected_expr)
    try:
        got = solve(*json.loads(json.dumps(args)))
    except Exception as error:
        return type(error).__name__
    return "pass" if matches(question, _json(got), plain(expected)) else "wrong answer"


def _json(value: Any) -> Any:
    """Return what the sandbox's harness would report: numpy values as lists and numbers, tuples as lists."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_wrong_solution_fails_the_tests_of_the_rule_it_breaks(path: Path) -> None:
    question, module = _load(path)
    solve = getattr(module, question.function_name)
    breaks = module.BREAKS
    if breaks == TOO_SLOW:
        # Correct but of the wrong complexity: it must pass every literal case, so only a time budget on
        # the generated large cases can reject it (the judge's budgets enforce that).
        small = [case for case in question.tests if case.args is not None]
        failing = [n for n, case in enumerate(small, start=1) if _outcome(question, solve, case) != "pass"]
        assert failing == [], f"{path.name} is meant to be merely slow but fails literal cases {failing}"
        assert any(case.args_expr for case in question.tests), f"{question.id} has no large case to time"
        return
    assert breaks in question.rules, f"{path.name}: BREAKS={breaks!r} is not a rule of {question.id}"
    labelled = [case for case in question.tests if case.rule == breaks]
    assert labelled, f"{question.id} has no test labelled rule: {breaks}"
    expected = getattr(module, "RAISES", "wrong answer")
    outcomes = [_outcome(question, solve, case) for case in labelled]
    assert expected in outcomes, f"{path.name} should fail rule {breaks!r} with {expected}; got {outcomes}"


def _large_cases(question: CodingQuestion) -> list[tuple[CodingQuestion, float]]:
    """Return `question` cut down to each of its large cases, cheapest measured budget first, with that budget.

    Each cut gets its own id (`<id>#<test index>`), the key of its one budget in the judge.
    """
    budgets = BUDGETS.get(question.id, {})
    return [
        (
            question.model_copy(
                update={"id": f"{question.id}#{index}", "examples": [], "tests": [question.tests[index]]}
            ),
            budgets[index],
        )
        for index in sorted(budgets, key=lambda i: (budgets[i], i))
    ]


@pytest.fixture(scope="module")
def too_slow_reports() -> dict[str, list[tuple[RunReport, CodingQuestion]]]:
    """Judge every too-slow solution in the sandbox on its question's large cases until one rejects it.

    Cheapest budget first and one case per run, so a rejection costs about one budget (2 s for most) rather than
    every case's; the literal cases are the test above's job. The judge runs two at a time: each mostly waits
    out its budget.
    """
    cut = {path.stem: _large_cases(QUESTIONS[path.stem.split("__")[0]]) for path in SLOW_FILES}
    budgets = {question.id: {0: budget} for cases in cut.values() for question, budget in cases}
    judge = Judge(workers=2, cooldown=0, budgets=budgets)

    async def until_rejected(path: Path) -> list[tuple[RunReport, CodingQuestion]]:
        source, reports = path.read_text(encoding="utf-8"), []
        for question, _ in cut[path.stem]:
            reports.append((await judge.run(question, source), question))
            if reports[-1][0].verdict is not Verdict.PASSED:
                break
        return reports

    async def judge_all() -> dict[str, list[tuple[RunReport, CodingQuestion]]]:
        if reason := await judge.start():
            pytest.fail(reason)  # no sandbox, no bank test
        results = await asyncio.gather(*(until_rejected(path) for path in SLOW_FILES))
        return {path.stem: result for path, result in zip(SLOW_FILES, results, strict=True)}

    return asyncio.run(judge_all())


@pytest.mark.parametrize("path", SLOW_FILES, ids=lambda p: p.stem)
def test_too_slow_solution_is_rejected_on_a_large_case_in_the_judge(
    path: Path, too_slow_reports: dict[str, list[tuple[RunReport, CodingQuestion]]]
) -> None:
    """A measured budget really rejects the wrong complexity on some large case, rather than only claiming to.

    A file that sets `RAISES` fails there with that exception instead (deep recursion runs out of stack first).
    """
    reports = too_slow_reports[path.stem]
    report, why = reports[-1][0], "\n".join(report_text(q, r) for r, q in reports)
    raises = getattr(_load(path)[1], "RAISES", None)
    if raises is None:
        assert report.verdict is Verdict.TOO_SLOW, why
    else:
        errors = [result.error or "" for _, result in report.cases]
        assert report.verdict is Verdict.ERROR and any(raises in e for e in errors), why


def test_every_wrong_solution_file_is_named_after_a_question() -> None:
    assert FILES, "tests/banks/wrong/ holds no wrong solutions"
    unknown = [p.name for p in FILES if p.stem.split("__")[0] not in QUESTIONS]
    assert unknown == []


def test_every_coding_question_has_a_wrong_solution() -> None:
    """Coding and ML coding alike: a bank test that no plausible mistake fails proves nothing."""
    covered = {p.stem.split("__")[0] for p in FILES}
    missing = sorted(q.id for q in CODING if q.id not in covered)
    assert missing == [], f"coding questions with no wrong solution in tests/banks/wrong/: {missing}"
