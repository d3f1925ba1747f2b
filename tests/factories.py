"""Small valid questions for tests, built through the real pydantic models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

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


def question_data(round_: Round, number: int = 1, **overrides: Any) -> dict[str, Any]:
    """Return the fields of a valid question of a round, as a bank file would hold them (no `round`)."""
    data = make_question(round_, number, **overrides).model_dump(mode="json", by_alias=True, exclude={"round"})
    return {k: v for k, v in data.items() if v not in (None, [], "") or k in overrides}


def write_bank(folder: Path, round_: Round, *questions: dict[str, Any], name: str = "custom.yaml") -> Path:
    """Write a bank file of one round holding the given questions; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump({"round": round_.value, "questions": list(questions)}, sort_keys=False), "utf-8")
    return path


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


def _sentences(label: str, count: int, idea: str) -> str:
    return " ".join(f"{label}, note {i}: {idea}." for i in range(1, count + 1))


# A question whose interviewer packet holds over 7,000 characters: more than one Discord message can carry.
OVERSIZED_PACKET: dict[str, Any] = {
    "model_answer": "\n\n".join(
        _sentences(f"Answer part {p}", 7, "sort once, then sweep left to right while keeping a running best value")
        for p in range(1, 7)
    ),
    "hints": [
        _sentences(f"Hint {n}", 4, "think about which order of visiting makes later work cheap") for n in (1, 2, 3)
    ],
    "follow_ups": [
        _sentences(f"Follow-up {n}", 4, "how would memory use change if the data arrived as a stream")
        for n in (1, 2, 3, 4)
    ],
    "key_points": [
        {
            "point": _sentences(f"Key point {n}", 3, "names the invariant the sweep keeps"),
            "weight": 2,
            "must_have": n < 3,
        }
        for n in (1, 2, 3, 4)
    ],
}
