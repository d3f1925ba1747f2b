"""Terminal mode, driven through stdin like a person at a keyboard, records to the database."""

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


def _practice(tmp_path: Path, keys: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}"
    return subprocess.run(
        [sys.executable, "-m", "bot", "practice", *args],
        input=keys,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _rows(tmp_path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(tmp_path / "practice.db") as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.skipif(not BANK.select(Round.BEHAVIORAL), reason="needs the shipped behavioral bank")
def test_behavioral_session_in_the_terminal(tmp_path: Path) -> None:
    story = "When I was at my last job our team had a flaky build.\nI decided to fix it and cut failures by 40%.\n."
    result = _practice(tmp_path, f"h\nt\na\n{story}\nn\ne\n3\n4\n\n2\n1\n", "behavioral")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    title = out.split("=== behavioral (1/2): ", 1)[1].split(" · ", 1)[0]
    question = next(q for q in BANK.select(Round.BEHAVIORAL) if q.title == title)
    assert "Agenda:" in out and "Q1: " in out and "Q2: " in out
    assert f"Hint 1/{len(question.hints)}: {question.hints[0]}" in out
    assert "Answer saved (" in out
    assert "Heuristic insights (word patterns, not a grade):" in out and "Result quantified: yes" in out
    assert "=== behavioral (2/2): " in out
    assert "**Key points**" in out and question.model_answer.split()[0] in out
    assert "1 answer(s), 1 hint(s)" in out
    sessions = _rows(tmp_path, "SELECT round, state, guild_id, user_id, current_index FROM interview_sessions")
    assert sessions == [("behavioral", "ended", 0, 0, 1)]
    assert _rows(tmp_path, "SELECT count(*) FROM answers") == [(1,)]
    votes = _rows(tmp_path, "SELECT criterion, score FROM votes ORDER BY criterion")
    assert votes == [("reflection", 1), ("result", 2), ("situation", 3), ("task", 4)]


@pytest.mark.skipif(not BANK.select(Round.SYSTEM_DESIGN), reason="needs the shipped system-design bank")
def test_end_of_input_ends_the_session_and_a_bad_rating_is_asked_again(tmp_path: Path) -> None:
    result = _practice(tmp_path, "x\nh\ne\n9\n4\n", "system-design", "--difficulty", "hard")
    assert result.returncode == 0, result.stderr
    assert "Unknown command 'x'" in result.stdout
    assert "Please type 1, 2, 3 or 4" in result.stdout
    assert _rows(tmp_path, "SELECT criterion, score FROM votes") == [("framing", 4)]
    assert _rows(tmp_path, "SELECT state FROM interview_sessions") == [("ended",)]


def test_unknown_round_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = _practice(tmp_path, "", "trivia")
    assert result.returncode == 2
    assert "unknown round 'trivia'; use one of coding, ml-coding, ml-theory, system-design, behavioral" in result.stderr


def test_filters_that_match_nothing_are_explained(tmp_path: Path) -> None:
    result = _practice(tmp_path, "", "behavioral", "--topic", "underwater-basket-weaving")
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "No behavioral questions match topic underwater-basket-weaving: try fewer filters."
    )
