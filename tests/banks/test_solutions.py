"""Every shipped coding and ML-coding question's reference solution passes its own tests."""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.core.bank import load_banks
from bot.core.questions import CodingQuestion, Round

BANKS = Path(__file__).resolve().parents[2] / "question_banks"
SOLUTIONS = BANKS / "solutions"
CODING = sorted(
    (q for q in load_banks([BANKS], strict=True).questions.values() if isinstance(q, CodingQuestion)),
    key=lambda q: q.id,
)
# Expressions in `args_expr` build large inputs; they get arithmetic and a seeded RNG, nothing else.
EXPR_BUILTINS = {
    name: __builtins__[name] if isinstance(__builtins__, dict) else getattr(__builtins__, name)
    for name in (
        "range",
        "list",
        "len",
        "sum",
        "min",
        "max",
        "abs",
        "tuple",
        "dict",
        "set",
        "sorted",
        "reversed",
        "zip",
        "enumerate",
        "str",
        "int",
        "float",
        "round",
        "map",
    )
}


def _evaluate(expr: str) -> Any:
    import random

    namespace = {"__builtins__": EXPR_BUILTINS, "random": random.Random(7)}
    return eval(expr, namespace)  # shipped banks only, restricted namespace


def _plain(value: Any) -> Any:
    if isinstance(value, np.ndarray | np.generic):
        return value.tolist()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _matches(question: CodingQuestion, got: Any, expected: Any) -> bool:
    got = _plain(got)
    if question.checker == "float_tol":
        try:
            return bool(
                np.allclose(
                    np.asarray(got, dtype=float),
                    np.asarray(expected, dtype=float),
                    rtol=question.tolerance,
                    atol=question.tolerance,
                )
            )
        except ValueError:
            return False
    if question.checker == "unordered":
        canon = lambda items: Counter(json.dumps(i, sort_keys=True) for i in items)  # noqa: E731
        return isinstance(got, list) and canon(got) == canon(expected)
    return got == expected


def _load_solution(question: CodingQuestion):
    path = SOLUTIONS / f"{question.id}.py"
    assert path.exists(), f"{question.id} has no reference solution at {path}"
    spec = importlib.util.spec_from_file_location(f"solution_{question.id.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return path, getattr(module, question.function_name)


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
def test_reference_solution_passes_every_case(question: CodingQuestion) -> None:
    _, solve = _load_solution(question)
    for number, case in enumerate(question.tests, start=1):
        args = case.args if case.args is not None else _evaluate(case.args_expr)
        expected = case.expected if case.expected_expr is None else _evaluate(case.expected_expr)
        got = solve(*json.loads(json.dumps(args)))  # a fresh copy, so solutions may mutate input
        assert _matches(question, got, expected), (
            f"{question.id} test {number}: got {got!r:.200}, expected {expected!r:.200}"
        )


@pytest.mark.parametrize("question", CODING, ids=lambda q: q.id)
def test_solution_uses_only_allowed_imports(question: CodingQuestion) -> None:
    path = SOLUTIONS / f"{question.id}.py"
    imported = _imported_modules(path)
    assert not imported & set(question.forbidden_imports), f"{path.name} imports a forbidden module"
    if question.round is Round.ML_CODING:
        outside = {m for m in imported if m not in sys.stdlib_module_names and m != "numpy"}
        assert not outside, f"{path.name} imports {sorted(outside)}; ML coding allows numpy and the standard library"


@pytest.mark.parametrize("question", CODING, ids=lambda q: q.id)
def test_visible_examples_agree_with_solution(question: CodingQuestion) -> None:
    _, solve = _load_solution(question)
    for example in question.examples:
        got = solve(*json.loads(json.dumps(example.args)))
        assert _matches(question, got, example.output), f"{question.id} example {example.args!r:.100}"


# Exponential backtracking problems test their maximum allowed size with literal cases instead.
@pytest.mark.parametrize("question", [q for q in CODING if q.pattern != "backtracking"], ids=lambda q: q.id)
def test_question_has_a_generated_large_hidden_case(question: CodingQuestion) -> None:
    """A large generated input is what rejects a brute force."""
    assert any(case.args_expr and case.hidden for case in question.tests), f"{question.id} has no large hidden case"
