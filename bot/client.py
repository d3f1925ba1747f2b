"""The Discord client: minimal intents, no pings, cogs loaded from `cogs/`."""

from __future__ import annotations

import logging
import pkgutil
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

import cogs
from bot.clock import utcnow
from bot.config import Settings
from bot.core.bank import Bank
from bot.db.engine import Database
from bot.scheduling import Scheduler
from bot.services.deck import DeckService
from bot.services.guilds import GuildConfig
from bot.services.leaderboard import LeaderboardService
from bot.services.lifecycle import SessionLifecycle
from bot.services.reactions import VoteWriter
from bot.services.reviews import ReviewService
from bot.services.sessions import SessionService
from bot.services.stats import StatsService
from bot.timers import TimerRegistry

if TYPE_CHECKING:
    from cogs.daily._poster import DailyPoster

log = logging.getLogger(__name__)

# Wait out short rate limits; anything longer fails fast and is explained to the member.
MAX_RATELIMIT_WAIT_SECONDS = 30.0
GUILD_READY_TIMEOUT_SECONDS = 0.5
EXTENSIONS = tuple(f"cogs.{module.name}" for module in pkgutil.iter_modules(cogs.__path__))


def bot_intents() -> discord.Intents:
    """Return the few intents the bot needs: servers and reactions, no message content or members."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_reactions = True
    return intents


def _shard_options(settings: Settings) -> dict[str, int]:
    """Connect as this process's one shard when the bot is split across processes; otherwise unsharded."""
    if settings.shard_count == 1:
        return {}
    return {"shard_count": settings.shard_count, "shard_id": settings.shard_ids[0]}  # type: ignore[index]


class MockInterviewerBot(commands.Bot):
    """Mock Interviewer's client; services are passed in, never read from globals."""

    # Set by the `cogs.mock` extension, which gives sessions their Discord rooms.
    lifecycle: SessionLifecycle
    # Set by the `cogs.daily` extension; `/config daily` arms and cancels a server's post through it.
    daily_poster: DailyPoster

    def __init__(self, settings: Settings, database: Database, bank: Bank, *, fire_timers: bool = True) -> None:
        # The bot never joins voice: discord.py's warning that voice libraries are missing is noise.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=bot_intents(),
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),  # echoed text never pings
            # A longer 429 (thread creation can be limited for minutes) raises, so we can tell the member.
            max_ratelimit_timeout=MAX_RATELIMIT_WAIT_SECONDS,
            max_messages=None,
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
            # Nothing waits for on_ready; the 2 s default only delays it (and start-up checks).
            guild_ready_timeout=GUILD_READY_TIMEOUT_SECONDS,
            **_shard_options(settings),
        )
        self.settings = settings
        self.database = database
        self.bank = bank
        self.scheduler = Scheduler()
        self.timers = TimerRegistry(
            self.scheduler, utcnow, shard_count=settings.shard_count, shard_ids=settings.shard_ids
        )
        self.sessions = SessionService(database, bank)
        self.deck = DeckService(database, bank)
        self.guild_config = GuildConfig(database)
        self.reviews = ReviewService(database, self.timers, utcnow)
        self.votes = VoteWriter(database, utcnow)
        self.leaderboards = LeaderboardService(database, self.timers, utcnow)
        self.stats = StatsService(database, utcnow)
        self.fire_timers = fire_timers

    async def setup_hook(self) -> None:
        """Load every cog (each registers its timer kinds), then rebuild the timers from the database."""
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        log.info("loaded %d cogs, %d questions", len(EXTENSIONS), len(self.bank))
        if self.fire_timers:
            self.scheduler.start()
            await self.timers.rebuild()

    async def on_ready(self) -> None:
        """Log the connection; commands are synced by `python -m bot sync-commands`, never here."""
        log.info("connected as %s to %d servers", self.user, len(self.guilds))

    async def close(self) -> None:
        """Stop timers, write every queued vote and release the database before disconnecting."""
        await self.scheduler.stop()
        await super().close()
        await self.votes.close()
        await self.database.dispose()
        log.info("stopped cleanly: timers stopped, queued reaction events written, database closed")
