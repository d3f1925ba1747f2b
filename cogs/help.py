"""`/help`: what the bot can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ui.help import help_embed

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


class Help(commands.Cog):
    """The help command."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """List Mock Interviewer's commands."""
        judge = self.bot.get_cog("Judge")
        judge_off = getattr(judge, "off_reason", None) if judge else "the judge is not loaded"
        await interaction.response.send_message(
            embed=help_embed(self.bot.tree.get_commands(), judge_off), ephemeral=True
        )


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(Help(bot))
