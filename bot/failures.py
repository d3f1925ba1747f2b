"""Expected failures of the command line (database or Discord out of reach, credentials refused) as one line."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import discord
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bot.core.errors import UserFacingError

log = logging.getLogger(__name__)

# Gateway close codes that mean the credentials or the intents, not the network: retrying cannot help.
GATEWAY_REFUSALS = {
    4004: "Discord's gateway rejected the token (close code 4004): check DISCORD_TOKEN, or reset it in the "
    "developer portal",
    4014: "Discord refused a privileged intent (close code 4014): this bot asks for none; check that you run "
    "an unmodified copy",
}


class ExpectedFailure(UserFacingError):
    """A failure a person can fix (unreachable service, refused credentials); the message is one line."""


def where(database_url: str) -> str:
    """Return where a database lives, never its password: the file for SQLite, `postgresql://user@host:port/name`."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    user = f"{url.username}@" if url.username else ""
    return f"postgresql://{user}{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _database_line(exc: BaseException, database_url: str) -> str | None:
    place = where(database_url)
    if isinstance(exc, DBAPIError):
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        if isinstance(exc.orig, sqlite3.Error) or "sqlite" in type(exc.orig).__module__:
            return f"Cannot use the SQLite database {place}: {reason}. Check that its folder exists and is writable."
        return f"The database {place} refused the connection: {reason}. Check DATABASE_URL's user, password and name."
    if isinstance(exc, OSError) and make_url(database_url).get_backend_name() == "sqlite":
        return (
            f"Cannot create the SQLite database {place} ({exc.strerror}). "
            "Check that DATABASE_URL's path leads into a folder you can write."
        )
    if isinstance(exc, (OSError, TimeoutError, asyncio.TimeoutError)):
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return f"Cannot reach the database {place} ({reason}). Check that it runs, and DATABASE_URL's host and port."
    return None


def _discord_line(exc: BaseException) -> str | None:
    if isinstance(exc, discord.LoginFailure):
        return "Discord rejected the token (401). Check DISCORD_TOKEN, or reset it in the developer portal."
    if isinstance(exc, discord.ConnectionClosed) and exc.code in GATEWAY_REFUSALS:
        return GATEWAY_REFUSALS[exc.code] + "."
    if isinstance(exc, discord.PrivilegedIntentsRequired):
        return GATEWAY_REFUSALS[4014] + "."
    if isinstance(exc, (aiohttp.ClientError, OSError, TimeoutError, asyncio.TimeoutError)):
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return f"Cannot reach Discord ({reason}). Check the network connection, a proxy or a firewall."
    if isinstance(exc, discord.DiscordServerError):
        return f"Discord is having trouble ({exc.status}); try again in a few minutes."
    return None


@asynccontextmanager
async def database_failures(database_url: str) -> AsyncIterator[None]:
    """Turn an unreachable or refusing database into ExpectedFailure; the traceback goes to the log at DEBUG."""
    try:
        yield
    except Exception as exc:
        line = _database_line(exc, database_url)
        if line is None:
            raise
        log.debug("database failure", exc_info=True)
        raise ExpectedFailure(line) from None


@asynccontextmanager
async def discord_failures() -> AsyncIterator[None]:
    """Turn an unreachable Discord or a refused token into ExpectedFailure; the traceback goes to the log at DEBUG."""
    try:
        yield
    except Exception as exc:
        line = _discord_line(exc)
        if line is None:
            raise
        log.debug("Discord failure", exc_info=True)
        raise ExpectedFailure(line) from None
