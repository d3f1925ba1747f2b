"""`/mock`: timed mock-interview sessions in threads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.mock._cog import Mock
from cogs.mock._views import RatingSelect, SessionButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog and the buttons that must keep working after a restart."""
    bot.add_dynamic_items(SessionButton, RatingSelect)
    await bot.add_cog(Mock(bot))
