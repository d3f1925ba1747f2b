"""The bank lint catches leaked answers and near-duplicate prompts, and the shipped banks are clean."""

from __future__ import annotations

import subprocess
import sys

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.core.bank import Bank, load_banks
from bot.core.bank_lint import coverage_gaps, coverage_table, leaks, lint, near_duplicates
from bot.core.questions import Round
from tests.factories import make_question

ANSWER = "Sort the intervals by start time and merge each one into the last kept interval when they overlap."


def test_hint_that_repeats_the_model_answer_is_flagged() -> None:
    leaky = make_question(
        Round.CODING,
        model_answer=ANSWER,
        hints=["Think about order.", "Sort the intervals by start time and merge each one."],
    )
    assert [str(f) for f in leaks(leaky)] == ["[cod-test-001] hint 2 repeats the model answer"]
    clean = make_question(Round.CODING, model_answer=ANSWER, hints=["Think about order.", "What does sorting buy you?"])
    assert leaks(clean) == []


def test_near_duplicate_prompts_in_a_round_are_flagged_but_not_across_rounds() -> None:
    prompt = "Given a list of meeting times, return the smallest number of rooms needed so no two meetings clash."
    a = make_question(Round.CODING, 1, prompt=prompt)
    b = make_question(Round.CODING, 2, prompt=prompt.replace("smallest", "minimum"))
    c = make_question(Round.ML_THEORY, 3, prompt=prompt)
    findings = near_duplicates(Bank({q.id: q for q in (a, b, c)}))
    assert [str(f) for f in findings] == ["[cod-test-001] prompt nearly duplicates cod-test-002"]


def test_shipped_banks_have_no_lint_findings() -> None:
    assert [str(f) for f in lint(load_banks([SHIPPED_BANKS]))] == []


def test_coverage_gaps_name_round_and_topic() -> None:
    bank = Bank({q.id: q for q in [make_question(Round.CODING)]})
    gaps = [str(g) for g in coverage_gaps(bank)]
    assert "coding: 1 questions, target 75" in gaps
    assert "coding/arrays-hashing: 0 questions, minimum 2" in gaps
    assert "coding/two-pointers: 1 questions, minimum 2" in gaps


def test_stats_prints_round_by_difficulty_and_topics() -> None:
    table = coverage_table(load_banks([SHIPPED_BANKS]))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "banks", "stats"], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == table.strip()
    assert table.splitlines()[0].split() == ["round", "easy", "medium", "hard", "total"]
    assert "behavioral by topic" in table
    two_pointers = [q for q in load_banks([SHIPPED_BANKS]).select(Round.CODING) if q.topic == "two-pointers"]
    by_difficulty = [str(sum(q.difficulty.value == d for q in two_pointers)) for d in ("easy", "medium", "hard")]
    row = next(line.split() for line in table.splitlines() if line.startswith("  two-pointers"))
    assert row == ["two-pointers", *by_difficulty, str(len(two_pointers))]


def test_shipped_banks_meet_the_first_release_coverage() -> None:
    assert [str(g) for g in coverage_gaps(load_banks([SHIPPED_BANKS]))] == []


def test_stats_spell_rounds_as_members_type_them() -> None:
    table = coverage_table(load_banks([SHIPPED_BANKS]))
    assert [line.split()[0] for line in table.splitlines()[1:6]] == [r.label for r in Round]
    assert "ml-coding by topic" in table and "ml_coding" not in table
