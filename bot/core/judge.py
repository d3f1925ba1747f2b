"""The judge's pure half: the cases a coding question is judged on, answer checkers and verdicts."""

from __future__ import annotations

import builtins
import enum
import json
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.core.questions import CodingQuestion

# A literal case is tiny; a second is generous on a loaded host and still stops an infinite loop fast.
SMALL_CASE_BUDGET = 1.0
# A generated large case with no measured budget yet (run `python -m bot banks budgets`).
DEFAULT_LARGE_BUDGET = 10.0

# Expressions in `args_expr`/`expected_expr` build large inputs; they get these builtins and a seeded RNG.
EXPR_BUILTINS = {
    name: getattr(builtins, name)
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


def evaluate(expr: str) -> Any:
    """Evaluate a bank expression with a fresh `random.Random(7)`; shipped banks only, restricted builtins."""
    namespace = {"__builtins__": EXPR_BUILTINS, "random": random.Random(7)}  # noqa: S311 - reproducible inputs
    return eval(expr, namespace)  # noqa: S307 - trusted bank text, never member input


def plain(value: Any) -> Any:
    """Return the JSON shape of a value: tuples become lists, recursively."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


class Outcome(enum.StrEnum):
    """What happened to one case."""

    PASSED = "passed"
    WRONG = "wrong answer"
    ERROR = "error"
    TIMED_OUT = "timed out"
    TOO_SLOW = "correct but too slow"
    NOT_RUN = "not run"


class Verdict(enum.StrEnum):
    """The verdict of a whole run, worst first in `VERDICT_ORDER`."""

    PASSED = "passed"
    WRONG_ANSWER = "wrong answer"
    ERROR = "runtime error"
    TOO_SLOW = "too slow"
    TIME_LIMIT = "time limit exceeded"
    OUTPUT_LIMIT = "output limit exceeded"
    LOAD_ERROR = "does not load"


@dataclass(frozen=True)
class CaseSpec:
    """One case a submission is run on: arguments, the expected value and its time budget in seconds."""

    args: list[Any]
    expected: Any
    visible: bool
    large: bool
    budget: float


@dataclass(frozen=True)
class CaseResult:
    """What one case produced: its outcome, the value returned, seconds taken and the first error line."""

    outcome: Outcome
    actual: Any = None
    seconds: float | None = None
    error: str | None = None


@dataclass(frozen=True)
class RunReport:
    """A judged run: the verdict, each case with its result, and the submission's clipped output."""

    question_id: str
    verdict: Verdict
    cases: list[tuple[CaseSpec, CaseResult]]
    stdout: str = ""
    stderr: str = ""
    load_error: str | None = None
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> int:
        """Return how many cases passed."""
        return sum(r.outcome is Outcome.PASSED for _, r in self.cases)

    @property
    def total(self) -> int:
        """Return how many cases there are."""
        return len(self.cases)

    @property
    def large_seconds(self) -> float | None:
        """Return the slowest large case's seconds, or None when no large case ran."""
        times = [r.seconds for spec, r in self.cases if spec.large and r.seconds is not None]
        return max(times) if times else None


def build_cases(
    question: CodingQuestion, budgets: dict[int, float], small_budget: float = SMALL_CASE_BUDGET
) -> list[CaseSpec]:
    """Return the visible examples then the tests; `budgets` maps a test's index to its large-case budget.

    A visible test that repeats an example (same arguments and answer) is left out: it would only be run twice.
    """
    cases = [
        CaseSpec(args=plain(e.args), expected=plain(e.output), visible=True, large=False, budget=small_budget)
        for e in question.examples
    ]
    shown = [(case.args, case.expected) for case in cases]
    for index, test in enumerate(question.tests):
        args = test.args if test.args is not None else evaluate(test.args_expr or "")
        expected = test.expected if test.expected_expr is None else evaluate(test.expected_expr)
        large = test.args_expr is not None
        if not test.hidden and not large and (plain(args), plain(expected)) in shown:
            continue  # a visible test repeating an example would be run and reported twice
        budget = budgets.get(index, DEFAULT_LARGE_BUDGET) if large else small_budget
        cases.append(
            CaseSpec(args=plain(args), expected=plain(expected), visible=not test.hidden, large=large, budget=budget)
        )
    return cases


def _close(got: Any, expected: Any, tolerance: float) -> bool:
    if isinstance(expected, list):
        return (
            isinstance(got, list)
            and len(got) == len(expected)
            and all(_close(g, e, tolerance) for g, e in zip(got, expected, strict=True))
        )
    if isinstance(got, bool | int | float) and isinstance(expected, bool | int | float):
        if math.isnan(expected) or math.isnan(got):
            return math.isnan(expected) and math.isnan(got)
        return abs(got - expected) <= tolerance + tolerance * abs(expected)
    return False


def matches(question: CodingQuestion, got: Any, expected: Any) -> bool:
    """Compare a returned JSON value with the expected one using the question's checker."""
    if question.checker == "float_tol":
        return _close(got, expected, question.tolerance)
    if question.checker == "unordered":
        canon = lambda items: Counter(json.dumps(i, sort_keys=True) for i in items)  # noqa: E731
        return isinstance(got, list) and isinstance(expected, list) and canon(got) == canon(expected)
    return got == expected and _same_kinds(got, expected)


def _same_kinds(got: Any, expected: Any) -> bool:
    """Return False where `==` would accept True for 1 or 1.0 for 1 in an exact answer."""
    if isinstance(expected, list):
        return all(_same_kinds(g, e) for g, e in zip(got, expected, strict=True))
    if isinstance(expected, bool) or isinstance(got, bool):
        return isinstance(expected, bool) and isinstance(got, bool)
    return True


def judge_case(question: CodingQuestion, spec: CaseSpec, event: dict[str, Any] | None) -> CaseResult:
    """Turn one harness event (or None when the run stopped before it) into a case result."""
    if event is None:
        return CaseResult(Outcome.NOT_RUN)
    seconds = event.get("seconds")
    status = event.get("status")
    if status == "timeout":
        return CaseResult(Outcome.TIMED_OUT, seconds=seconds)
    if status == "error":
        return CaseResult(Outcome.ERROR, seconds=seconds, error=str(event.get("error", ""))[:300])
    actual = event.get("value")
    if not matches(question, actual, spec.expected):
        return CaseResult(Outcome.WRONG, actual=actual, seconds=seconds)
    if seconds is not None and seconds > spec.budget:
        return CaseResult(Outcome.TOO_SLOW, actual=actual, seconds=seconds)
    return CaseResult(Outcome.PASSED, actual=actual, seconds=seconds)


def verdict_of(cases: list[tuple[CaseSpec, CaseResult]], *, load_error: str | None, killed: str | None) -> Verdict:
    """Return the run's verdict: the worst thing that happened, a slow large case counting last."""
    if load_error is not None:
        return Verdict.LOAD_ERROR
    if killed == "output":
        return Verdict.OUTPUT_LIMIT
    if killed is not None:
        return Verdict.TIME_LIMIT
    outcomes = {r.outcome for _, r in cases}
    if Outcome.NOT_RUN in outcomes:
        return Verdict.ERROR
    if any(r.outcome is Outcome.TIMED_OUT and not spec.large for spec, r in cases):
        return Verdict.TIME_LIMIT
    if Outcome.ERROR in outcomes:
        return Verdict.ERROR
    if Outcome.WRONG in outcomes:
        return Verdict.WRONG_ANSWER
    if outcomes & {Outcome.TIMED_OUT, Outcome.TOO_SLOW}:
        return Verdict.TOO_SLOW
    return Verdict.PASSED
