"""`/config`: server settings for admins (Manage Server, checked in code)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError
from bot.core.review import MAX_WINDOW_HOURS

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


def require_manage_guild(interaction: discord.Interaction) -> None:
    """Raise unless the member may manage the server; `default_permissions` is only a hint to clients."""
    permissions = getattr(interaction.user, "guild_permissions", None)
    if permissions is None or not permissions.manage_guild:
        raise UserFacingError("Only members with the Manage Server permission can change the bot's settings.")


class Config(commands.Cog):
    """Admin settings."""

    config = app_commands.Group(
        name="config",
        description="Server settings for Mock Interviewer (admins)",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    @config.command(name="practice-channel")
    @app_commands.describe(channel="where /mock opens its threads; leave empty to use the channel of the command")
    async def practice_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Choose the channel where mock interview threads open"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.guild_config.set_practice_channel(interaction.guild_id, channel.id if channel else None)
        where = channel.mention if channel else "the channel where /mock is used"
        await interaction.followup.send(f"Mock interview threads will open in {where}.", ephemeral=True)

    @config.command(name="review-window")
    @app_commands.describe(hours=f"how long peers can review a finished session (1–{MAX_WINDOW_HOURS}, default 48)")
    async def review_window(
        self, interaction: discord.Interaction, hours: app_commands.Range[int, 1, MAX_WINDOW_HOURS]
    ) -> None:
        """Choose how long peer review stays open after a session ends"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.reviews.set_window_hours(interaction.guild_id, hours)
        await interaction.followup.send(
            f"Peer review now stays open {hours} h after each session ends (sessions ending from now on).",
            ephemeral=True,
        )

    @config.command(name="leaderboard-channel")
    @app_commands.describe(channel="where the weekly points board is kept up to date; leave empty to stop")
    async def leaderboard_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Keep a leaderboard in a channel, one message edited in place every few minutes"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.leaderboards.set_channel(interaction.guild_id, channel.id if channel else None)
        text = (
            f"The leaderboard will be kept up to date in {channel.mention}."
            if channel
            else "Leaderboard channel cleared."
        )
        await interaction.followup.send(text, ephemeral=True)


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(Config(bot))
