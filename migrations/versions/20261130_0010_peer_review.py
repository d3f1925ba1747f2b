"""Peer review and leaderboards: vote kinds, review prompts and windows, written feedback, points tallies.

Votes gain a kind (self, interviewer, peer) in their unique key, so the three never overwrite each other.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 20:30:00
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVIEW_REASONS = ("review", "feedback")


def _week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def upgrade() -> None:
    with op.batch_alter_table("votes") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="self"))
    # Before kinds, a vote by anyone but the candidate was the interviewer's score.
    op.execute(
        "UPDATE votes SET kind = 'interviewer' WHERE reviewer_id <> "
        "(SELECT user_id FROM interview_sessions WHERE interview_sessions.id = votes.session_id)"
    )
    with op.batch_alter_table("votes") as batch:
        batch.drop_constraint("uq_votes_session_id", type_="unique")
        batch.create_unique_constraint(
            "uq_votes_session_kind_reviewer", ["session_id", "kind", "reviewer_id", "criterion"]
        )
        batch.create_check_constraint("kind", "kind IN ('self', 'interviewer', 'peer')")

    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("review_closes_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("review_closed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("guild_settings") as batch:
        batch.add_column(sa.Column("review_window_hours", sa.Integer(), nullable=False, server_default="48"))
        batch.add_column(sa.Column("leaderboard_channel_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("leaderboard_message_id", sa.BigInteger(), nullable=True))

    op.create_table(
        "review_prompts",
        sa.Column("message_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("criterion", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["interview_sessions.id"],
            name=op.f("fk_review_prompts_session_id_interview_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_review_prompts")),
        sa.UniqueConstraint("session_id", "criterion", name="uq_review_prompts_session_criterion"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.BigInteger(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("helpful_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["interview_sessions.id"],
            name=op.f("fk_feedback_session_id_interview_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
        sa.UniqueConstraint("session_id", "reviewer_id", name="uq_feedback_session_reviewer"),
    )
    tallies = op.create_table(
        "points_tallies",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("round", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("guild_id", "period", "starts", "round", "user_id", name=op.f("pk_points_tallies")),
    )
    op.create_index(
        "ix_points_tallies_points",
        "points_tallies",
        ["guild_id", "period", "starts", "round", "points", "user_id"],
    )
    op.create_index(
        "ix_points_tallies_reviews",
        "points_tallies",
        ["guild_id", "period", "starts", "round", "reviews", "user_id"],
    )
    histogram = op.create_table(
        "points_histogram",
        sa.Column("guild_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("round", sa.String(length=32), nullable=False),
        sa.Column("metric", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "guild_id", "period", "starts", "round", "metric", "score", name=op.f("pk_points_histogram")
        ),
    )
    _backfill_tallies(tallies, histogram)


def _backfill_tallies(tallies: sa.Table, histogram: sa.Table) -> None:
    """Tally the ledger lines written before this revision (periods in UTC, as the bot counts them)."""
    rows = op.get_bind().execute(
        sa.text(
            "SELECT l.guild_id, l.user_id, l.delta, l.reason, l.created_at, s.round FROM points_ledger l "
            "LEFT JOIN interview_sessions s ON s.id = l.session_id"
        )
    )
    totals: dict[tuple, list[int]] = {}
    for guild_id, user_id, delta, reason, created_at, round_ in rows:
        at = created_at if isinstance(created_at, dt.datetime) else dt.datetime.fromisoformat(str(created_at))
        day = (at if at.tzinfo is None else at.astimezone(dt.UTC)).date()
        starts = {"week": _week(day), "month": day.replace(day=1), "all": dt.date(1970, 1, 1)}
        for period, start in starts.items():
            for scope in {"", round_ or ""}:
                tally = totals.setdefault((guild_id, period, start, scope, user_id), [0, 0])
                tally[0] += delta
                tally[1] += reason in REVIEW_REASONS
    if totals:
        keys = ("guild_id", "period", "starts", "round", "user_id")
        op.bulk_insert(
            tallies, [dict(zip(keys, key, strict=True), points=p, reviews=r) for key, (p, r) in totals.items()]
        )
        buckets: dict[tuple, int] = {}
        for (guild_id, period, start, scope, _), scores in totals.items():
            for metric, score in zip(("points", "reviews"), scores, strict=True):
                if score > 0:
                    bucket = (guild_id, period, start, scope, metric, score)
                    buckets[bucket] = buckets.get(bucket, 0) + 1
        columns = ("guild_id", "period", "starts", "round", "metric", "score")
        op.bulk_insert(histogram, [dict(zip(columns, b, strict=True), members=n) for b, n in buckets.items()])


def downgrade() -> None:
    op.drop_table("points_histogram")
    op.drop_index("ix_points_tallies_reviews", table_name="points_tallies")
    op.drop_index("ix_points_tallies_points", table_name="points_tallies")
    op.drop_table("points_tallies")
    op.drop_table("feedback")
    op.drop_table("review_prompts")
    with op.batch_alter_table("guild_settings") as batch:
        batch.drop_column("leaderboard_message_id")
        batch.drop_column("leaderboard_channel_id")
        batch.drop_column("review_window_hours")
    with op.batch_alter_table("interview_sessions") as batch:
        batch.drop_column("review_closed_at")
        batch.drop_column("review_closes_at")
    # Only one vote per reviewer and criterion fits the old key: keep the candidate's and interviewer's.
    op.execute("DELETE FROM votes WHERE kind = 'peer'")
    with op.batch_alter_table("votes") as batch:
        batch.drop_constraint("kind", type_="check")
        batch.drop_constraint("uq_votes_session_kind_reviewer", type_="unique")
        batch.create_unique_constraint("uq_votes_session_id", ["session_id", "reviewer_id", "criterion"])
        batch.drop_column("kind")
