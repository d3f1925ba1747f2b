"""Start the bot, or sync its commands, from settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Iterator

import discord

from bot.client import MockInterviewerBot
from bot.clock import utcnow
from bot.config import Settings, cli_command
from bot.core.bank import Bank, load_banks
from bot.core.questions import Difficulty, Round
from bot.db.engine import Database
from bot.db.migrate import ensure_at_head, upgrade_to_head
from bot.failures import ExpectedFailure, database_failures, discord_failures, where
from bot.practice import Practice, has_terminal, open_console
from bot.services.sessions import SessionService

log = logging.getLogger(__name__)


def load_bank(settings: Settings) -> Bank:
    """Load the banks; a bad custom bank is reported and skipped, never fatal."""
    bank = load_banks(settings.banks_dir)
    for error in bank.errors:
        log.warning("bank problem skipped: %s", error)
    return bank


async def run_bot(settings: Settings) -> None:
    """Check the database, then connect and serve until stopped; raises ExpectedFailure with one line."""
    token = settings.require_token()
    database = Database.from_url(settings.database_url)
    try:
        async with database_failures(settings.database_url):
            await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate)
    except BaseException:
        await database.dispose()
        raise
    bot = MockInterviewerBot(settings, database, load_bank(settings))
    with _stopped_by_sigterm():
        async with discord_failures(), bot:
            await bot.start(token)


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """Make SIGTERM (docker stop, systemd) stop the bot as Ctrl-C does: cancel the running task, so the bot closes.

    The stop then ends normally (exit status 0); a second SIGTERM during the shutdown kills the process at once.
    """
    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    assert task is not None
    terminated = False

    def terminate() -> None:
        nonlocal terminated
        terminated = True
        log.info("SIGTERM received: shutting down")
        loop.remove_signal_handler(signal.SIGTERM)
        task.cancel()

    try:
        loop.add_signal_handler(signal.SIGTERM, terminate)
    except NotImplementedError:  # pragma: no cover - Windows has no signal handlers on its event loop
        yield
        return
    try:
        yield
    except asyncio.CancelledError:
        if not terminated or task.uncancel() > 0:
            raise
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


async def upgrade_database(settings: Settings) -> str:
    """Migrate the database to the latest schema; return what was done, in one line."""
    place = where(settings.database_url)
    async with database_failures(settings.database_url):
        before, head = await upgrade_to_head(settings.database_url)
    if before is None:
        return f"created the database at {place} (schema revision {head})"
    if before == head:
        return f"the database at {place} is already at the latest schema revision ({head})"
    return f"upgraded the database at {place} from schema revision {before} to {head}"


async def run_practice(
    settings: Settings, round_: Round, difficulty: Difficulty | None, topic: str | None, script: bool = False
) -> int:
    """Run one terminal session against the configured database; return the exit status.

    Without an interactive terminal the session would end unseen, so it is refused unless `script` says the
    input is a script meant for it. Raises ExpectedFailure with one line.
    """
    if not script and not has_terminal():
        raise ExpectedFailure(
            "practice needs an interactive terminal, and standard input or output is not one. "
            f"To drive it from a file or a pipe, add --script: {cli_command()} practice {round_.label} --script"
        )
    database = Database.from_url(settings.database_url)
    try:
        async with database_failures(settings.database_url):
            # A local practice database is upgraded in place; a shared one only when allowed.
            await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate or database.is_sqlite)
        service = SessionService(database, load_bank(settings))
        session = Practice(service, open_console(script), utcnow, cli_command())
        return await session.run(round_, difficulty, topic)
    finally:
        await database.dispose()


async def sync_commands(settings: Settings, guild_id: int | None = None) -> list[str]:
    """Register the slash commands globally, or instantly in one server; return their names."""
    token = settings.require_token()
    bot = MockInterviewerBot(settings, Database.from_url(settings.database_url), load_bank(settings), fire_timers=False)
    async with discord_failures(), bot:
        await bot.login(token)
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    return [command.name for command in synced]
