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
        await interaction.response.send_message(embed=help_embed(self.bot.tree.get_commands()), ephemeral=True)


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(Help(bot))
