"""A real sandbox with small limits, and tiny questions to judge, so no test waits long."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.core.questions import CodingQuestion, Round
from bot.judge.runner import Judge
from bot.judge.sandbox import Limits, Sandbox
from tests.factories import make_question

# Small enough that a hostile submission is stopped in a few seconds.
TEST_LIMITS = Limits(
    memory_bytes=512 << 20,
    processes=16,
    file_bytes=4 << 20,
    tmpfs_bytes=16 << 20,
    load_seconds=2.0,
    slack_seconds=1.0,
    max_wall_seconds=6.0,
)
SMALL_BUDGET = 0.5
LARGE_BUDGET = 0.5


def total_question() -> CodingQuestion:
    """Sum a list; the last hidden case has 20,000 numbers, where an O(n²) solution runs out of budget."""
    return make_question(
        Round.CODING,
        1,
        signature="def total(nums: list[int]) -> int:",
        examples=[{"args": [[1, 2, 3]], "output": 6}, {"args": [[]], "output": 0}],
        tests=[
            {"args": [[5]], "expected": 5},
            {"args": [[-1, 1]], "expected": 0},
            {"args": [[10, 20, 30]], "expected": 60, "hidden": True},
            {"args": [[7, 7]], "expected": 14, "hidden": True},
            {"args_expr": "[[i % 10 for i in range(20000)]]", "expected": 90000, "hidden": True},
        ],
    )


def mean_question() -> CodingQuestion:
    """An ML-coding question checked with a float tolerance of 1e-6."""
    return make_question(
        Round.ML_CODING,
        2,
        signature="def means(rows: list[list[float]]) -> list[float]:",
        checker="float_tol",
        tolerance=1e-6,
        examples=[{"args": [[[1.0, 2.0], [3.0, 5.0]]], "output": [1.5, 4.0]}],
        tests=[
            {"args": [[[0.1, 0.2]]], "expected": [0.15]},
            {"args": [[[1.0, 2.0, 4.0]]], "expected": [2.3333333333]},
            {"args": [[[1e9, 1.0]]], "expected": [500000000.5], "hidden": True},
            {"args": [[[-3.0]]], "expected": [-3.0], "hidden": True},
            {"args": [[[0.3, 0.3, 0.3]]], "expected": [0.3], "hidden": True},
        ],
    )


def probe_question(expected: str = "blocked") -> CodingQuestion:
    """A question whose every case expects one string: a hostile probe returns 'blocked' or what it found."""
    return make_question(
        Round.CODING,
        3,
        signature="def probe(n: int) -> str:",
        examples=[{"args": [0], "output": expected}],
        tests=[{"args": [i], "expected": expected, "hidden": i > 1} for i in range(1, 6)],
    )


def make_judge(workers: int = 1, question: CodingQuestion | None = None) -> Judge:
    """Return a judge on the real sandbox with the test limits; the large case gets LARGE_BUDGET."""
    budgets = {total_question().id: {4: LARGE_BUDGET}}
    return Judge(Sandbox(TEST_LIMITS), workers=workers, cooldown=0, budgets=budgets, small_budget=SMALL_BUDGET)


@pytest.fixture
async def judge() -> AsyncIterator[Judge]:
    """Return a started judge; fail (never skip) when the sandbox cannot run here."""
    judge = make_judge(workers=2)
    if reason := await judge.start():
        pytest.fail(reason)
    yield judge
