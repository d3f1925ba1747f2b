"""Run Alembic in-process: upgrade to head, and check whether a database is behind."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import PROJECT_ROOT, SettingsError, cli_command
from bot.db.engine import create_engine


def alembic_config() -> Config:
    """Return a config pointing at the project's migrations."""
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    return config


def head_revision() -> str | None:
    """Return the newest revision id."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _require_known(current: str | None) -> None:
    """Raise SettingsError for a revision this version's migrations do not contain (a newer version wrote it)."""
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise SettingsError(
            f"The database is at schema revision {current}, which this version of the bot does not know "
            "(a newer version migrated it?): run that newer version, or point DATABASE_URL at another database."
        )


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def _downgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """Return the revision a database is at, or None if it was never migrated."""
    async with engine.connect() as conn:
        return await conn.run_sync(lambda c: MigrationContext.configure(c).get_current_revision())


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade a database to a revision."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    """Downgrade a database to a revision."""
    async with engine.begin() as conn:
        await conn.run_sync(_downgrade, revision)


async def upgrade_to_head(database_url: str) -> tuple[str | None, str | None]:
    """Upgrade the database at a URL to head (the `db upgrade` command); return the revisions before and after.

    Raises SettingsError when the database is at a revision these migrations do not know."""
    engine = create_engine(database_url)
    try:
        before = await current_revision(engine)
        _require_known(before)
        await upgrade(engine)
        return before, head_revision()
    finally:
        await engine.dispose()


async def ensure_at_head(engine: AsyncEngine, *, auto_migrate: bool) -> None:
    """Refuse to run on a database behind head, unless allowed to upgrade it, or at an unknown revision (raises
    SettingsError)."""
    current, head = await current_revision(engine), head_revision()
    if current == head:
        return
    _require_known(current)
    if auto_migrate:
        await upgrade(engine)
        return
    state = "has never been migrated" if current is None else f"is at revision {current}, not {head}"
    raise SettingsError(f"The database {state}: run `{cli_command()} db upgrade` (or set AUTO_MIGRATE=true).")
