"""The deck's messages: the offer, the recall prompt, `/review due` and the spoilered note."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.deck import new_card
from bot.core.questions import Round
from bot.core.session import Session
from bot.ui.deck import DUE_SHOWN, due_text, offer_text, rating_nudge, recall_text, spoiler
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)
QUESTIONS = [make_question(Round.ML_THEORY, i, title=f"Theory {i}") for i in (1, 2)]
SESSION = Session.start(guild_id=1, candidate_id=5, questions=QUESTIONS, now=T0, session_id=9)


def test_the_offer_names_the_questions_that_took_two_hints() -> None:
    assert offer_text(SESSION).startswith("📌 Found a question hard?")
    helped = replace(SESSION, hints_used=(2, 0))
    assert offer_text(helped).startswith("📌 **Worth a second attempt:** **Theory 1** took you some help.")


def test_a_low_self_rating_suggests_the_deck_to_the_candidate_only() -> None:
    low = replace(SESSION, ratings=(("correctness", 1), ("depth", 2)))
    assert "Add to review deck" in rating_nudge(low, 5)
    assert rating_nudge(low, 6) == ""
    assert rating_nudge(replace(SESSION, ratings=(("correctness", 3),)), 5) == ""


def test_recall_prompt_names_the_re_attempted_questions() -> None:
    text = recall_text(SESSION, [QUESTIONS[1].id])
    assert "**Theory 2**" in text and "Theory 1" not in text and "Before you read the key points" in text


def test_due_lists_notes_behind_spoilers_that_cannot_break_out() -> None:
    assert spoiler("a || b \\ c") == "||a \\|\\| b \\\\ c||"
    cards = [(new_card(q.id, f"note {q.id}", T0 - dt.timedelta(days=5))[0], q) for q in QUESTIONS]
    text = due_text(cards, total=3, next_due=None)
    assert text.startswith("**2 card(s) due**") and f"||note {QUESTIONS[0].id}||" in text
    assert text.index("Theory 1") < text.index("Theory 2")
    many = due_text(cards * 8, total=16, next_due=None)
    assert many.count("\n- ") == DUE_SHOWN and "…and 6 more" in many
    assert due_text([], 3, T0).startswith("Nothing in your review deck is due now (3 card(s) in it). The next one")


def test_a_long_due_list_is_cut_between_cards_never_inside_a_spoiler() -> None:
    note = "Monotonic deque of indices; pop smaller values from the back " * 3  # near the 200-character limit
    cards = [(new_card(q.id, note.strip()[:200], T0 - dt.timedelta(days=5))[0], q) for q in QUESTIONS] * 6
    text = due_text(cards, total=12, next_due=None)
    assert len(text) <= 2_000
    listed = text.count("\n- ")
    assert 0 < listed < 12 and text.endswith(f"…and {12 - listed} more (`/review export` lists them all).")
    assert all(line.count("||") in (0, 2) for line in text.splitlines())  # every spoiler closes on its line


def test_a_card_whose_question_left_the_banks_is_listed_plainly() -> None:
    card = new_card("cod-gone-001", "", T0 - dt.timedelta(days=1))[0]
    assert "- **(no longer in the banks)** (`cod-gone-001`) due <t:" in due_text([(card, None)], 1, None)
