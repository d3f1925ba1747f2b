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
    offer = f'Worth a second attempt: python -m bot review add {question_id} --note "the key idea, in one line"'
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
    reviewed = _bot(tmp_path, "e\ny\n9\n3\n\n\n\n\n", "review", "--script")
    assert reviewed.returncode == 0, reviewed.stderr
    out = reviewed.stdout
    assert f"1 card(s) due, most overdue first:\n- {question_id}: {question.title}" in out
    assert f"=== coding: {question.title} · " in out and "**Key points**" in out
    assert "Please type 1, 2, 3 or 4" in out and "Recall: Good; next re-attempt " in out and "+10 points" in out
    assert out.index("Recall: Good") < out.index("**Key points**")
    assert "Worth a second attempt" not in out and "Found it hard?" not in out  # it is in the deck already
    assert _rows(tmp_path, "SELECT attempts, last_rating FROM deck_cards") == [(1, 3)]
    sessions = _rows(tmp_path, "SELECT question_id, state FROM interview_sessions ORDER BY id")
    assert sessions == [(question_id, "ended"), (question_id, "ended")]


def test_adding_from_the_terminal_and_an_unknown_question(tmp_path: Path) -> None:
    some = BANK.select(Round.CODING)[0].id
    added = _bot(tmp_path, "", "review", "add", some, "--note", "hash map of complements")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith(f"added: {some}, due ")
    assert _rows(tmp_path, "SELECT question_id, note FROM deck_cards") == [(some, "hash map of complements")]
    unknown = _bot(tmp_path, "", "review", "add", "cod-nope-999")
    assert unknown.returncode == 2 and unknown.stderr == "There is no question cod-nope-999 in the banks.\n"
