"""Terminal practice in a real pseudo-terminal (pexpect): Ctrl-C and Ctrl-D, the prompts, rendering, late answers."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

PROMPT = r"left\] >"  # the command prompt: `[12 min 30 s left] >`
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")
SUBMIT = "\x1b\r"  # Esc then Enter submits a multi-line answer


def _plain(text: str) -> str:
    return ANSI.sub("", text)


class Terminal:
    """`python -m bot practice …` in a pseudo-terminal, with everything it printed kept for assertions."""

    def __init__(self, tmp_path: Path, *args: str) -> None:
        self.db = tmp_path / "practice.db"
        env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
        # A pty answers no cursor-position request; real terminals do. The warning would only add noise.
        env.update(DATABASE_URL=f"sqlite+aiosqlite:///{self.db}", TERM="xterm-256color", PROMPT_TOOLKIT_NO_CPR="1")
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "bot", "practice", *args],
            cwd=str(tmp_path),
            env=env,
            encoding="utf-8",
            codec_errors="replace",
            dimensions=(50, 140),
            timeout=30,
        )
        self.raw = self.plain = self.after = ""
        self.pos = 0
        self.ended = False

    def expect(self, pattern: str | type, timeout: float = 30) -> str:
        """Wait for a regex in the text as the member reads it (no escape codes); return the text before it.

        `pexpect.EOF` waits for the program to exit and returns the rest.
        """
        regex = None if pattern is pexpect.EOF else re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            found = regex.search(self.plain, self.pos) if regex else None
            if found:
                before, self.after, self.pos = self.plain[self.pos : found.start()], found.group(), found.end()
                return before
            if self.ended and regex is None:
                before, self.pos = self.plain[self.pos :], len(self.plain)
                return before
            if self.ended or time.monotonic() > deadline:
                raise AssertionError(f"no {pattern!r} on the screen; it shows:\n{self.plain[self.pos :][-3000:]}")
            try:
                self.raw += self.child.read_nonblocking(65536, timeout=0.2)
            except pexpect.TIMEOUT:
                continue
            except pexpect.EOF:
                self.ended = True
            self.plain = _plain(self.raw)

    @property
    def seen(self) -> str:
        """Everything printed so far, as plain text."""
        return self.plain

    def prompt(self) -> str:
        return self.expect(PROMPT)

    def command(self, keys: str) -> None:
        self.child.send(keys + "\r")

    def finish(self) -> int:
        """Wait for the program to exit; return its exit status."""
        self.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus

    def rows(self, sql: str) -> list[tuple]:
        with sqlite3.connect(self.db) as conn:
            return conn.execute(sql).fetchall()


@pytest.fixture
def terminals(tmp_path: Path) -> Iterator[list[Terminal]]:
    started: list[Terminal] = []
    yield started
    for term in started:
        if term.child.isalive():
            term.child.terminate(force=True)


def _start(terminals: list[Terminal], tmp_path: Path, *args: str) -> Terminal:
    term = Terminal(tmp_path, *args)
    terminals.append(term)
    return term


def test_ctrl_c_at_the_prompt_stops_at_once_and_leaves_the_session_open(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "coding")
    term.prompt()
    term.child.sendcontrol("c")
    assert term.finish() == 130
    assert "Stopped (Ctrl-C). Your coding session stays open and its clock keeps running" in term.seen
    assert term.rows("SELECT state, ended_at FROM interview_sessions") == [("running", None)]


def test_ctrl_d_at_the_prompt_does_the_same_and_the_next_run_offers_to_resume(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "ml-theory")
    term.prompt()
    term.child.sendcontrol("d")
    assert term.finish() == 0
    assert "Stopped (Ctrl-D). Your ml-theory session stays open" in term.seen
    again = _start(terminals, tmp_path, "behavioral")
    again.expect(r"\[r/e/q\]:")
    assert "You have a ml-theory session open (" in again.seen
    again.command("r")
    again.prompt()
    assert "Resuming your ml-theory session." in again.seen
    again.child.sendcontrol("c")
    assert again.finish() == 130
    assert again.rows("SELECT round, state FROM interview_sessions") == [("ml_theory", "running")]


def test_ctrl_c_at_the_rating_prompt_keeps_the_ratings_given_and_exits(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "coding")
    term.prompt()
    term.command("e")
    term.expect(r"\[y/N\]:")
    term.command("y")
    term.expect(r"communication \[1-4\]:")
    term.command("3")
    term.expect(r"problem solving \[1-4\]:")
    term.child.sendcontrol("c")
    assert term.finish() == 0
    assert "Stopped. The session is ended; the ratings you gave are saved." in term.seen
    assert term.rows("SELECT state FROM interview_sessions") == [("ended",)]
    assert term.rows("SELECT criterion, score FROM votes") == [("communication", 3)]


def test_ctrl_c_while_typing_an_answer_saves_what_was_typed(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "system-design")
    term.prompt()
    term.command("a")
    term.expect("Esc Enter submits")  # the bottom toolbar, with the time left
    assert "4,000 characters fit in Discord" in term.seen
    term.child.send("first I would clarify the users")
    term.expect("clarify the users")  # echoed: the editor has it
    term.child.sendcontrol("c")
    assert term.finish() == 130
    assert "Answer saved (31 characters)." in term.seen
    assert "Stopped (Ctrl-C). Your system-design session stays open" in term.seen
    assert term.rows("SELECT body, late FROM answers") == [("first I would clarify the users", 0)]


def test_markdown_is_rendered_and_the_time_left_is_in_the_prompt(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "coding")
    term.prompt()
    shown = term.seen
    assert re.search(r"Time left: \d+ min \d\d s", shown)
    assert re.search(r"\[\d+ min \d\d s left\] >", shown)
    assert "def " in shown and "```" not in shown and "**Constraints**" not in shown and "Constraints" in shown
    assert re.search(r"\x1b\[[0-9;]*m *def\b", term.raw), "the signature's code block is syntax-highlighted"
    term.command("h")
    term.expect(r"Hint 1/\d+: [^\n]+\n")
    assert "**" not in term.after and "**Hint" not in term.seen
    term.command("?")
    term.expect(r"q quit \(the session stays open\)")
    term.command("q")
    term.expect(r"\[y/N\]:")
    term.command("n")
    term.prompt()
    assert term.rows("SELECT state FROM interview_sessions") == [("running",)]
    term.child.sendcontrol("c")
    term.finish()


def test_an_answer_finished_after_the_deadline_is_stored_late_and_shown_late(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "coding")
    term.prompt()
    term.command("a")
    term.expect("Esc Enter submits")
    # The time runs out while the member types: the database is the truth, so move the deadline into the past.
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)).strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(term.db) as conn:
        conn.execute("UPDATE interview_sessions SET deadline = ?", (past,))
    term.child.send("use a monotonic stack" + SUBMIT)
    term.expect("marked late")
    term.expect("Time is up. Here is what good looks like.")
    term.expect(r"communication \[1-4\]:")
    assert "(late: after the time ran out)" in term.seen and "use a monotonic stack" in term.seen
    for _ in range(4):
        term.command("")
    term.expect("Session 1 recorded.")
    term.expect("1 answer\\(s\\), 1 of them late")
    assert term.finish() == 0
    assert term.rows("SELECT body, late FROM answers") == [("use a monotonic stack", 1)]
    assert term.rows("SELECT state, ended_at = deadline FROM interview_sessions") == [("ended", 1)]


def test_an_undecodable_byte_never_crashes_and_the_session_goes_on(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "coding")
    term.prompt()
    term.command("a")
    term.expect("Esc Enter submits")
    os.write(term.child.child_fd, b"caf\xe9 au lait")  # \xe9 alone is Latin-1 é, not UTF-8
    term.child.send(SUBMIT)
    term.expect("were not UTF-8; they were read as Latin-1.")
    term.prompt()
    term.command("t")
    term.expect(r"\d+ min \d\d s left · now: clarify")
    term.child.sendcontrol("c")
    assert term.finish() == 130
    assert "Traceback" not in term.seen
    assert term.rows("SELECT body FROM answers") == [("café au lait",)]


def test_a_long_paste_is_offered_to_be_cut_or_kept(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "ml-coding")
    term.prompt()
    pasted = "\n".join(f"line {i:04d} " + "x" * 40 for i in range(100))  # 5,099 characters
    for text, choice in ((pasted, "c"), (pasted, "k")):
        term.command("a")
        term.expect("Esc Enter submits")
        term.child.send("\x1b[200~" + text + "\x1b[201~")  # a bracketed paste, as terminals send it
        term.child.send(SUBMIT)
        term.expect(r"\[k/c\]:")
        term.command(choice)
        term.expect(r"Answer saved \(")
    assert "Your answer has 5,099 characters; Discord shows 4,000. The terminal has no limit." in term.seen
    term.child.sendcontrol("c")
    term.finish()
    assert term.rows("SELECT length(body) FROM answers ORDER BY id") == [(4_000,), (5_099,)]


def test_a_series_reveal_shows_one_question_at_a_time(terminals, tmp_path: Path) -> None:
    term = _start(terminals, tmp_path, "behavioral")
    term.prompt()
    term.command("a")
    term.expect("Esc Enter submits")
    term.child.send("I led the migration and cut build time by 30%" + SUBMIT)
    term.prompt()
    term.command("e")
    term.expect(r"\[y/N\]:")
    term.command("y")
    first = term.expect("Press Enter for the next question:")
    assert "(1/2): what good looks like" in first and "(2/2): what good looks like" not in first
    assert "Your answer" in first and "Model answer" in first and "I led the migration" in first
    term.command("")
    second = term.expect(r"situation \[1-4\]:")
    assert "(2/2): what good looks like" in second and "No answer given." in second
    for score in ("4", "3", "", "", ""):
        term.command(score)
    summary = term.expect(pexpect.EOF)
    assert "1 of 2 questions answered. Unanswered: Q2" in " ".join(summary.split())
    term.child.close()
    assert term.rows("SELECT criterion, score FROM votes ORDER BY criterion") == [("situation", 4), ("task", 3)]
