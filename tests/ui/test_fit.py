"""Every message built from a question fits Discord's limits; what must be cut is named by `banks check`."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import discord

from bot.config import PROJECT_ROOT
from bot.core.questions import Question, Round
from bot.core.session import Session
from bot.ui import fit
from bot.ui import session as ui
from tests.factories import OVERSIZED_PACKET, make_question, question_data, write_bank

T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)


def _session(*questions: Question) -> Session:
    return Session.start(guild_id=1, candidate_id=2, interviewer_id=3, questions=questions, now=T0, session_id=9)


def _readable(messages: list[list[discord.Embed]]) -> str:
    parts = []
    for embeds in messages:
        for embed in embeds:
            parts += [embed.title or "", embed.description or ""] + [f.value for f in embed.fields]
    return "\n".join(parts)


def test_interviewer_packet_over_6000_characters_arrives_whole_in_messages_that_fit() -> None:
    question = make_question(Round.CODING, **OVERSIZED_PACKET)
    with fit.recording_cuts() as cuts:
        packet = ui.packet_embeds(_session(question))
    assert sum(len(e) for e in packet) > 7_000
    messages = ui.batches(packet)
    assert len(messages) >= 2
    assert [fit.problems(m) for m in messages] == [[]] * len(messages)
    assert cuts == []
    text = _readable(messages)
    for paragraph in question.model_answer.split("\n\n"):
        assert paragraph in text
    for item in [*question.hints, *question.follow_ups, *(k.point for k in question.key_points)]:
        assert item in text


def test_reveal_of_a_whole_series_with_long_answers_is_split_never_cut() -> None:
    questions = [make_question(Round.ML_THEORY, n, **OVERSIZED_PACKET) for n in range(1, 6)]
    with fit.recording_cuts() as cuts:
        messages = ui.batches(ui.reveal_embeds(_session(*questions)))
    assert cuts == []
    assert all(fit.problems(m) == [] for m in messages)
    assert all(p in _readable(messages) for q in questions for p in q.model_answer.split("\n\n"))


def test_cards_that_must_stay_one_embed_continue_in_fields_and_record_what_is_cut() -> None:
    long_hint = " ".join(f"step {i} of the hint" for i in range(240))  # 4,929 characters: fits once continued
    huge_hint = long_hint + " " + long_hint  # 9,859: cannot fit in one embed
    question = make_question(Round.CODING, hints=[long_hint, huge_hint], constraints=["x" * 150] * 30)
    session = _session(question)
    with fit.recording_cuts() as cuts:
        _, first = session.take_hint(T0)
        card = ui.hint_embed(first, by_interviewer=False)
    assert cuts == [] and fit.problems([card]) == []
    pieces = [card.description, *(f.value for f in card.fields)]
    assert all(p.startswith("||") and p.endswith("||") for p in pieces)  # every piece stays a spoiler
    assert " ".join(p.strip("|") for p in pieces).split() == long_hint.split()

    with fit.recording_cuts() as cuts:
        _, second = session.take_hint(T0)[0].take_hint(T0)
        card = ui.hint_embed(second, by_interviewer=True)
        question_card = ui.question_embed(session)
    assert fit.problems([card]) == [] and fit.problems([question_card]) == []
    assert cuts[0].startswith(f"hint 2 cut from {len(huge_hint):,} to ")
    assert [c.split(" cut")[0] for c in cuts] == ["hint 2"]  # the 4,929-character hint was continued, not cut
    assert "x" * 150 in question_card.fields[0].value


def test_split_text_breaks_at_paragraphs_and_reopens_code_blocks() -> None:
    text = "First paragraph.\n\n" + "```python\n" + "\n".join(f"x_{i} = {i}" for i in range(400)) + "\n```\n\nEnd."
    chunks = fit.split_text(text, 1_024)
    assert all(len(c) <= 1_024 for c in chunks)
    assert chunks[0].startswith("First paragraph.\n\n```python\nx_0 = 0\n")
    assert all(c.count("```") % 2 == 0 for c in chunks)  # no chunk leaves a code block open
    assert all(c.startswith("```python\n") for c in chunks[1:-1])
    assert chunks[-1].endswith("End.")


def _banks_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "banks", "check", *args], cwd=PROJECT_ROOT, capture_output=True, text=True
    )


def test_banks_check_renders_every_message_and_names_what_was_cut(tmp_path: Path) -> None:
    huge_hint = "Consider the order of the items before anything else. " * 150
    why = ("Why? " * 250).strip()
    follow_up_message = len("**Follow-up questions** (discuss them in this thread):") + 2 * len(f"\n- {why}")
    path = write_bank(
        tmp_path,
        Round.CODING,
        question_data(Round.CODING, 901, **OVERSIZED_PACKET),  # long, but continues: nothing to report
        question_data(
            Round.CODING,
            902,
            prompt="Return the length of the longest run of equal neighbours in a list of integers.",
            hints=["Short first hint.", huge_hint],
            follow_ups=[why, why],
        ),
    )
    result = _banks_check(str(tmp_path))
    assert result.returncode == 0, result.stdout  # findings are lint: they fail only --strict
    # Only the rendering findings: the factory's questions also break content lints (answer length, hint 1).
    findings = [line for line in result.stdout.splitlines() if line.startswith("lint: ") and " cut from " in line]
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if "cod-test-902" in text)
    assert findings == [
        f"lint: {path}:{line} [cod-test-902]: hint 2: hint 2 cut from {len(huge_hint.strip()):,} to "
        + findings[0].split(" to ", 1)[1].split(" characters")[0]
        + " characters to fit Discord's limits; shorten that hint",
        f"lint: {path}:{line} [cod-test-902]: follow-up message: follow-up message cut from {follow_up_message:,} to 2,000 "
        "characters to fit Discord's limits; shorten the first two follow-ups",
    ]
    assert "Traceback" not in result.stderr
    assert _banks_check("--strict", str(tmp_path)).returncode == 1
