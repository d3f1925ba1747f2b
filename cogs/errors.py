"""One place that turns command errors into friendly ephemeral replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ui.errors import report

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


class ErrorHandler(commands.Cog):
    """Owns the app-command tree's error handler."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        """Install the handler on the tree."""
        self.bot.tree.on_error = self.on_app_command_error

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Explain expected errors; log bugs with an id the member can quote."""
        command = interaction.command.qualified_name if interaction.command else "?"
        await report(interaction, error, f"/{command}")


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(ErrorHandler(bot))
