"""Alembic environment: async engines, batch mode for SQLite, our naming convention."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy.engine import Connection

from bot.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_own_engine(url: str) -> None:
    from bot.db.engine import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
            await connection.commit()
    finally:
        await engine.dispose()


def main() -> None:
    """Run migrations on the bot's connection, or on one made from the settings."""
    connection = config.attributes.get("connection")
    if connection is not None:  # called in-process by bot.db.migrate
        _configure(connection)
        return
    if config.config_file_name is not None:
        # The default would disable every existing logger, discord.py's among them.
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    from bot.config import load_settings

    url = config.attributes.get("database_url") or load_settings().database_url
    asyncio.run(_run_with_own_engine(url))


main()
