"""One place that turns command errors into friendly ephemeral replies."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import UserFacingError

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)


def explain(error: app_commands.AppCommandError) -> str | None:
    """Return the message for an expected error, or None for a bug."""
    original = getattr(error, "original", error)
    if isinstance(original, UserFacingError):
        return original.message
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"You need the {needed} permission to use this command."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works inside a server."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.TransformerError):
        return f"I could not read {error.value!r} as a {error.type.name.lower()}."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    return None


async def reply_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """Send an ephemeral reply whether or not the interaction was already acknowledged."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)


class ErrorHandler(commands.Cog):
    """Owns the app-command tree's error handler."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        """Install the handler on the tree."""
        self.bot.tree.on_error = self.on_app_command_error

    async def cog_unload(self) -> None:
        """Restore the default handler."""
        self.bot.tree.on_error = app_commands.CommandTree.on_error.__get__(self.bot.tree)

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Explain expected errors; log bugs with an id the member can quote."""
        message = explain(error)
        if message is None:
            error_id = secrets.token_hex(4)
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("error %s in /%s", error_id, command, exc_info=getattr(error, "original", error))
            message = f"Something went wrong on our side. If it keeps happening, tell an admin error id `{error_id}`."
        try:
            await reply_ephemeral(interaction, message)
        except discord.HTTPException:
            log.warning("could not deliver an error reply for interaction %s", interaction.id)


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(ErrorHandler(bot))
