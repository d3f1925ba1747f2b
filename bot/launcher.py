"""Start the bot, or sync its commands, from settings."""

from __future__ import annotations

import logging
import sys

import discord

from bot.client import MockInterviewerBot
from bot.clock import utcnow
from bot.config import Settings
from bot.core.bank import Bank, load_banks
from bot.core.questions import Difficulty, Round
from bot.core.session import Session
from bot.db.engine import Database
from bot.db.migrate import ensure_at_head
from bot.deck_cli import offer_lines
from bot.practice import Terminal, practice
from bot.services.sessions import SessionService

log = logging.getLogger(__name__)


def load_bank(settings: Settings) -> Bank:
    """Load the banks; a bad custom bank is reported and skipped, never fatal."""
    bank = load_banks(settings.banks_dir)
    for error in bank.errors:
        log.warning("bank problem skipped: %s", error)
    return bank


async def run_bot(settings: Settings) -> None:
    """Check the database, then connect and serve until stopped."""
    token = settings.require_token()
    database = Database.from_url(settings.database_url)
    try:
        await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate)
    except BaseException:
        await database.dispose()
        raise
    bot = MockInterviewerBot(settings, database, load_bank(settings))
    async with bot:
        await bot.start(token)


async def run_practice(settings: Settings, round_: Round, difficulty: Difficulty | None, topic: str | None) -> Session:
    """Run one terminal session against the configured database (a local SQLite file by default)."""
    database = Database.from_url(settings.database_url)
    try:
        # A local practice database is upgraded in place; a shared one only when allowed.
        await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate or database.is_sqlite)
        service = SessionService(database, load_bank(settings))
        term = Terminal(sys.stdin, sys.stdout)
        session = await practice(service, round_, term, utcnow, difficulty=difficulty, topic=topic)
        for line in offer_lines(session):
            term.say(line)
        return session
    finally:
        await database.dispose()


async def sync_commands(settings: Settings, guild_id: int | None = None) -> list[str]:
    """Register the slash commands globally, or instantly in one server; return their names."""
    token = settings.require_token()
    bot = MockInterviewerBot(settings, Database.from_url(settings.database_url), load_bank(settings), fire_timers=False)
    async with bot:
        await bot.login(token)
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            bot.tree.copy_global_to(guild=guild)
        synced = await bot.tree.sync(guild=guild)
    return [command.name for command in synced]
