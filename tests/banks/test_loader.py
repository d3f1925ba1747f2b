"""Malformed bank files each give a precise error naming file, line and question id."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.core.bank import MAX_BANK_BYTES, BankLoadError, load_banks, load_file
from bot.core.questions import Difficulty, Round

GOOD = textwrap.dedent(
    """\
    round: behavioral
    questions:
      - id: beh-teamwork-901
        title: A teammate who went quiet
        difficulty: easy
        time_limit_minutes: 12
        prompt: Tell me about a time a teammate stopped contributing and what you did about it.
        hints:
          - Pick a story where you acted, not your manager.
          - Say what you noticed first and when.
        follow_ups:
          - What would you do differently?
          - How did the relationship look afterwards?
        key_points:
          - point: Names a specific project and moment.
            weight: 2
            must_have: true
          - point: Describes actions the candidate took personally.
            weight: 2
          - point: Gives a measurable outcome.
            weight: 1
        model_answer: An illustration of a short, specific story with a clear result.
        rubric:
          situation: Specific.
          task: Own role clear.
          action: First person.
          result: Quantified.
          reflection: Honest lesson.
        competency: teamwork
        signals:
          junior: Raised it kindly and early.
          senior: Rebalanced the work.
          staff: Fixed the process that hid it.
        red_flags:
          - Blames the teammate.
    """
)


def _write(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(path: Path) -> list[str]:
    return [str(e).removeprefix(f"{path}:") for e in load_file(path).errors]


def test_good_file_loads(tmp_path: Path) -> None:
    loaded = load_file(_write(tmp_path, GOOD))
    assert loaded.errors == []
    assert [q.id for q in loaded.questions] == ["beh-teamwork-901"]
    assert loaded.questions[0].round is Round.BEHAVIORAL


CORPUS = [
    (
        "bad yaml",
        GOOD.replace("title: A teammate", "title: [A teammate"),
        ["5: invalid YAML: did not find expected ',' or ']'; check quoting and indentation here"],
    ),
    (
        "unknown round",
        GOOD.replace("round: behavioral", "round: trivia"),
        ["1: round 'trivia' is not one of coding, ml_coding, ml_theory, system_design, behavioral; use one of them"],
    ),
    (
        "missing prompt",
        GOOD.replace(
            "    prompt: Tell me about a time a teammate stopped contributing and what you did about it.\n", ""
        ),
        ["3 [beh-teamwork-901]: prompt: Field required; add it"],
    ),
    (
        "bad difficulty",
        GOOD.replace("difficulty: easy", "difficulty: brutal"),
        ["5 [beh-teamwork-901]: difficulty: Input should be 'easy', 'medium' or 'hard'; use one of the values listed"],
    ),
    (
        "wrong type",
        GOOD.replace("time_limit_minutes: 12", "time_limit_minutes: soon"),
        [
            "6 [beh-teamwork-901]: time_limit_minutes: Input should be a valid integer, unable to parse string as an integer; write a whole number"
        ],
    ),
    (
        "unknown field",
        GOOD.replace("difficulty: easy", "difficulty: easy\n    colour: blue"),
        ["6 [beh-teamwork-901]: colour: Extra inputs are not permitted; remove it or correct its spelling"],
    ),
    (
        "no must-have",
        GOOD.replace("must_have: true", "must_have: false"),
        ["3 [beh-teamwork-901]: key_points needs at least one entry with must_have: true"],
    ),
    (
        "one hint",
        GOOD.replace("      - Say what you noticed first and when.\n", ""),
        ["9 [beh-teamwork-901]: hints: List should have at least 2 items after validation, not 1; add items"],
    ),
    (
        "unknown competency",
        GOOD.replace("competency: teamwork", "competency: juggling"),
        [
            "3 [beh-teamwork-901]: competency 'juggling' is not one of conflict, disagree-with-manager, failure-mistake, "
            "leadership-influence, ambiguity, impact-proudest, teamwork, feedback, prioritization-deadline, customer-focus, "
            "high-standards, mentoring, motivation-why-us, ml-project-deep-dive, tell-me-about-yourself, "
            "stakeholder-communication, continuous-learning, ethics-responsible-ai"
        ],
    ),
    (
        "rubric criteria",
        GOOD.replace("      reflection: Honest lesson.\n", ""),
        [
            "3 [beh-teamwork-901]: rubric must have exactly ['action', 'reflection', 'result', 'situation', 'task']; "
            "missing ['reflection'], unknown []"
        ],
    ),
    (
        "anchor and alias",
        GOOD.replace("- Blames the teammate.", "- &flag Blames the teammate.\n      - *flag"),
        ["35: YAML anchors and aliases are not allowed; write the value out in full"],
    ),
    (
        "not a mapping",
        "- just\n- a list\n",
        ["1: a bank file is a mapping with `round:` and `questions:`; see the shipped banks for the layout"],
    ),
    (
        "empty questions",
        "round: coding\nquestions: []\n",
        ["2: questions must be a non-empty list; add questions as `- id: ...` items"],
    ),
    (
        "round per question",
        GOOD.replace("difficulty: easy", "difficulty: easy\n    round: coding"),
        ["6 [beh-teamwork-901]: round is set once per file, not per question; remove it here"],
    ),
    (
        "bad id",
        GOOD.replace("id: beh-teamwork-901", "id: Teamwork 1"),
        [
            "3 [Teamwork 1]: id: String should match pattern '^[a-z]{2,4}-[a-z0-9-]+-\\d{3}$'; follow the format of the shipped banks"
        ],
    ),
    ("not utf-8", None, ["1: file is not UTF-8 text; save it with UTF-8 encoding"]),
]


@pytest.mark.parametrize(("case", "text", "expected"), CORPUS, ids=[c[0] for c in CORPUS])
def test_malformed_file_gives_precise_error(tmp_path: Path, case: str, text: str | None, expected: list[str]) -> None:
    path = tmp_path / "bank.yaml"
    if text is None:
        path.write_bytes(b"round: coding\nquestions: \xff\xfe\n")
    else:
        _write(tmp_path, text)
    assert _errors(path) == expected


def test_alias_bomb_is_rejected_without_expanding(tmp_path: Path) -> None:
    bomb = ["round: coding", 'a: &a ["x","x","x","x","x","x","x","x","x"]']
    bomb += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]"
        for i in range(12)
    ]
    path = _write(tmp_path, "\n".join(bomb) + "\n")
    assert _errors(path) == ["2: YAML anchors and aliases are not allowed; write the value out in full"]


def test_oversize_file_is_rejected_before_parsing(tmp_path: Path) -> None:
    path = _write(tmp_path, "round: coding\n# " + "x" * MAX_BANK_BYTES + "\n")
    assert _errors(path) == [
        f"1: file is {path.stat().st_size} bytes, over the limit of {MAX_BANK_BYTES}; split it by topic"
    ]


def test_duplicate_id_across_files_names_both(tmp_path: Path) -> None:
    _write(tmp_path, GOOD, "a.yaml")
    second = _write(tmp_path, GOOD, "b.yaml")
    bank = load_banks([tmp_path])
    assert len(bank) == 1
    assert [str(e) for e in bank.errors] == [
        f"{second}:3 [beh-teamwork-901]: duplicate id, first defined at {tmp_path / 'a.yaml'}:3; give this question a new id"
    ]


def test_strict_mode_raises_with_every_error(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace("difficulty: easy", "difficulty: brutal"))
    with pytest.raises(BankLoadError, match="difficulty: Input should be"):
        load_banks([tmp_path], strict=True)


def test_custom_directory_loads_beside_the_shipped_banks(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    shipped = load_banks([SHIPPED_BANKS])
    both = load_banks([SHIPPED_BANKS, tmp_path])
    assert both.errors == ()
    assert len(both) == len(shipped) + 1
    assert both.get("beh-teamwork-901") is not None


def test_bad_custom_bank_is_skipped_not_fatal(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace("difficulty: easy", "difficulty: brutal"))
    bank = load_banks([SHIPPED_BANKS, tmp_path])
    assert len(bank) == len(load_banks([SHIPPED_BANKS]))
    assert len(bank.errors) == 1


def test_selection_filters_and_excludes_seen(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    _write(tmp_path, GOOD.replace("beh-teamwork-901", "beh-teamwork-902").replace("easy", "hard"), "b.yaml")
    bank = load_banks([tmp_path])
    assert {q.id for q in bank.select(Round.BEHAVIORAL, topic="teamwork")} == {"beh-teamwork-901", "beh-teamwork-902"}
    assert [q.id for q in bank.select(Round.BEHAVIORAL, difficulty=Difficulty.HARD)] == ["beh-teamwork-902"]
    assert [q.id for q in bank.select(Round.BEHAVIORAL, exclude={"beh-teamwork-901"})] == ["beh-teamwork-902"]
    assert bank.select(Round.CODING) == []
    assert bank.topics(Round.BEHAVIORAL) == ["teamwork"]


def test_banks_check_cli_reports_file_line_and_id(tmp_path: Path) -> None:
    bad = tmp_path / "custom"
    bad.mkdir()
    _write(bad, GOOD.replace("difficulty: easy", "difficulty: brutal"))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "banks", "check", str(bad)], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert f"error: {bad / 'bank.yaml'}:5 [beh-teamwork-901]: difficulty: Input should be" in result.stdout


def test_a_custom_question_repeating_a_shipped_prompt_is_blamed_on_the_custom_file(tmp_path: Path) -> None:
    custom = tmp_path / "custom"
    custom.mkdir()
    shipped = (  # beh-ambiguity-001's prompt
        "Tell me about a time you were handed a task whose requirements were vague. How did you work out what to "
        "actually build, and how did you check you had got it right?"
    )
    _write(
        custom, GOOD.replace("Tell me about a time a teammate stopped contributing and what you did about it.", shipped)
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "banks", "check", str(custom)], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    duplicate = [line for line in result.stdout.splitlines() if "nearly duplicates" in line]
    assert duplicate == [
        f"lint: {custom / 'bank.yaml'}:3 [beh-teamwork-901]: prompt nearly duplicates beh-ambiguity-001; "
        "reword one of them or drop it"
    ], result.stdout


def test_shipped_banks_validate() -> None:
    assert load_banks([SHIPPED_BANKS], strict=True).errors == ()


def test_each_topic_lives_in_one_file_with_one_id_range() -> None:
    files_by_topic: dict[tuple[str, str], set[str]] = {}
    numbers_by_topic: dict[tuple[str, str], list[int]] = {}
    for path in sorted(SHIPPED_BANKS.glob("*/*.yaml")):
        for question in load_file(path).questions:
            key = (question.round.value, question.topic)
            files_by_topic.setdefault(key, set()).add(path.stem)
            numbers_by_topic.setdefault(key, []).append(int(question.id[-3:]))
    assert {key: files for key, files in files_by_topic.items() if files != {key[1]}} == {}
    gaps = {key: sorted(n) for key, n in numbers_by_topic.items() if sorted(n) != list(range(1, len(n) + 1))}
    assert gaps == {}


def test_renamed_ids_still_find_their_question_and_count_as_seen() -> None:
    bank = load_banks([SHIPPED_BANKS])
    assert bank.get("mlt-probability-statistics-101").id == "mlt-probability-statistics-005"
    assert bank.get("mlt-probability-statistics-108").id == "mlt-probability-statistics-012"
    assert "mlt-probability-statistics-101" not in bank.questions
    left = bank.select(Round.ML_THEORY, topic="probability-statistics", exclude=["mlt-probability-statistics-103"])
    assert "mlt-probability-statistics-007" not in {q.id for q in left}
    assert len(left) == 11
