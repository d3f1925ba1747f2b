"""The interview session state machine: agenda, deadline, hints, answers, series and ending.

Pure: every method that depends on time takes `now`; nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from bot.core.bank import Bank
from bot.core.errors import UserFacingError
from bot.core.questions import RUBRIC_CRITERIA, DesignQuestion, Difficulty, Question, Round

# Terminal sessions are stored under guild id 0, which no Discord server has; the bot never fires their timers.
TERMINAL_GUILD_ID = 0
# A Discord modal text input holds at most 4,000 characters.
MAX_ANSWER_CHARS = 4_000
# Rounds that ask several short questions one after another.
SERIES_LENGTH = {Round.ML_THEORY: 5, Round.BEHAVIORAL: 2}
# How a coding round's time is split when the question has no stages of its own.
CODING_AGENDA = (("clarify", 0.10), ("approach", 0.20), ("code", 0.45), ("test", 0.15), ("wrap-up", 0.10))
# The last nudge comes this long before the end, if the session is long enough for it to matter.
FINAL_WARNING = dt.timedelta(minutes=5)


class Action(enum.StrEnum):
    """Something a member does to a session; `Session.authorize` says who may."""

    HINT = "hint"
    ANSWER = "answer"
    NEXT = "next"
    END = "end"
    PACKET = "packet"
    RATE = "rate"
    DECK = "deck"


class SessionState(enum.StrEnum):
    """Where a session is in its life."""

    RUNNING = "running"
    ENDED = "ended"
    CANCELLED = "cancelled"


class SessionError(UserFacingError):
    """A session action that is not allowed now; the message says why."""


class SessionNotRunning(SessionError):
    """The session has already ended."""

    def __init__(self) -> None:
        super().__init__("This session has already ended.")


class NoHintsLeft(SessionError):
    """Every hint stage of the current question is used."""

    def __init__(self) -> None:
        super().__init__("No hints left for this question: you have seen them all.")


class NoMoreQuestions(SessionError):
    """A series round has no next question, or the round is not a series."""


class AlreadyRunning(SessionError):
    """The member already has a session open in this server."""

    def __init__(self, round_: Round, thread_id: int | None) -> None:
        super().__init__(f"You already have a {round_.label} session open. Finish it with `/mock end` first.")
        self.thread_id = thread_id


class InvalidAnswer(SessionError):
    """An answer is empty or too long."""


class InvalidRating(SessionError):
    """A rating names an unknown criterion or a score off the 4-point scale."""


# Who may do what: the candidate, the interviewer, or either of them.
_EITHER = "Only the candidate and their interviewer can use this session's buttons."


class NotAllowed(SessionError):
    """Someone pressed a session control that is not theirs; the message says whose it is."""

    def __init__(
        self, message: str = "Only the candidate and their interviewer can use this session's buttons."
    ) -> None:
        super().__init__(message)


_ONLY_CANDIDATE = "Only the candidate submits answers; the interviewer can give hints and score."
_ONLY_DECK = "Only the candidate can add this session's questions to their review deck or rate their recall."
_ONLY_INTERVIEWER = "Only this session's interviewer can open the interviewer packet."


@dataclass(frozen=True)
class Phase:
    """One block of the agenda."""

    name: str
    start: dt.datetime
    end: dt.datetime

    @property
    def minutes(self) -> int:
        """Return the phase's length in whole minutes."""
        return round((self.end - self.start).total_seconds() / 60)


@dataclass(frozen=True)
class Nudge:
    """A reminder posted at a moment of the session."""

    at: dt.datetime
    kind: str
    text: str


@dataclass(frozen=True)
class SubmittedAnswer:
    """An answer as stored: which question, the text, when (UTC) and whether it came after time ran out."""

    question_id: str
    text: str
    at: dt.datetime
    late: bool


@dataclass(frozen=True)
class Hint:
    """A revealed hint stage."""

    stage: int
    total: int
    text: str


def _agenda_spans(questions: Sequence[Question]) -> list[tuple[str, int]]:
    """Return (name, minutes) blocks for the questions of a session."""
    first = questions[0]
    if isinstance(first, DesignQuestion):
        return [(stage.id, stage.minutes) for stage in first.stages]
    if first.round in SERIES_LENGTH:
        return [(f"Q{i}: {q.title}", q.time_limit_minutes) for i, q in enumerate(questions, start=1)]
    total = first.time_limit_minutes
    spans = [(name, max(1, round(total * share))) for name, share in CODING_AGENDA]
    spans[-1] = (spans[-1][0], total - sum(m for _, m in spans[:-1]))  # rounding leftovers go to the last block
    return spans


@dataclass(frozen=True)
class Session:
    """A running or finished interview; immutable, each action returns the new session."""

    id: int | None
    guild_id: int
    candidate_id: int
    interviewer_id: int | None
    round: Round
    questions: tuple[Question, ...]
    started_at: dt.datetime
    deadline: dt.datetime
    state: SessionState = SessionState.RUNNING
    current: int = 0
    hints_used: tuple[int, ...] = ()
    answers: int = 0
    late_answers: int = 0
    ratings: tuple[tuple[str, int], ...] = field(default=())
    ended_at: dt.datetime | None = None

    @classmethod
    def start(
        cls,
        *,
        guild_id: int,
        candidate_id: int,
        questions: Sequence[Question],
        now: dt.datetime,
        interviewer_id: int | None = None,
        session_id: int | None = None,
    ) -> Session:
        """Open a session on the given questions; the deadline is the agenda's total length."""
        if not questions:
            raise ValueError("a session needs at least one question")
        if interviewer_id == candidate_id:
            raise SessionError("You cannot interview yourself: pick another member as interviewer.")
        minutes = sum(m for _, m in _agenda_spans(questions))
        return cls(
            id=session_id,
            guild_id=guild_id,
            candidate_id=candidate_id,
            interviewer_id=interviewer_id,
            round=questions[0].round,
            questions=tuple(questions),
            started_at=now,
            deadline=now + dt.timedelta(minutes=minutes),
            hints_used=(0,) * len(questions),
        )

    @property
    def question(self) -> Question:
        """Return the question being worked on now."""
        return self.questions[self.current]

    @property
    def is_series(self) -> bool:
        """Tell whether the round asks several questions in turn."""
        return len(self.questions) > 1

    @property
    def total_hints(self) -> int:
        """Return how many hints the candidate used across the session."""
        return sum(self.hints_used)

    def agenda(self) -> list[Phase]:
        """Return the timed phases from start to deadline."""
        phases, cursor = [], self.started_at
        for name, minutes in _agenda_spans(self.questions):
            end = cursor + dt.timedelta(minutes=minutes)
            phases.append(Phase(name, cursor, end))
            cursor = end
        return phases

    def phase_at(self, now: dt.datetime) -> Phase | None:
        """Return the phase in progress at `now`, or None outside the session."""
        return next((p for p in self.agenda() if p.start <= now < p.end), None)

    def time_left(self, now: dt.datetime) -> dt.timedelta:
        """Return the time until the deadline, never negative."""
        return max(self.deadline - now, dt.timedelta(0))

    def nudges(self) -> list[Nudge]:
        """Return the reminders to post: phase changes, half time and the final warning."""
        found: dict[dt.datetime, Nudge] = {}
        for phase in self.agenda()[1:]:
            found[phase.start] = Nudge(
                phase.start, "phase", f"Time to move on: **{phase.name}** ({phase.minutes} min)."
            )
        length = self.deadline - self.started_at
        half = self.started_at + length / 2
        found.setdefault(half, Nudge(half, "half", "Half time."))
        if length >= 2 * FINAL_WARNING:
            warning = self.deadline - FINAL_WARNING
            found[warning] = Nudge(warning, "final", "5 minutes left: start wrapping up.")
        return sorted(found.values(), key=lambda n: n.at)

    def authorize(self, user_id: int, action: Action) -> None:
        """Raise NotAllowed unless the user may do `action`: a stranger may do nothing, answers and the deck are
        the candidate's, the packet the interviewer's, everything else either's."""
        if user_id not in (self.candidate_id, self.interviewer_id):
            raise NotAllowed
        if action is Action.ANSWER and user_id != self.candidate_id:
            raise NotAllowed(_ONLY_CANDIDATE)
        if action is Action.DECK and user_id != self.candidate_id:
            raise NotAllowed(_ONLY_DECK)
        if action is Action.PACKET and user_id != self.interviewer_id:
            raise NotAllowed(_ONLY_INTERVIEWER)

    def require_running(self, now: dt.datetime) -> None:
        """Raise SessionNotRunning once the session has ended or its deadline has passed."""
        if self.state is not SessionState.RUNNING or now >= self.deadline:
            raise SessionNotRunning

    def take_hint(self, now: dt.datetime) -> tuple[Session, Hint]:
        """Reveal the next hint stage of the current question."""
        self.require_running(now)
        used = self.hints_used[self.current]
        ladder = self.question.hints
        if used >= len(ladder):
            raise NoHintsLeft
        counts = list(self.hints_used)
        counts[self.current] = used + 1
        hint = Hint(stage=used + 1, total=len(ladder), text=ladder[used])
        return replace(self, hints_used=tuple(counts)), hint

    def answer_is_late(self, now: dt.datetime) -> bool:
        """Tell whether an answer given now comes after the time ran out (still accepted, marked late)."""
        timed_out = self.state is SessionState.ENDED and self.ended_at is not None and self.ended_at >= self.deadline
        return now >= self.deadline and (self.state is SessionState.RUNNING or timed_out)

    def submit(self, text: str, now: dt.datetime, max_chars: int | None = MAX_ANSWER_CHARS) -> Session:
        """Accept an answer; several are allowed, and one typed while the time ran out is kept as late.

        `max_chars` None lifts the Discord limit (the terminal). Raises SessionNotRunning once the session
        was ended or cancelled before its deadline, InvalidAnswer for an empty or too long answer.
        """
        late = self.answer_is_late(now)
        if not late:
            self.require_running(now)
        if not text.strip():
            raise InvalidAnswer("Your answer is empty: write something before submitting.")
        if max_chars is not None and len(text) > max_chars:
            raise InvalidAnswer(f"Answers are limited to {max_chars:,} characters; yours has {len(text):,}.")
        return replace(self, answers=self.answers + 1, late_answers=self.late_answers + late)

    def next_question(self, now: dt.datetime) -> Session:
        """Move a series round to its next question."""
        self.require_running(now)
        if not self.is_series:
            raise NoMoreQuestions("This round has a single question: there is no next one.")
        if self.current + 1 >= len(self.questions):
            raise NoMoreQuestions("That was the last question: press End to see the key points.")
        return replace(self, current=self.current + 1)

    def end(self, now: dt.datetime) -> Session:
        """End the session (by the candidate, the interviewer or the deadline)."""
        if self.state is not SessionState.RUNNING:
            raise SessionNotRunning
        return replace(self, state=SessionState.ENDED, ended_at=min(now, self.deadline))

    def cancel(self, now: dt.datetime) -> Session:
        """Abandon a session that could not be set up."""
        if self.state is not SessionState.RUNNING:
            raise SessionNotRunning
        return replace(self, state=SessionState.CANCELLED, ended_at=now)

    def rate(self, criterion: str, score: int) -> Session:
        """Record the candidate's self-rating on one rubric criterion, after the end."""
        if self.state is not SessionState.ENDED:
            raise InvalidRating("Rate yourself once the session has ended.")
        if criterion not in RUBRIC_CRITERIA[self.round]:
            raise InvalidRating(f"{criterion!r} is not a rubric criterion of this round.")
        if not 1 <= score <= 4:
            raise InvalidRating("Scores run from 1 (strong no hire) to 4 (strong hire).")
        ratings = dict(self.ratings)
        ratings[criterion] = score
        return replace(self, ratings=tuple(sorted(ratings.items())))


# How long ago a question counts as seen when only its id is known.
_LONG_AGO = dt.datetime.min.replace(tzinfo=dt.UTC)


def pick_questions(
    bank: Bank,
    round_: Round,
    rng: random.Random,
    *,
    difficulty: Difficulty | None = None,
    topic: str | None = None,
    seen: Mapping[str, dt.datetime] | Iterable[str] = (),
) -> list[Question]:
    """Choose the question (or the series) for a new session: unseen ones first, then the least recently seen.

    `seen` maps question ids to when the member last saw them (a plain set of ids counts as seen equally long
    ago). The topic is matched case-insensitively. Raises SessionError when no question matches the filters, naming the
    closest topics when the topic is unknown.
    """
    if topic is not None:
        topic = _known_topic(bank, round_, topic)
    wanted = SERIES_LENGTH.get(round_, 1)
    last_seen = dict(seen) if isinstance(seen, Mapping) else dict.fromkeys(seen, _LONG_AGO)
    fresh = bank.select(round_, difficulty=difficulty, topic=topic, exclude=last_seen)
    rng.shuffle(fresh)
    if len(fresh) < wanted:  # the unseen pool is exhausted: top up with the least recently seen
        again = [q for q in bank.select(round_, difficulty=difficulty, topic=topic) if q.id in last_seen]
        rng.shuffle(again)  # ties in a random order; the sort below is stable
        again.sort(key=lambda q: last_seen[q.id])
        fresh += again
    if not fresh:
        filters = ", ".join(f"{k} {v}" for k, v in (("difficulty", difficulty), ("topic", topic)) if v)
        raise SessionError(f"No {round_.label} questions match {filters or 'your request'}: try fewer filters.")
    return fresh[:wanted]


def _known_topic(bank: Bank, round_: Round, typed: str) -> str:
    """Return the slug a typed topic means, or raise SessionError with the closest ones."""
    slug = bank.match_topic(round_, typed)
    if slug is not None:
        return slug
    close = bank.suggest_topics(round_, typed)
    hint = f"did you mean {', '.join(close)}?" if close else "try fewer filters."
    raise SessionError(f"No {round_.label} questions match topic {typed.strip()}: {hint}")
