"""Per-server settings that admins change."""

from __future__ import annotations

from bot.db.engine import Database
from bot.db.models import GuildSettings
from bot.db.repositories import GuildRepository


class GuildConfig:
    """Read and change a server's configuration."""

    def __init__(self, database: Database) -> None:
        self.database = database

    async def practice_channel(self, guild_id: int) -> int | None:
        """Return the channel where sessions open threads, if an admin set one."""
        async with self.database.read() as tx:  # every /mock asks: no write lock for a read
            settings = await tx.get(GuildSettings, guild_id)
            return settings.practice_channel_id if settings else None

    async def set_practice_channel(self, guild_id: int, channel_id: int | None) -> None:
        """Set (or clear, with None) the practice channel."""
        async with self.database.write() as tx:
            (await GuildRepository(tx).get_or_create(guild_id)).practice_channel_id = channel_id
