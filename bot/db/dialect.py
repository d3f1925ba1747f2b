"""The dialect's INSERT, for upserts that read the same on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Base


def dialect_insert(tx: AsyncSession, model: type[Base]) -> Any:
    """Return the dialect's INSERT, which supports ON CONFLICT on both backends."""
    dialect = tx.bind.dialect.name if tx.bind is not None else "sqlite"
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)
