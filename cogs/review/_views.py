"""Review buttons and the feedback form; custom ids carry the session or feedback id so they survive restarts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.review import MAX_FEEDBACK_CHARS, MIN_FEEDBACK_CHARS
from bot.ui.errors import report

if TYPE_CHECKING:
    from cogs.review._cog import Review

# A dismissed modal is never reported; forget it after an hour of writing time.
MODAL_TIMEOUT_SECONDS = 3_600


def _review(interaction: discord.Interaction) -> Review:
    from cogs.review._cog import Review  # the cog imports this module

    cog = interaction.client.get_cog(Review.__cog_name__)  # type: ignore[union-attr]
    if not isinstance(cog, Review):  # pragma: no cover - the cog registers these items
        raise RuntimeError("the Review cog is not loaded")
    return cog


class FeedbackButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:f:(?P<id>\d+)"):
    """Opens the written-feedback form of a session."""

    def __init__(self, session_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Leave feedback", style=discord.ButtonStyle.primary, emoji="💬", custom_id=f"mi:f:{session_id}"
            )
        )
        self.session_id = session_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> FeedbackButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Open the form if the member may review."""
        try:
            await _review(interaction).open_feedback(interaction, self.session_id)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"feedback button of session {self.session_id}")


class HelpfulButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:h:(?P<id>\d+)"):
    """Lets the candidate mark a feedback helpful."""

    def __init__(self, feedback_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful", style=discord.ButtonStyle.success, emoji="🙏", custom_id=f"mi:h:{feedback_id}"
            )
        )
        self.feedback_id = feedback_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> HelpfulButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Mark the feedback helpful."""
        try:
            await _review(interaction).mark_helpful(interaction, self.feedback_id)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"helpful mark of feedback {self.feedback_id}")


class FeedbackModal(discord.ui.Modal, title="Written feedback"):
    """Up to 1,000 characters of constructive feedback."""

    body: discord.ui.TextInput = discord.ui.TextInput(
        label="What went well, and what to try next",
        style=discord.TextStyle.paragraph,
        min_length=MIN_FEEDBACK_CHARS,
        max_length=MAX_FEEDBACK_CHARS,
    )

    def __init__(self, session_id: int) -> None:
        super().__init__(timeout=MODAL_TIMEOUT_SECONDS, custom_id=f"mi:fm:{session_id}")
        self.session_id = session_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Store the feedback and post it in the thread."""
        await _review(interaction).submit_feedback(interaction, self.session_id, self.body.value)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        """Explain what went wrong instead of logging silently."""
        await report(interaction, error, f"feedback on session {self.session_id}")


def feedback_view(session_id: int) -> discord.ui.View:
    """Return the summary card's button (persistent: no timeout)."""
    view = discord.ui.View(timeout=None)
    view.add_item(FeedbackButton(session_id))
    return view


def helpful_view(feedback_id: int) -> discord.ui.View:
    """Return a feedback message's button (persistent: no timeout)."""
    view = discord.ui.View(timeout=None)
    view.add_item(HelpfulButton(feedback_id))
    return view
