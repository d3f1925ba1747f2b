"""The session state machine with a fixed clock: transitions, agenda, nudges, hints, errors."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from bot.core.bank import Bank
from bot.core.questions import Difficulty, Round
from bot.core.scoring import max_points, rubric_points
from bot.core.session import (
    MAX_ANSWER_CHARS,
    Action,
    InvalidAnswer,
    InvalidRating,
    NoHintsLeft,
    NoMoreQuestions,
    NotAllowed,
    Session,
    SessionError,
    SessionNotRunning,
    SessionState,
    pick_questions,
)
from tests.factories import make_question

T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
ALICE, BOB, CAROL = 1, 2, 3


def minutes(n: float) -> dt.timedelta:
    return dt.timedelta(minutes=n)


def coding_session(**kw) -> Session:
    return Session.start(guild_id=9, candidate_id=ALICE, questions=[make_question(Round.CODING)], now=T0, **kw)


def test_coding_session_deadline_is_the_time_limit_and_agenda_fills_it() -> None:
    session = coding_session()
    assert session.deadline == T0 + minutes(45)
    agenda = session.agenda()
    assert [p.name for p in agenda] == ["clarify", "approach", "code", "test", "wrap-up"]
    assert agenda[0].start == T0 and agenda[-1].end == session.deadline
    assert sum(p.minutes for p in agenda) == 45


def test_system_design_agenda_follows_the_question_stages() -> None:
    session = Session.start(guild_id=9, candidate_id=ALICE, questions=[make_question(Round.SYSTEM_DESIGN)], now=T0)
    assert [(p.name, p.minutes) for p in session.agenda()] == [("clarify", 5), ("framing", 10), ("serving", 30)]
    assert session.phase_at(T0 + minutes(7)).name == "framing"
    assert session.phase_at(T0 + minutes(45)) is None


def test_nudges_at_phase_boundaries_half_time_and_five_minutes_before_end() -> None:
    session = Session.start(guild_id=9, candidate_id=ALICE, questions=[make_question(Round.SYSTEM_DESIGN)], now=T0)
    assert [(n.at - T0, n.kind) for n in session.nudges()] == [
        (minutes(5), "phase"),
        (minutes(15), "phase"),
        (minutes(22.5), "half"),
        (minutes(40), "final"),
    ]


def test_series_round_has_a_phase_per_question_and_moves_on() -> None:
    questions = [make_question(Round.ML_THEORY, i) for i in range(1, 6)]
    session = Session.start(guild_id=9, candidate_id=ALICE, questions=questions, now=T0)
    assert session.deadline == T0 + minutes(20)
    assert session.is_series and session.question.id == "mlt-test-001"
    for expected in range(2, 6):
        session = session.next_question(T0 + minutes(1))
        assert session.question.id == f"mlt-test-{expected:03d}"
    with pytest.raises(NoMoreQuestions, match="last question"):
        session.next_question(T0 + minutes(2))


def test_next_on_a_single_question_round_is_refused() -> None:
    with pytest.raises(NoMoreQuestions, match="single question"):
        coding_session().next_question(T0)


def test_hints_come_in_stages_then_run_out_and_lower_max_points() -> None:
    session = coding_session()
    session, first = session.take_hint(T0 + minutes(1))
    session, second = session.take_hint(T0 + minutes(2))
    assert (first.stage, first.total, first.text) == (1, 2, "First hint: which tool fits?")
    assert second.stage == 2
    with pytest.raises(NoHintsLeft):
        session.take_hint(T0 + minutes(3))
    assert session.total_hints == 2
    assert max_points(session.total_hints) == 80


def test_hints_are_counted_per_question_in_a_series() -> None:
    questions = [make_question(Round.BEHAVIORAL, i) for i in (1, 2)]
    session = Session.start(guild_id=9, candidate_id=ALICE, questions=questions, now=T0)
    session, _ = session.take_hint(T0)
    session = session.next_question(T0)
    session, hint = session.take_hint(T0)
    assert hint.stage == 1 and session.hints_used == (1, 1)


def test_answers_accept_several_submissions_and_reject_bad_ones() -> None:
    session = coding_session().submit("first try", T0).submit("second try", T0 + minutes(1))
    assert session.answers == 2
    with pytest.raises(InvalidAnswer, match="empty"):
        session.submit("   ", T0)
    with pytest.raises(InvalidAnswer, match="4,000 characters; yours has 4,001"):
        session.submit("x" * (MAX_ANSWER_CHARS + 1), T0)


def test_actions_after_the_deadline_or_end_raise_session_not_running() -> None:
    session = coding_session()
    late = session.deadline
    for action in (lambda: session.take_hint(late), lambda: session.next_question(late)):
        with pytest.raises(SessionNotRunning):
            action()
    ended = session.end(T0 + minutes(10))
    assert ended.state is SessionState.ENDED and ended.ended_at == T0 + minutes(10)
    for action in (
        lambda: ended.end(T0 + minutes(11)),
        lambda: ended.take_hint(T0 + minutes(11)),
        lambda: ended.submit("typed after ending early", T0 + minutes(11)),
        lambda: ended.submit("typed after ending early", ended.deadline + minutes(1)),
    ):
        with pytest.raises(SessionNotRunning):
            action()


def test_an_answer_typed_while_the_time_ran_out_is_kept_and_marked_late() -> None:
    session = coding_session().submit("on time", T0 + minutes(1))
    assert (session.answers, session.late_answers) == (1, 0)
    assert not session.answer_is_late(session.deadline - minutes(1))
    overtime = session.submit("finished typing after the deadline", session.deadline + minutes(2))
    assert (overtime.answers, overtime.late_answers) == (2, 1)
    timed_out = session.end(session.deadline)
    assert timed_out.answer_is_late(session.deadline + minutes(3))
    assert timed_out.submit("sent after the time-out ended it", session.deadline + minutes(3)).late_answers == 1
    with pytest.raises(InvalidAnswer, match="empty"):
        timed_out.submit("  ", session.deadline + minutes(3))


def test_ending_after_the_deadline_records_the_deadline() -> None:
    session = coding_session()
    assert session.end(session.deadline + minutes(30)).ended_at == session.deadline


def test_cancel_only_from_running() -> None:
    cancelled = coding_session().cancel(T0)
    assert cancelled.state is SessionState.CANCELLED
    with pytest.raises(SessionNotRunning):
        cancelled.cancel(T0)


def test_only_candidate_and_interviewer_may_act() -> None:
    session = coding_session(interviewer_id=BOB)
    session.authorize(ALICE, Action.HINT)
    session.authorize(BOB, Action.HINT)
    with pytest.raises(NotAllowed):
        session.authorize(CAROL, Action.HINT)


def test_answers_are_the_candidates_and_the_packet_the_interviewers() -> None:
    session = coding_session(interviewer_id=BOB)
    session.authorize(ALICE, Action.ANSWER)
    session.authorize(BOB, Action.PACKET)
    with pytest.raises(NotAllowed, match="Only the candidate submits answers"):
        session.authorize(BOB, Action.ANSWER)
    with pytest.raises(NotAllowed, match="Only this session's interviewer"):
        session.authorize(ALICE, Action.PACKET)
    with pytest.raises(NotAllowed, match="Only this session's interviewer"):
        coding_session().authorize(ALICE, Action.PACKET)


def test_a_stranger_hears_whose_session_it_is_whatever_they_press() -> None:
    session = coding_session(interviewer_id=BOB)
    for action in Action:
        with pytest.raises(NotAllowed, match="Only the candidate and their interviewer"):
            session.authorize(CAROL, action)


def test_a_member_cannot_interview_themselves() -> None:
    with pytest.raises(SessionError, match="cannot interview yourself"):
        coding_session(interviewer_id=ALICE)


def test_self_rating_after_the_end_on_the_round_rubric() -> None:
    session = coding_session()
    with pytest.raises(InvalidRating, match="once the session has ended"):
        session.rate("technical", 3)
    ended = session.end(T0 + minutes(30)).rate("technical", 3).rate("testing", 2).rate("technical", 4)
    assert ended.ratings == (("technical", 4), ("testing", 2))
    with pytest.raises(InvalidRating, match="not a rubric criterion"):
        ended.rate("charisma", 3)
    with pytest.raises(InvalidRating, match="1 \\(strong no hire\\) to 4"):
        ended.rate("technical", 5)


def test_rubric_points_scale_with_hints() -> None:
    assert rubric_points([4, 4, 4, 4], hints_used=0) == 100
    assert rubric_points([4, 4], hints_used=2) == 80
    assert rubric_points([1, 1], hints_used=0) == 0
    assert rubric_points([], hints_used=0) == 0
    assert max_points(20) == 50


def test_pick_questions_prefers_unseen_and_fills_a_series() -> None:
    theory = [make_question(Round.ML_THEORY, i) for i in range(1, 8)]
    bank = Bank({q.id: q for q in theory})
    seen = {q.id for q in theory[:4]}
    picked = pick_questions(bank, Round.ML_THEORY, random.Random(3), seen=seen)
    assert len(picked) == 5 and len({q.id for q in picked}) == 5
    assert {q.id for q in picked} >= {q.id for q in theory[4:]}  # the 3 unseen come first


def test_pick_questions_explains_when_nothing_matches() -> None:
    bank = Bank({q.id: q for q in [make_question(Round.CODING)]})
    with pytest.raises(SessionError, match=r"No coding questions match difficulty hard: try fewer filters\."):
        pick_questions(bank, Round.CODING, random.Random(1), difficulty=Difficulty.HARD)
