"""Terminal practice driven by a script on stdin (`--script`), like a person at a keyboard; what it records."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.questions import Round

BANK = load_banks([SHIPPED_BANKS])


def _practice(tmp_path: Path, keys: str | bytes, *args: str, script: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "practice", *args, *(["--script"] if script else [])],
        input=keys if isinstance(keys, bytes) else keys.encode(),
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
    )
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(), result.stderr.decode())


def _rows(tmp_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "practice.db") as conn:
        return conn.execute(sql).fetchall()


def _title(out: str, marker: str) -> str:
    return out.split(marker, 1)[1].split(" · ", 1)[0]


@pytest.mark.skipif(not BANK.select(Round.BEHAVIORAL), reason="needs the shipped behavioral bank")
def test_behavioral_session_in_the_terminal(tmp_path: Path) -> None:
    story = "When I was at my last job our team had a flaky build.\nI decided to fix it and cut failures by 40%.\n."
    # hint, time, answer Q1, next, end (confirmed), Enter past Q1's reveal, then four ratings and one skipped
    result = _practice(tmp_path, f"h\nt\na\n{story}\nn\ne\ny\n\n3\n4\n\n2\n1\n", "behavioral")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    question = next(q for q in BANK.select(Round.BEHAVIORAL) if q.title == _title(out, "=== behavioral (1/2): "))
    assert "Agenda:" in out and "Q1: " in out and "Q2: " in out
    assert f"**Hint 1/{len(question.hints)}:** {question.hints[0]}" in out
    assert "Answer saved (" in out
    assert "Heuristic insights (word patterns, not a grade):" in out and "Result quantified: yes" in out
    assert "=== behavioral (2/2): " in out
    assert "End the session now and see the key points? [y/N]" in out
    # the reveal: the member's own answer beside the model answer, one question at a time
    first_reveal = out.split(f"=== {question.title} (1/2): what good looks like ===", 1)[1]
    assert first_reveal.index("Your answer\nWhen I was at my last job") < first_reveal.index("Model answer\n")
    assert "Press Enter for the next question:" in first_reveal
    second = first_reveal.split("(2/2): what good looks like ===", 1)[1]
    assert "Your answer\n_No answer given._" in second
    assert "**Key points**" in out and question.model_answer.split()[0] in out
    assert "1 answer(s); 1 of 2 questions answered. Unanswered: Q2 " in out
    assert "**Hints:** 1 (Q1: 1); each costs 10 points, so the maximum is 90 of 100" in out
    assert "mean 2.50 on the 1–4 scale over 4 criteria" in out and "**45 of 90**" in out
    sessions = _rows(tmp_path, "SELECT round, state, guild_id, user_id, current_index FROM interview_sessions")
    assert sessions == [("behavioral", "ended", 0, 0, 1)]
    # the ending went through the lifecycle: headline, two questions and the summary, and the reveal is done
    assert "Session ended. Here is what good looks like." in out
    assert _rows(tmp_path, "SELECT reveal_step, revealed_at IS NOT NULL FROM interview_sessions") == [(4, 1)]
    assert _rows(tmp_path, "SELECT question_id, late FROM answers") == [(question.id, 0)]
    votes = _rows(tmp_path, "SELECT criterion, score FROM votes ORDER BY criterion")
    assert votes == [("reflection", 1), ("result", 2), ("situation", 3), ("task", 4)]


@pytest.mark.skipif(not BANK.select(Round.SYSTEM_DESIGN), reason="needs the shipped system-design bank")
def test_end_of_input_while_rating_keeps_the_ratings_given_and_a_bad_rating_is_asked_again(tmp_path: Path) -> None:
    result = _practice(tmp_path, "x\nh\ne\ny\n9\n4\n", "system-design", "--difficulty", "HARD")
    assert result.returncode == 0, result.stderr
    assert "Unknown command 'x'" in result.stdout
    assert "Please type 1, 2, 3 or 4" in result.stdout
    assert "Stopped. The session is ended; the ratings you gave are saved." in result.stdout
    assert _rows(tmp_path, "SELECT criterion, score FROM votes") == [("framing", 4)]
    assert _rows(tmp_path, "SELECT state FROM interview_sessions") == [("ended",)]


def test_input_that_is_not_a_terminal_is_refused_without_opening_a_session(tmp_path: Path) -> None:
    result = _practice(tmp_path, "", "coding", script=False)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "practice needs an interactive terminal, and standard input or output is not one. To drive it from a "
        f"file or a pipe, add --script: {sys.executable} -m bot practice coding --script"
    ]
    assert result.stdout == ""
    assert not (tmp_path / "practice.db").exists() or _rows(tmp_path, "SELECT count(*) FROM interview_sessions") == [
        (0,)
    ]


def test_end_of_input_leaves_the_session_open_and_says_so(tmp_path: Path) -> None:
    result = _practice(tmp_path, "t\n", "coding")
    assert result.returncode == 0, result.stderr
    assert "Stopped (end of input). Your coding session stays open and its clock keeps running" in result.stdout
    assert "practice coding` to resume it or end it." in result.stdout
    assert "what good looks like" not in result.stdout
    assert _rows(tmp_path, "SELECT state FROM interview_sessions") == [("running",)]


def test_q_asks_first_is_listed_in_help_and_leaves_the_session_open(tmp_path: Path) -> None:
    result = _practice(tmp_path, "?\nq\nn\nq\ny\n", "ml-coding")
    assert result.returncode == 0, result.stderr
    assert "q quit (the session stays open)" in result.stdout
    assert result.stdout.count("Leave now? The session stays open and its clock keeps running. [y/N]") == 2
    assert "Stopped (q). Your ml-coding session stays open" in result.stdout
    assert "what good looks like" not in result.stdout
    assert _rows(tmp_path, "SELECT state FROM interview_sessions") == [("running",)]


def test_a_running_session_is_offered_to_resume_or_end_before_starting_another(tmp_path: Path) -> None:
    _practice(tmp_path, "q\ny\n", "behavioral")
    resumed = _practice(tmp_path, "r\nq\ny\n", "coding", "--difficulty", "easy")
    assert "You have a behavioral session open (" in resumed.stdout
    assert "r resume it · e end it and start coding · q quit [r/e/q]:" in resumed.stdout
    assert "Resuming your behavioral session." in resumed.stdout
    assert _rows(tmp_path, "SELECT round, state FROM interview_sessions") == [("behavioral", "running")]

    untouched = _practice(tmp_path, "q\n", "coding")
    assert "Nothing changed." in untouched.stdout
    assert _rows(tmp_path, "SELECT round, state FROM interview_sessions") == [("behavioral", "running")]

    replaced = _practice(tmp_path, "e\nq\ny\n", "coding", "--difficulty", "easy")
    assert "Ended your behavioral session (0 answer(s) saved)." in replaced.stdout
    assert "=== coding: " in replaced.stdout and " · easy ===" in replaced.stdout
    rows = _rows(tmp_path, "SELECT round, state FROM interview_sessions ORDER BY id")
    assert rows == [("behavioral", "ended"), ("coding", "running")]


def test_next_warns_when_the_question_is_unanswered_and_the_last_one_says_type_e(tmp_path: Path) -> None:
    result = _practice(tmp_path, "n\nn\nn\ny\nn\nq\ny\n", "behavioral")
    out = result.stdout
    assert out.count("You have not answered this question yet (a to answer).") == 2
    assert out.count("Move on anyway? [y/N]") == 2
    assert "=== behavioral (2/2): " in out
    assert "That was the last question: type e to end and see the key points." in out
    assert "press End" not in out
    assert _rows(tmp_path, "SELECT current_index FROM interview_sessions") == [(1,)]


def test_an_undecodable_byte_never_crashes_and_the_session_goes_on(tmp_path: Path) -> None:
    keys = b"a\nthe caf\xe9 queue: O(1) per op\n.\nt\nq\ny\n"  # \xe9 is Latin-1, not UTF-8
    result = _practice(tmp_path, keys, "coding")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "1 byte(s) of your answer were not UTF-8; they were read as Latin-1." in result.stdout
    assert f"Answer saved ({len('the café queue: O(1) per op')} characters)." in result.stdout
    assert " left · now: " in result.stdout  # the next command still runs
    assert _rows(tmp_path, "SELECT body FROM answers") == [("the café queue: O(1) per op",)]


def test_a_long_answer_is_offered_to_be_kept_whole_or_cut(tmp_path: Path) -> None:
    long_answer = "x" * 4_100
    result = _practice(tmp_path, f"a\n{long_answer}\n.\nk\na\n{long_answer}\n.\nc\nq\ny\n", "coding")
    assert "4,000 characters fit in Discord" in result.stdout.split(long_answer[:50])[0]
    assert "Your answer has 4,100 characters; Discord shows 4,000. The terminal has no limit." in result.stdout
    assert _rows(tmp_path, "SELECT length(body) FROM answers ORDER BY id") == [(4_100,), (4_000,)]


def test_unknown_round_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = _practice(tmp_path, "", "trivia")
    assert result.returncode == 2
    assert "unknown round 'trivia'; use one of coding, ml-coding, ml-theory, system-design, behavioral" in result.stderr


def test_difficulty_is_case_insensitive_and_a_wrong_one_names_the_valid_values(tmp_path: Path) -> None:
    wrong = _practice(tmp_path, "", "Coding", "--difficulty", "impossible")
    assert wrong.returncode == 2
    assert wrong.stderr.splitlines()[-1].endswith(
        "argument --difficulty: unknown difficulty 'impossible'; use one of easy, medium, hard"
    )
    easy = _practice(tmp_path, "q\ny\n", "Coding", "--difficulty", "Easy")
    assert easy.returncode == 0, easy.stderr
    assert " · easy ===" in easy.stdout


def test_topics_match_case_insensitively_and_a_near_miss_gets_suggestions(tmp_path: Path) -> None:
    near = _practice(tmp_path, "", "coding", "--topic", "graphs")
    assert near.returncode == 2
    assert (
        near.stderr.strip() == "No coding questions match topic graphs: did you mean advanced-graphs, graph-traversal?"
    )
    found = _practice(tmp_path, "q\ny\n", "coding", "--topic", "Graph-Traversal")
    assert found.returncode == 0, found.stderr
    title = _title(found.stdout, "=== coding: ")
    question = next(q for q in BANK.select(Round.CODING) if q.title == title)
    assert question.topic == "graph-traversal" or "graph-traversal" in question.tags
    nothing = _practice(tmp_path, "", "behavioral", "--topic", "underwater-basket-weaving")
    assert nothing.returncode == 2
    assert nothing.stderr.strip() == "No behavioral questions match topic underwater-basket-weaving: try fewer filters."
