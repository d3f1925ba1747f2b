"""The judge's pure half: checkers, case results and verdicts."""

from __future__ import annotations

from bot.core.judge import CaseResult, CaseSpec, Outcome, Verdict, build_cases, judge_case, matches, verdict_of
from bot.core.questions import Round
from tests.factories import make_question

EXACT = make_question(Round.CODING, 1)
UNORDERED = make_question(Round.CODING, 2, checker="unordered")
FLOAT = make_question(Round.ML_CODING, 3, checker="float_tol", tolerance=1e-6)
SMALL = CaseSpec(args=[1], expected=1, visible=True, large=False, budget=1.0)
LARGE = CaseSpec(args=[1], expected=1, visible=False, large=True, budget=2.0)


def test_exact_checker_tells_true_from_one() -> None:
    assert matches(EXACT, [1, 2], [1, 2])
    assert not matches(EXACT, True, 1) and not matches(EXACT, [1, 0], [True, False])
    assert not matches(EXACT, [2, 1], [1, 2])


def test_unordered_checker_ignores_order_but_counts_repeats() -> None:
    assert matches(UNORDERED, [[2, 1], [1]], [[1], [2, 1]])
    assert not matches(UNORDERED, [[1], [1]], [[1]])
    assert not matches(UNORDERED, "abc", ["a", "b", "c"])


def test_float_checker_uses_the_tolerance_and_shapes() -> None:
    assert matches(FLOAT, [0.1 + 0.2, 1e9 + 0.5], [0.3, 1e9 + 0.5000001])
    assert not matches(FLOAT, [0.301], [0.3])
    assert not matches(FLOAT, [[0.3]], [0.3]) and not matches(FLOAT, [0.3, 0.3], [0.3])
    assert matches(FLOAT, float("nan"), float("nan")) and not matches(FLOAT, 0.0, float("nan"))


def test_a_correct_large_case_past_its_budget_is_too_slow() -> None:
    result = judge_case(EXACT, LARGE, {"status": "ok", "value": 1, "seconds": 2.5})
    assert result.outcome is Outcome.TOO_SLOW
    assert judge_case(EXACT, LARGE, None).outcome is Outcome.NOT_RUN


def test_verdict_is_the_worst_outcome_with_slowness_last() -> None:
    passed, slow = CaseResult(Outcome.PASSED), CaseResult(Outcome.TIMED_OUT)
    wrong = CaseResult(Outcome.WRONG)
    assert verdict_of([(SMALL, passed), (LARGE, slow)], load_error=None, killed=None) is Verdict.TOO_SLOW
    assert verdict_of([(SMALL, wrong), (LARGE, slow)], load_error=None, killed=None) is Verdict.WRONG_ANSWER
    assert verdict_of([(SMALL, slow), (LARGE, passed)], load_error=None, killed=None) is Verdict.TIME_LIMIT
    assert verdict_of([(SMALL, passed)], load_error=None, killed="wall") is Verdict.TIME_LIMIT
    assert verdict_of([(SMALL, passed)], load_error="SyntaxError", killed=None) is Verdict.LOAD_ERROR


def test_generated_cases_are_reproducible_and_get_their_budget() -> None:
    question = make_question(
        Round.CODING,
        4,
        tests=[
            *({"args": [[i]], "expected": i, "hidden": i > 2} for i in range(5)),
            {"args_expr": "[[random.randint(0, 9) for _ in range(5)]]", "expected_expr": "5", "hidden": True},
        ],
    )
    first, second = build_cases(question, {5: 3.5}), build_cases(question, {})
    assert first[-1].args == second[-1].args and first[-1].large
    assert (first[-1].budget, second[-1].budget) == (3.5, 10.0)
    assert [c.visible for c in first] == [True, True, True, True, False, False, False]
