"""`python -m bot review` in a terminal: the deck of the local practitioner, exported and re-attempted."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect

from bot.clock import utcnow
from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.deck import CSV_HEADER
from bot.core.questions import Round
from bot.db.engine import Database
from bot.services.deck import DeckService

BANK = load_banks([SHIPPED_BANKS])
NOTE = 'Kadane: "best ending here", reset below 0;\nnicht größer als ∑'


def _bot(tmp_path: Path, keys: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}"
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=keys,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _rows(tmp_path: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(tmp_path / "practice.db") as conn:
        return conn.execute(sql, args).fetchall()


async def test_a_practice_question_added_to_the_deck_is_exported_then_re_attempted(tmp_path: Path) -> None:
    # hint, end (confirmed), a low first self-rating, Enter past the rest
    practised = _bot(tmp_path, "h\ne\ny\n1\n\n", "practice", "coding", "--script")
    assert practised.returncode == 0, practised.stderr
    ((question_id,),) = _rows(tmp_path, "SELECT question_id FROM interview_sessions")
    question = BANK.get(question_id)
    assert question is not None
    # One hint and a low self-rating: the deck is offered in strong words, with the command to add it.
    # the command as this program was started, as everywhere else (here: this interpreter)
    offer = (
        f'Worth a second attempt: {sys.executable} -m bot review add {question_id} --note "the key idea, in one line"'
    )
    assert practised.stdout.rstrip().endswith(offer)

    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}")
    try:
        card, _ = await DeckService(database, BANK).add(0, 0, question_id, NOTE, utcnow())
    finally:
        await database.dispose()

    exported = _bot(tmp_path, "", "review", "export")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(io.StringIO(exported.stdout, newline="")))
    assert tuple(rows[0]) == CSV_HEADER and len(rows) == 2
    assert rows[1] == [
        question_id,
        question.title,
        question.round.label,
        question.topic,
        question.difficulty.value,
        'Kadane: "best ending here", reset below 0; nicht größer als ∑',
        "0",
        "",
        "",
        card.due.isoformat(timespec="seconds"),
    ]
    to_file = _bot(tmp_path, "", "review", "export", "--out", "deck.csv")
    assert to_file.returncode == 0 and to_file.stdout == "wrote 1 card(s) to deck.csv\n"
    data = (tmp_path / "deck.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data  # spreadsheet line ends (stdout was read as text)
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == exported.stdout

    nothing = _bot(tmp_path, "", "review")
    assert nothing.stdout == "Nothing in your review deck is due now.\n"
    overdue = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S.%f")
    _rows(tmp_path, "UPDATE deck_cards SET due = ?", overdue)
    refused = _bot(tmp_path, "", "review")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("review needs an interactive terminal") and "review --script" in refused.stderr
    # The card runs as a normal session; ending it asks the recall rating (9 is refused) before the key points,
    # then Enter skips the self-ratings.
    # A second card, due more recently: it comes second, after asking.
    other = next(q for q in BANK.select(Round.CODING) if q.id != question_id)
    assert _bot(tmp_path, "", "review", "add", other.id).returncode == 0
    later = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    _rows(tmp_path, "UPDATE deck_cards SET due = ? WHERE question_id = ?", later, other.id)
    skip_ratings = "\n" * len(question.rubric)
    # The first card is answered (a re-solve earns points), the second ended at once and its recall skipped.
    keys = f"a\nKadane again.\n.\ne\ny\n9\n3\n{skip_ratings}y\ne\ny\n\n{skip_ratings}"
    reviewed = _bot(tmp_path, keys, "review", "--script")
    assert reviewed.returncode == 0, reviewed.stderr
    out = reviewed.stdout
    assert f"2 card(s) due, most overdue first:\n- {question_id}: {question.title}" in out
    assert f"=== coding: {question.title} · " in out and "**Key points**" in out
    assert "Please type 1, 2, 3 or 4" in out and "Recall: Good; next re-attempt " in out and "+10 points" in out
    assert out.index("Recall: Good") < out.index("**Key points**")
    assert "Worth a second attempt" not in out and "Found it hard?" not in out  # it is in the deck already
    second = out.split("Next card (2 of 2)? [y/N]: ", 1)[1]
    assert f"=== coding: {other.title} · " in second and "Recall not rated; the card stays due." in second
    cards = _rows(tmp_path, "SELECT question_id, attempts, last_rating FROM deck_cards ORDER BY id")
    assert cards == [(question_id, 1, 3), (other.id, 0, None)]
    sessions = _rows(tmp_path, "SELECT question_id, state FROM interview_sessions ORDER BY id")
    assert sessions == [(question_id, "ended"), (question_id, "ended"), (other.id, "ended")]


def test_adding_from_the_terminal_and_an_unknown_question(tmp_path: Path) -> None:
    some = BANK.select(Round.CODING)[0].id
    added = _bot(tmp_path, "", "review", "add", some, "--note", "hash map of complements")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith(f"added: {some}, due ")
    assert _rows(tmp_path, "SELECT question_id, note FROM deck_cards") == [(some, "hash map of complements")]
    unknown = _bot(tmp_path, "", "review", "add", "cod-nope-999")
    assert unknown.returncode == 2 and unknown.stderr == "There is no question cod-nope-999 in the banks.\n"


def test_review_refuses_while_another_practice_session_is_open(tmp_path: Path) -> None:
    left = _bot(tmp_path, "q\ny\n", "practice", "behavioral", "--script")  # a behavioral session left open
    assert left.returncode == 0, left.stderr
    card = BANK.select(Round.CODING)[0]
    assert _bot(tmp_path, "", "review", "add", card.id).returncode == 0
    _rows(tmp_path, "UPDATE deck_cards SET due = '2020-01-01 00:00:00.000000'")
    refused = _bot(tmp_path, "r\ne\ny\n3\n", "review", "--script")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("You have a behavioral practice session open (")
    assert "practice behavioral`, then run review again." in refused.stderr
    assert _rows(tmp_path, "SELECT attempts, last_rating FROM deck_cards") == [(0, None)]
    assert _rows(tmp_path, "SELECT round FROM interview_sessions") == [("behavioral",)]


def test_ctrl_c_at_the_recall_prompt_stops_at_once_and_leaves_the_session_open(tmp_path: Path) -> None:
    card = BANK.select(Round.CODING)[0]
    assert _bot(tmp_path, "", "review", "add", card.id).returncode == 0
    _rows(tmp_path, "UPDATE deck_cards SET due = '2020-01-01 00:00:00.000000'")
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env.update(
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}", TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1"
    )
    child = pexpect.spawn(
        sys.executable, ["-m", "bot", "review"], cwd=str(tmp_path), env=env, encoding="utf-8", timeout=30
    )
    try:
        child.expect(r"left\] >")
        child.sendline("e")
        child.expect(r"\[y/N\]")
        child.sendline("y")
        child.expect("Enter skips")
        child.sendcontrol("c")
        child.expect("Recall not rated; the card stays due.")
        child.expect("stays open")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 130
    assert _rows(tmp_path, "SELECT attempts, last_rating FROM deck_cards") == [(0, None)]
    assert _rows(tmp_path, "SELECT state FROM interview_sessions") == [("running",)]
