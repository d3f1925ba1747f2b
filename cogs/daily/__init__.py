"""`/daily` and `/streak`: the daily problem, posted once a day per server at its own time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.services.daily import DailyService
from bot.timers import RUN_LATE, TimerKind
from cogs.daily._cog import DailyCog
from cogs.daily._poster import HINT_KIND, POST_KIND, DailyPoster
from cogs.daily._views import StartMockButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Register the post and hint timer kinds, the persistent button and the cog."""
    daily = DailyService(bot.database, bot.bank)
    poster = DailyPoster(bot, daily)
    bot.daily_poster = poster
    # Each server's own cutoff is applied by the handler, which logs and skips a post too late to send.
    bot.timers.register(TimerKind(POST_KIND, poster.on_post_due, poster.pending_posts, catch_up=RUN_LATE))
    bot.timers.register(TimerKind(HINT_KIND, poster.on_hint_due, poster.pending_hints, catch_up=RUN_LATE))
    bot.add_dynamic_items(StartMockButton)
    await bot.add_cog(DailyCog(bot, daily, poster))
