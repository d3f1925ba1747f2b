"""Judge runs: verdict, counts and timing of each run of a member's code (never the code).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "judge_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("large_seconds", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["interview_sessions.id"],
            name="fk_judge_runs_session_id_interview_sessions",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_judge_runs"),
    )
    op.create_index("ix_judge_runs_session_id", "judge_runs", ["session_id"])
    op.create_index("ix_judge_runs_guild_user", "judge_runs", ["guild_id", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_judge_runs_guild_user", table_name="judge_runs")
    op.drop_index("ix_judge_runs_session_id", table_name="judge_runs")
    op.drop_table("judge_runs")
