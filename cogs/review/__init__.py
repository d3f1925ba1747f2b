"""Peer review of finished sessions: reactions, written feedback and the result when the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.review._cog import Review
from cogs.review._views import FeedbackButton, HelpfulButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog and the buttons that must keep working after a restart."""
    bot.add_dynamic_items(FeedbackButton, HelpfulButton)
    await bot.add_cog(Review(bot))
