"""Sessions record how far their reveal got; drop the never-read private and channel_id columns.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("reveal_step", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("revealed_at", sa.DateTime(timezone=True), nullable=True))
        batch.drop_column("private")
        batch.drop_column("channel_id")
    # Before this revision a reveal was complete once its summary card was posted.
    op.execute("UPDATE interview_sessions SET revealed_at = ended_at WHERE summary_message_id IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("interview_sessions") as batch:
        batch.add_column(sa.Column("channel_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.drop_column("revealed_at")
        batch.drop_column("reveal_step")
