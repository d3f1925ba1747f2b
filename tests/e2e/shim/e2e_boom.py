"""Test-only extension: `/boom` raises, to check the friendly error reply and the logged error id."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class Boom(commands.Cog):
    """A command with a bug in it."""

    @app_commands.command(name="boom", description="Raise an exception (e2e tests only).")
    async def boom(self, interaction: discord.Interaction) -> None:
        """Fail before answering."""
        raise RuntimeError("boom: a bug in a command")

    @app_commands.command(name="boom-late", description="Defer, then raise (e2e tests only).")
    async def boom_late(self, interaction: discord.Interaction) -> None:
        """Fail after deferring."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        raise RuntimeError("boom-late: a bug after deferring")


async def setup(bot: commands.Bot) -> None:
    """Register the cog."""
    await bot.add_cog(Boom())
