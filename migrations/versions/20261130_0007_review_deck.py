"""The review deck: FSRS cards and review logs per member, and an opt-in reminder time.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 20:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deck_cards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("guild_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("question_id", sa.String(length=80), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_rating", sa.Integer(), nullable=True),
        sa.Column("last_review", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["guild_id", "user_id"],
            ["members.guild_id", "members.user_id"],
            name=op.f("fk_deck_cards_guild_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deck_cards")),
        sa.UniqueConstraint("guild_id", "user_id", "question_id", name=op.f("uq_deck_cards_guild_id")),
    )
    op.create_index("ix_deck_cards_member_due", "deck_cards", ["guild_id", "user_id", "due"])
    op.create_table(
        "deck_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("log", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["deck_cards.id"], name=op.f("fk_deck_reviews_card_id_deck_cards"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deck_reviews")),
    )
    op.create_index(op.f("ix_deck_reviews_card_id"), "deck_reviews", ["card_id"])
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("deck_remind_at", sa.Time(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("deck_remind_at")
    op.drop_index(op.f("ix_deck_reviews_card_id"), table_name="deck_reviews")
    op.drop_table("deck_reviews")
    op.drop_index("ix_deck_cards_member_due", table_name="deck_cards")
    op.drop_table("deck_cards")
