"""SQLAlchemy 2 typed models: the tables the product needs first."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.clock import utcnow

# Stable constraint names, so Alembic's batch mode on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp; SQLite keeps no zone, so it is attached on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """Refuse naive datetimes: every timestamp we store is UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime; pass an aware UTC datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """Attach UTC to the naive values SQLite returns."""
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {int: BigInteger, dt.datetime: UtcDateTime}


class GuildSettings(Base):
    """Per-server configuration set by admins."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    practice_channel_id: Mapped[int | None]
    daily_channel_id: Mapped[int | None]
    daily_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    daily_enabled: Mapped[bool] = mapped_column(default=False)
    # Peer review stays open this long after a session ends (the thread must not auto-archive before).
    review_window_hours: Mapped[int] = mapped_column(Integer, default=48, server_default="48")
    leaderboard_channel_id: Mapped[int | None]
    leaderboard_message_id: Mapped[int | None]
    daily_round: Mapped[str] = mapped_column(String(16), default="mix", server_default="mix")
    daily_difficulty: Mapped[str] = mapped_column(String(8), default="rotate", server_default="rotate")
    daily_role_id: Mapped[int | None]
    # A post later than this (the bot was down) is skipped, not sent.
    daily_cutoff_minutes: Mapped[int] = mapped_column(Integer, default=360, server_default="360")
    daily_last_post_at: Mapped[dt.datetime | None]


class Member(Base):
    """A member of a server who has practised or reviewed."""

    __tablename__ = "members"

    guild_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    # None: the server's zone applies (streak days are counted in this zone).
    timezone: Mapped[str | None] = mapped_column(String(64))
    joined_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The local time of the member's daily deck reminder; None: reminders off (the default).
    deck_remind_at: Mapped[dt.time | None] = mapped_column(Time)


class SessionRecord(Base):
    """One timed mock interview; the database row is the truth, timers only wake us."""

    __tablename__ = "interview_sessions"
    __table_args__ = (
        ForeignKeyConstraint(["guild_id", "user_id"], ["members.guild_id", "members.user_id"], ondelete="CASCADE"),
        CheckConstraint("state IN ('running', 'ended', 'cancelled')", name="state"),
        Index("ix_interview_sessions_state_deadline", "state", "deadline"),
        Index("ix_interview_sessions_guild_user", "guild_id", "user_id"),
        # One running session per member per server, even when two commands race.
        Index(
            "uq_interview_sessions_one_running",
            "guild_id",
            "user_id",
            unique=True,
            sqlite_where=text("state = 'running'"),
            postgresql_where=text("state = 'running'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int]
    user_id: Mapped[int]
    interviewer_id: Mapped[int | None]
    round: Mapped[str] = mapped_column(String(32))
    question_id: Mapped[str] = mapped_column(String(80))
    # Series rounds ask several questions; their ids in order, separated by spaces.
    question_ids: Mapped[str] = mapped_column(Text)
    current_index: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[dt.datetime]
    deadline: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]
    thread_id: Mapped[int | None]
    summary_message_id: Mapped[int | None]
    # The reveal is posted in parts; a restart resumes after the last part recorded here.
    reveal_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revealed_at: Mapped[dt.datetime | None]
    # Peer review: the window closes at `review_closes_at`; `review_closed_at` is set once its result is posted.
    review_closes_at: Mapped[dt.datetime | None]
    review_closed_at: Mapped[dt.datetime | None]

    hints: Mapped[list[HintUse]] = relationship(back_populates="session", cascade="all, delete-orphan")
    answers: Mapped[list[Answer]] = relationship(back_populates="session", cascade="all, delete-orphan")


class HintUse(Base):
    """A hint stage revealed during a session."""

    __tablename__ = "hints_used"
    __table_args__ = (UniqueConstraint("session_id", "question_id", "stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(80))
    stage: Mapped[int] = mapped_column(Integer)
    used_at: Mapped[dt.datetime]

    session: Mapped[SessionRecord] = relationship(back_populates="hints")


class Answer(Base):
    """A candidate's submitted answer text; members may delete theirs."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime]
    # Submitted after the time ran out (typed while the deadline passed): kept, and shown as late.
    late: Mapped[bool] = mapped_column(default=False, server_default=false())

    session: Mapped[SessionRecord] = relationship(back_populates="answers")


class Vote(Base):
    """A score on one rubric criterion of a session: the candidate's own (self), the interviewer's, or a peer's.

    One per kind, reviewer and criterion, so the three kinds never overwrite each other.
    """

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("session_id", "kind", "reviewer_id", "criterion", name="uq_votes_session_kind_reviewer"),
        CheckConstraint("score BETWEEN 1 AND 4", name="score"),
        CheckConstraint("kind IN ('self', 'interviewer', 'peer')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), server_default="self")
    reviewer_id: Mapped[int]
    criterion: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(Integer)
    voted_at: Mapped[dt.datetime]


class PointsEntry(Base):
    """An append-only ledger line: who earned how many points, why, and from what."""

    __tablename__ = "points_ledger"
    __table_args__ = (
        Index("ix_points_ledger_guild_user", "guild_id", "user_id"),
        # One award per member, reason and source: a retry after a crash counts once.
        UniqueConstraint("guild_id", "user_id", "reason", "source", name="uq_points_ledger_award"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int]
    user_id: Mapped[int]
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(80))
    session_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]


class ReviewPrompt(Base):
    """A message that collects peer votes on one rubric criterion by reactions; looked up by its message id."""

    __tablename__ = "review_prompts"
    __table_args__ = (UniqueConstraint("session_id", "criterion", name="uq_review_prompts_session_criterion"),)

    message_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    session_id: Mapped[int] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    channel_id: Mapped[int]
    criterion: Mapped[str] = mapped_column(String(40))


class Feedback(Base):
    """Written feedback a reviewer left on a session; the candidate may mark it helpful once."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("session_id", "reviewer_id", name="uq_feedback_session_reviewer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    helpful_at: Mapped[dt.datetime | None]


class PointsTally(Base):
    """Running totals per member, period (week, month, all) and round ('' for every round), kept with the ledger.

    The leaderboard reads a page of these through an index instead of summing the ledger; periods start in UTC.
    """

    __tablename__ = "points_tallies"
    __table_args__ = (
        Index("ix_points_tallies_points", "guild_id", "period", "starts", "round", "points", "user_id"),
        Index("ix_points_tallies_reviews", "guild_id", "period", "starts", "round", "reviews", "user_id"),
    )

    guild_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)
    starts: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    round: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    points: Mapped[int] = mapped_column(Integer, default=0)
    reviews: Mapped[int] = mapped_column(Integer, default=0)


class PointsHistogram(Base):
    """How many members of a board (server, period, round) have each score, per metric (points, reviews).

    Kept with the tallies, so a rank is a sum over the few distinct scores above it, not a count over every member.
    """

    __tablename__ = "points_histogram"

    guild_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)
    starts: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    round: Mapped[str] = mapped_column(String(32), primary_key=True)
    metric: Mapped[str] = mapped_column(String(8), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    members: Mapped[int] = mapped_column(Integer, default=0)


class DailyPost(Base):
    """The daily problem claimed for one server and date; the UNIQUE key makes it once a day."""

    __tablename__ = "daily_posts"
    __table_args__ = (
        UniqueConstraint("guild_id", "post_date"),
        # A ✅ reaction looks its message up here.
        Index("ix_daily_posts_message_id", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int] = mapped_column(ForeignKey("guild_settings.guild_id", ondelete="CASCADE"))
    post_date: Mapped[dt.date] = mapped_column(Date)
    question_id: Mapped[str] = mapped_column(String(80))
    message_id: Mapped[int | None]
    claimed_at: Mapped[dt.datetime]
    due_at: Mapped[dt.datetime | None]
    channel_id: Mapped[int | None]
    thread_id: Mapped[int | None]
    # The message is sent with this enforced nonce, so a retry after a crash never posts a second one.
    nonce: Mapped[str | None] = mapped_column(String(25))
    posted_at: Mapped[dt.datetime | None]
    hints_posted: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class DailySolve(Base):
    """A member marked a day's problem solved; once per member and post."""

    __tablename__ = "daily_solves"
    __table_args__ = (
        ForeignKeyConstraint(["guild_id", "user_id"], ["members.guild_id", "members.user_id"], ondelete="CASCADE"),
        UniqueConstraint("post_id", "user_id"),
        Index("ix_daily_solves_guild_user", "guild_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int]
    user_id: Mapped[int]
    post_id: Mapped[int] = mapped_column(Integer, ForeignKey("daily_posts.id", ondelete="CASCADE"))
    solved_at: Mapped[dt.datetime]


class DeckCardRecord(Base):
    """A question in a member's review deck, with its FSRS card state; the note is the member's one line."""

    __tablename__ = "deck_cards"
    __table_args__ = (
        ForeignKeyConstraint(["guild_id", "user_id"], ["members.guild_id", "members.user_id"], ondelete="CASCADE"),
        UniqueConstraint("guild_id", "user_id", "question_id"),
        Index("ix_deck_cards_member_due", "guild_id", "user_id", "due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int]
    user_id: Mapped[int]
    question_id: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_rating: Mapped[int | None] = mapped_column(Integer)
    last_review: Mapped[dt.datetime | None]
    added_at: Mapped[dt.datetime]


class DeckReview(Base):
    """An FSRS review log line, kept so the scheduler's parameters can be optimised from real reviews."""

    __tablename__ = "deck_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[int] = mapped_column(Integer, ForeignKey("deck_cards.id", ondelete="CASCADE"), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[dt.datetime]
    log: Mapped[str] = mapped_column(Text)


class JudgeRun(Base):
    """One run of a member's code by the judge: verdict and timing, never the code itself."""

    __tablename__ = "judge_runs"
    __table_args__ = (
        Index("ix_judge_runs_session_id", "session_id"),
        Index("ix_judge_runs_guild_user", "guild_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int]
    user_id: Mapped[int]
    session_id: Mapped[int | None] = mapped_column(Integer, ForeignKey("interview_sessions.id", ondelete="SET NULL"))
    question_id: Mapped[str] = mapped_column(String(80))
    verdict: Mapped[str] = mapped_column(String(32))
    passed: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    # The slowest generated large case, in seconds; None when none ran.
    large_seconds: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime]
