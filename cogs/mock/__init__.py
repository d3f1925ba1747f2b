"""`/mock`: timed mock-interview sessions in threads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.clock import utcnow
from bot.services.lifecycle import SessionLifecycle
from cogs.mock._cog import Mock
from cogs.mock._deck import DeckButton, RecallSelect, take_note_form
from cogs.mock._room import ThreadRooms
from cogs.mock._views import RatingSelect, SessionButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Give sessions their lifecycle (timers post to the session's thread), and register the cog and the
    buttons that must keep working after a restart."""
    bot.lifecycle = SessionLifecycle(bot.sessions, bot.timers, ThreadRooms(bot), utcnow)
    bot.add_dynamic_items(SessionButton, RatingSelect, DeckButton, RecallSelect)
    bot.add_listener(take_note_form, "on_interaction")
    await bot.add_cog(Mock(bot))
