"""Small valid questions for tests, built through the real pydantic models."""

from __future__ import annotations

from typing import Any

from bot.core.questions import MODEL_BY_ROUND, RUBRIC_CRITERIA, Question, Round

BASE: dict[str, Any] = {
    "difficulty": "medium",
    "prompt": "Explain how you would approach this problem, step by step.",
    "hints": ["First hint: which tool fits?", "Second hint: the key insight."],
    "follow_ups": ["Why does it work?", "What if the input does not fit in memory?"],
    "key_points": [
        {"point": "States the main idea.", "weight": 3, "must_have": True},
        {"point": "Gives the complexity.", "weight": 2},
        {"point": "Mentions an edge case.", "weight": 1},
    ],
    "model_answer": "A short model answer written for tests.",
}

EXTRA: dict[Round, dict[str, Any]] = {
    Round.CODING: {
        "pattern": "two-pointers",
        "signature": "def solve(nums: list[int]) -> int:",
        "examples": [{"args": [[1, 2]], "output": 3}],
        "tests": [{"args": [[i]], "expected": i, "hidden": i > 2} for i in range(5)],
        "reference_complexity": {"time": "O(n)", "space": "O(1)"},
        "time_limit_minutes": 45,
    },
    Round.ML_THEORY: {
        "topic": "optimization",
        "subtopic": "learning-rates",
        "question_type": "concept",
        "misconceptions": ["Bigger is always faster."],
        "time_limit_minutes": 4,
    },
    Round.SYSTEM_DESIGN: {
        "prompt_family": "ranking-recsys-search",
        "scale_assumptions": ["10M users"],
        "stages": [
            {"id": "clarify", "minutes": 5, "expected_points": ["Asks about users."]},
            {"id": "framing", "minutes": 10, "expected_points": ["Frames as ranking."]},
            {"id": "serving", "minutes": 30, "expected_points": ["Two-stage retrieval."]},
        ],
        "deep_dives": ["Cold start."],
        "curveballs": ["Traffic doubles."],
        "time_limit_minutes": 45,
    },
    Round.BEHAVIORAL: {
        "competency": "teamwork",
        "signals": {"junior": "j", "senior": "s", "staff": "t"},
        "red_flags": ["Blames others."],
        "time_limit_minutes": 12,
    },
}
EXTRA[Round.ML_CODING] = {**EXTRA[Round.CODING], "pattern": "metrics"}


def make_question(round_: Round, number: int = 1, **overrides: Any) -> Question:
    """Return a valid question of a round, with an id ending in `number`."""
    prefix = {"coding": "cod", "ml_coding": "mlc", "ml_theory": "mlt", "system_design": "sd", "behavioral": "beh"}
    data = {
        **BASE,
        **EXTRA[round_],
        "id": f"{prefix[round_.value]}-test-{number:03d}",
        "title": f"Test question {number}",
        "round": round_,
        "rubric": {criterion: "Strong." for criterion in RUBRIC_CRITERIA[round_]},
        **overrides,
    }
    return MODEL_BY_ROUND[round_].model_validate(data)
