"""The bank lint catches leaked answers and near-duplicate prompts, and the shipped banks are clean."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pydantic import ValidationError

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.core.bank import Bank, load_banks
from bot.core.bank_lint import (
    answer_length,
    coverage_gaps,
    coverage_table,
    hint_one_asks,
    hint_one_gives_away,
    leaks,
    lint,
    near_duplicates,
    untested_rules,
)
from bot.core.questions import Round
from tests.factories import make_question

ANSWER = "Sort the intervals by start time and merge each one into the last kept interval when they overlap."


def test_hint_that_repeats_the_model_answer_is_flagged() -> None:
    leaky = make_question(
        Round.CODING,
        model_answer=ANSWER,
        hints=["Think about order.", "Sort the intervals by start time and merge each one."],
    )
    assert [str(f) for f in leaks(leaky)] == [
        "[cod-test-001] hint 2 repeats the model answer; reword it so it does not give the answer away"
    ]
    clean = make_question(Round.CODING, model_answer=ANSWER, hints=["Think about order.", "What does sorting buy you?"])
    assert leaks(clean) == []


def test_near_duplicate_prompts_in_a_round_are_flagged_but_not_across_rounds() -> None:
    prompt = "Given a list of meeting times, return the smallest number of rooms needed so no two meetings clash."
    a = make_question(Round.CODING, 1, prompt=prompt)
    b = make_question(Round.CODING, 2, prompt=prompt.replace("smallest", "minimum"))
    c = make_question(Round.ML_THEORY, 3, prompt=prompt)
    findings = near_duplicates(Bank({q.id: q for q in (a, b, c)}))
    assert [str(f) for f in findings] == [
        "[cod-test-002] prompt nearly duplicates cod-test-001; reword one of them or drop it"
    ]


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


LONG_ENOUGH = " ".join(["word"] * 90)


def test_model_answer_outside_80_to_250_words_is_flagged() -> None:
    assert [str(f) for f in answer_length(make_question(Round.CODING, model_answer="Too short."))] == [
        "[cod-test-001] model answer has 2 words; keep it within 80-250"
    ]
    assert answer_length(make_question(Round.CODING, model_answer=LONG_ENOUGH)) == []
    too_long = make_question(Round.ML_THEORY, model_answer=" ".join(["word"] * 251))
    assert [str(f) for f in answer_length(too_long)] == [
        "[mlt-test-001] model answer has 251 words; keep it within 80-250"
    ]


def test_declared_rule_without_a_labelled_test_is_flagged() -> None:
    tests = [{"args": [[i]], "expected": i, "hidden": i > 2} for i in range(5)]
    rules = {"ties-alphabetical": "Ties go alphabetically.", "empty-input": "An empty list gives 0."}
    question = make_question(Round.CODING, rules=rules, tests=[*tests[:4], {**tests[4], "rule": "empty-input"}])
    assert [str(f) for f in untested_rules(question)] == [
        "[cod-test-001] rule 'ties-alphabetical' has no test labelled `rule: ties-alphabetical`"
    ]


def test_test_naming_an_undeclared_rule_is_a_load_error() -> None:
    tests = [{"args": [[i]], "expected": i, "hidden": i > 2, "rule": "typo" if i == 0 else None} for i in range(5)]
    with pytest.raises(ValidationError, match="test 1 names rule 'typo', which `rules` does not declare"):
        make_question(Round.CODING, tests=tests)


def test_first_hint_naming_a_must_have_technique_is_flagged() -> None:
    key_points = [
        {"point": "Normalises each row with the log-sum-exp trick.", "weight": 3, "must_have": True},
        {"point": "States the complexity.", "weight": 1},
        {"point": "Tests far-away points.", "weight": 1},
    ]
    telling = make_question(
        Round.ML_CODING,
        key_points=key_points,
        hints=["Use the log-sum-exp trick on each row.", "Subtract the row maximum first."],
    )
    assert [str(f) for f in hint_one_gives_away(telling)] == [
        "[mlc-test-001] hint 1 names a must-have key point (exp trick, log sum, sum exp); ask a question instead"
    ]
    asking = make_question(
        Round.ML_CODING,
        key_points=key_points,
        hints=["What does a density far from every mean become in floating point?", "Use log-sum-exp."],
    )
    assert hint_one_gives_away(asking) == []
    # Words the prompt already uses give nothing away, and behavioral hints are guidance, not a ladder.
    stated = make_question(Round.ML_CODING, key_points=key_points, prompt="Use the log-sum-exp trick per row.")
    assert hint_one_gives_away(stated.model_copy(update={"hints": ["Apply log-sum-exp per row.", "x"]})) == []
    behavioral = make_question(Round.BEHAVIORAL, key_points=key_points, hints=telling.hints)
    assert hint_one_gives_away(behavioral) == []


def test_first_hint_must_ask_a_question_in_staged_rounds() -> None:
    telling = make_question(Round.ML_THEORY, hints=["Write the log-likelihood first.", "Set its derivative to zero."])
    assert [str(f) for f in hint_one_asks(telling)] == [
        "[mlt-test-001] hint 1 should ask a question (hint 2 names the tool, hint 3 the key step)"
    ]
    assert hint_one_asks(make_question(Round.ML_THEORY, hints=["What is maximised?", "The log-likelihood."])) == []
    assert hint_one_asks(make_question(Round.BEHAVIORAL, hints=["Set the scene.", "Say what you did."])) == []
