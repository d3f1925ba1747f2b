"""`/stats [member]`: a practice profile with a chart drawn off the event loop."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ui.chart import render_png
from bot.ui.stats import CHART_FILE, stats_embed

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


class Stats(commands.Cog):
    """Practice statistics."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    @app_commands.command(name="stats")
    @app_commands.guild_only()
    @app_commands.describe(member="whose stats to show (yours by default)")
    async def stats(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        """Show sessions per round, scores per criterion, what to work on next, and a chart"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        target = member or interaction.user
        profile = await self.bot.stats.profile(interaction.guild_id, target.id)
        # The first matplotlib import and draw take seconds: never on the event loop.
        png = await asyncio.to_thread(render_png, profile, target.display_name)
        await interaction.followup.send(
            embed=stats_embed(profile, target.display_name, chart=True),
            file=discord.File(io.BytesIO(png), filename=CHART_FILE),
            ephemeral=True,
        )


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(Stats(bot))
