"""`/leaderboard`: points and reviewers, by week, month or all time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.leaderboard._cog import Leaderboard
from cogs.leaderboard._views import PageButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog and the page buttons that must keep working after a restart."""
    bot.add_dynamic_items(PageButton)
    await bot.add_cog(Leaderboard(bot))
