"""The review deck: questions a member found hard come back on a spaced-repetition schedule (FSRS).

Scheduling is the `fsrs` package's (FSRS, the Free Spaced Repetition Scheduler); this module holds our rules around
it: when a question is offered for the deck, how a card is started and rated, and the spreadsheet export. Pure: every
function takes `now` (an aware UTC datetime).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fsrs import Card, Rating, Scheduler

from bot.core.errors import UserFacingError
from bot.core.questions import Question

# A note is one line: the key idea or algorithm, not the code.
MAX_NOTE_CHARS = 200
# Offer the deck when the candidate needed this many hints on a question, or rated themselves this low (mean, 1-4).
OFFER_HINTS = 2
OFFER_SCORE = 2.5
# Re-solving an interview question minutes later teaches nothing: no same-day learning steps, and no fuzzing, so a
# member's schedule is reproducible. Intervals follow FSRS's default parameters and 90 % target retention.
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
# What a spreadsheet takes for the start of a formula (https://owasp.org/www-community/attacks/CSV_Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADER = (
    "question_id",
    "title",
    "round",
    "topic",
    "difficulty",
    "note",
    "attempts",
    "last_rating",
    "last_attempt_utc",
    "next_due_utc",
)


class Recall(enum.IntEnum):
    """How well the member recalled the solution on a re-attempt (FSRS's four ratings)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        """Return the word members see."""
        return self.name.capitalize()


class DeckError(UserFacingError):
    """A deck action that cannot be done; the message says why."""


@dataclass(frozen=True)
class DeckCard:
    """One question in a member's deck, with its FSRS state (`fsrs.Card` as JSON) and when it is due (UTC)."""

    question_id: str
    note: str
    state: str
    due: dt.datetime
    attempts: int = 0
    last_rating: Recall | None = None
    last_review: dt.datetime | None = None


def clean_note(note: str) -> str:
    """Return the note as one trimmed line; raise DeckError if it is longer than MAX_NOTE_CHARS."""
    line = " ".join(note.split())
    if len(line) > MAX_NOTE_CHARS:
        raise DeckError(f"Keep the note to one line of {MAX_NOTE_CHARS} characters (yours has {len(line)}).")
    return line


def worth_offering(hints_used: int, self_scores: Sequence[float], peer_scores: Sequence[float] = ()) -> bool:
    """Tell whether a finished question should be offered for the deck: many hints, or a low self or peer score.

    Scores are on the rubric's 1-4 scale; low means a mean of at most OFFER_SCORE.
    """
    low = [scores for scores in (self_scores, peer_scores) if scores and sum(scores) / len(scores) <= OFFER_SCORE]
    return hints_used >= OFFER_HINTS or bool(low)


def new_card(question_id: str, note: str, now: dt.datetime) -> tuple[DeckCard, str]:
    """Start a card; adding it counts as a first review rated Hard (the member just found it hard).

    Returns the card and the FSRS review log (JSON) to store.
    """
    card, log = SCHEDULER.review_card(Card(card_id=int(now.timestamp() * 1000), due=now), Rating.Hard, now)
    deck_card = DeckCard(question_id, clean_note(note), card.to_json(), card.due, 0, None, None)
    return deck_card, log.to_json()


def rate(card: DeckCard, recall: Recall, now: dt.datetime) -> tuple[DeckCard, str]:
    """Record a re-attempt's recall rating; return the rescheduled card and the FSRS review log (JSON)."""
    state, log = SCHEDULER.review_card(Card.from_json(card.state), Rating(int(recall)), now)
    rated = DeckCard(card.question_id, card.note, state.to_json(), state.due, card.attempts + 1, recall, now)
    return rated, log.to_json()


def due_first(cards: Iterable[DeckCard], now: dt.datetime) -> list[DeckCard]:
    """Return the cards due at `now` (UTC), the most overdue first."""
    return sorted((card for card in cards if card.due <= now), key=lambda card: (card.due, card.question_id))


def retrievability(card: DeckCard, now: dt.datetime) -> float:
    """Return FSRS's estimate (0-1) that the member would recall the solution now."""
    return SCHEDULER.get_card_retrievability(Card.from_json(card.state), now)


def export_csv(cards: Iterable[tuple[DeckCard, Question | None]]) -> str:
    """Return the deck as CSV text (a header row, then one row per card; times in UTC ISO 8601).

    A note or title that would start a spreadsheet formula gets a leading `'` (see `_cell`); ids and topics are slugs.
    Encode it as UTF-8 with a byte-order mark so that spreadsheet programs detect the encoding.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for card, question in cards:
        writer.writerow(
            (
                card.question_id,
                _cell(question.title) if question else "(no longer in the banks)",
                question.round.label if question else "",
                question.topic if question else "",
                question.difficulty.value if question else "",
                _cell(card.note),
                card.attempts,
                card.last_rating.label if card.last_rating else "",
                _iso(card.last_review),
                _iso(card.due),
            )
        )
    return out.getvalue()


def _cell(text: str) -> str:
    """Return a typed text cell that a spreadsheet shows as text, never runs as a formula (OWASP CSV injection).

    A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading single quote.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _iso(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds") if moment else ""
