"""The daily problem: per-server round, difficulty, role, cutoff and last post; posts record their thread, nonce
and hints; solves are recorded once per member and server date.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-30 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A member's zone is unset (the server's applies) until they choose one; nothing could set it before now.
    with op.batch_alter_table("members") as batch:
        batch.alter_column("timezone", existing_type=sa.String(length=64), nullable=True)
    op.execute("UPDATE members SET timezone = NULL")
    with op.batch_alter_table("guild_settings") as batch:
        batch.add_column(sa.Column("daily_round", sa.String(length=16), nullable=False, server_default="mix"))
        batch.add_column(sa.Column("daily_difficulty", sa.String(length=8), nullable=False, server_default="rotate"))
        batch.add_column(sa.Column("daily_role_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("daily_cutoff_minutes", sa.Integer(), nullable=False, server_default="360"))
        batch.add_column(sa.Column("daily_last_post_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("daily_posts") as batch:
        batch.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("channel_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("thread_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("nonce", sa.String(length=25), nullable=True))
        batch.add_column(sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("hints_posted", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_daily_posts_message_id", "daily_posts", ["message_id"])
    op.create_table(
        "daily_solves",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("solved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["guild_id", "user_id"],
            ["members.guild_id", "members.user_id"],
            name=op.f("fk_daily_solves_guild_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["daily_posts.id"], name=op.f("fk_daily_solves_post_id_daily_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_solves")),
        sa.UniqueConstraint("post_id", "user_id", name="uq_daily_solves_post_id"),
    )
    op.create_index("ix_daily_solves_guild_user", "daily_solves", ["guild_id", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_daily_solves_guild_user", table_name="daily_solves")
    op.drop_table("daily_solves")
    op.drop_index("ix_daily_posts_message_id", table_name="daily_posts")
    with op.batch_alter_table("daily_posts") as batch:
        for column in ("hints_posted", "posted_at", "nonce", "thread_id", "channel_id", "due_at"):
            batch.drop_column(column)
    with op.batch_alter_table("guild_settings") as batch:
        for column in (
            "daily_last_post_at",
            "daily_cutoff_minutes",
            "daily_role_id",
            "daily_difficulty",
            "daily_round",
        ):
            batch.drop_column(column)
    op.execute("UPDATE members SET timezone = 'UTC' WHERE timezone IS NULL")
    with op.batch_alter_table("members") as batch:
        batch.alter_column("timezone", existing_type=sa.String(length=64), nullable=False)
