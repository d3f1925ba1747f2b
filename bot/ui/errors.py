"""Turn errors into the ephemeral replies members see; bugs get an id they can quote."""

from __future__ import annotations

import logging
import secrets

import discord
from discord import app_commands

from bot.core.errors import UserFacingError
from bot.core.render import clip
from bot.ui.fit import CONTENT_LIMIT

log = logging.getLogger(__name__)


def explain(error: BaseException) -> str | None:
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
    """Send an ephemeral reply whether or not the interaction was already acknowledged.

    The text is clipped to Discord's 2,000-character content limit: an error quoting a pasted wall of text must
    still arrive.
    """
    text = clip(text, CONTENT_LIMIT)
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)


async def report(interaction: discord.Interaction, error: BaseException, where: str) -> None:
    """Explain an expected error, or log a bug with an id and tell the member that id.

    While the bot shuts down (SIGTERM, Ctrl-C) work in flight fails as its connection closes: that is one log line,
    not a bug, and nobody can be answered any more. A reveal cut short resumes at the next start; anything else
    the member does again.
    """
    if interaction.client.is_closed():
        log.info("%s cut short by the shutdown (%s)", where, type(error).__name__)
        return
    message = explain(error)
    if message is None:
        error_id = secrets.token_hex(4)
        log.error("error %s in %s", error_id, where, exc_info=getattr(error, "original", error))
        message = f"Something went wrong on our side. If it keeps happening, tell an admin error id `{error_id}`."
    try:
        await reply_ephemeral(interaction, message)
    except discord.HTTPException:
        log.warning("could not deliver an error reply for interaction %s", interaction.id)
