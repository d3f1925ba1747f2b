"""Every shipped coding and ML-coding question's reference solution passes its own tests."""

from __future__ import annotations

import ast
import asyncio
import sys
from pathlib import Path

import pytest

from bot.core.bank import load_banks
from bot.core.judge import RunReport, Verdict
from bot.core.questions import CodingQuestion, Round
from bot.judge.budgets import load_budgets
from bot.judge.runner import Judge
from bot.ui.judge import report_text

BANKS = Path(__file__).resolve().parents[2] / "question_banks"
SOLUTIONS = BANKS / "solutions"
CODING = sorted(
    (q for q in load_banks([BANKS], strict=True).questions.values() if isinstance(q, CodingQuestion)),
    key=lambda q: q.id,
)
BUDGETS = load_budgets()
JUDGE = Judge(workers=1, cooldown=0)
# One event loop for every run: the judge's worker queue belongs to the loop that made it.
RUNNER = asyncio.Runner()


def _run(question: CodingQuestion) -> RunReport:
    path = SOLUTIONS / f"{question.id}.py"
    assert path.exists(), f"{question.id} has no reference solution at {path}"
    if reason := RUNNER.run(JUDGE.start()):
        pytest.fail(reason)  # the judge is the one way to run code; no sandbox, no bank test
    return RUNNER.run(JUDGE.run(question, path.read_text(encoding="utf-8")))


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("question", CODING, ids=lambda q: q.id)
def test_reference_solution_passes_every_case_within_budget(question: CodingQuestion) -> None:
    """Examples, tests and the large cases, run through the sandboxed judge like any submission."""
    report = _run(question)
    assert report.verdict is Verdict.PASSED, report_text(question, report)


@pytest.mark.parametrize("question", CODING, ids=lambda q: q.id)
def test_solution_uses_only_allowed_imports(question: CodingQuestion) -> None:
    path = SOLUTIONS / f"{question.id}.py"
    imported = _imported_modules(path)
    assert not imported & set(question.forbidden_imports), f"{path.name} imports a forbidden module"
    if question.round is Round.ML_CODING:
        outside = {m for m in imported if m not in sys.stdlib_module_names and m != "numpy"}
        assert not outside, f"{path.name} imports {sorted(outside)}; ML coding allows numpy and the standard library"


# Exponential backtracking problems test their maximum allowed size with literal cases instead.
@pytest.mark.parametrize("question", [q for q in CODING if q.pattern != "backtracking"], ids=lambda q: q.id)
def test_question_has_a_generated_large_hidden_case(question: CodingQuestion) -> None:
    """A large generated input is what rejects a brute force."""
    assert any(case.args_expr and case.hidden for case in question.tests), f"{question.id} has no large hidden case"


@pytest.mark.parametrize("question", [q for q in CODING if any(t.args_expr for t in q.tests)], ids=lambda q: q.id)
def test_every_large_case_has_a_measured_budget(question: CodingQuestion) -> None:
    """`python -m bot banks budgets` stores one; without it a slow solution gets the default budget."""
    large = {i for i, t in enumerate(question.tests) if t.args_expr}
    assert large <= set(BUDGETS.get(question.id, {})), f"{question.id}: run `python -m bot banks budgets`"
