"""Points ledger lines name their source; (member, reason, source) is unique, so an award counts once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 20:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("points_ledger") as batch:
        batch.add_column(sa.Column("source", sa.String(length=80), nullable=False, server_default=""))
    # Lines written before sources existed keep a unique source of their own.
    op.execute("UPDATE points_ledger SET source = 'legacy:' || id WHERE source = ''")
    with op.batch_alter_table("points_ledger") as batch:
        batch.create_unique_constraint("uq_points_ledger_award", ["guild_id", "user_id", "reason", "source"])


def downgrade() -> None:
    with op.batch_alter_table("points_ledger") as batch:
        batch.drop_constraint("uq_points_ledger_award", type_="unique")
        batch.drop_column("source")
