"""The session's thread as the lifecycle's room: nudges and the reveal, each part sent with its nonce."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.core.session import Session
from bot.services.lifecycle import RevealPart, RoomGone
from bot.ui import session as ui
from cogs.mock._views import rating_views

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

RATING_PROMPT = "Rate the session on the rubric (candidate: yourself; interviewer: the candidate)."


class ThreadRoom:
    """Posts to one session thread; a thread that is gone or closed to the bot raises RoomGone."""

    def __init__(self, thread: discord.abc.Messageable) -> None:
        self.thread = thread

    async def nudge(self, session: Session, text: str) -> None:
        """Post an agenda reminder."""
        await self._send(None, content=f"⏰ {text}")

    def reveal(self, session: Session, headline: str) -> Sequence[RevealPart]:
        """Return the headline, key points, follow-ups, rating selects and the summary card, in order."""
        send = functools.partial
        parts = [RevealPart("headline", send(self._send, content=f"🏁 **{headline}.** Here is what good looks like:"))]
        parts += [
            RevealPart(f"key-points-{i}", send(self._send, embeds=embeds))
            for i, embeds in enumerate(ui.batches(ui.reveal_embeds(session)), start=1)
        ]
        parts.append(RevealPart("follow-ups", send(self._send, content=ui.follow_up_text(session))))
        parts += [
            RevealPart(f"ratings-{i}", send(self._send, content=RATING_PROMPT, view=view))
            for i, view in enumerate(rating_views(session), start=1)
        ]
        candidate = f"<@{session.candidate_id}>"
        interviewer = f"<@{session.interviewer_id}>" if session.interviewer_id else None
        parts.append(RevealPart("summary", send(self._send, embed=ui.summary_embed(session, candidate, interviewer))))
        return parts

    async def _send(self, nonce: str | None, **message: Any) -> int:
        try:
            sent = await self.thread.send(nonce=nonce, **message) if nonce else await self.thread.send(**message)
        except (discord.NotFound, discord.Forbidden) as exc:
            raise RoomGone(str(exc)) from exc
        return sent.id


class ThreadRooms:
    """Finds the room of a session: its thread, fetched once if it is not cached."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    async def __call__(self, session: Session) -> ThreadRoom | None:
        """Return the session's thread room, or None if it has no thread or the thread is gone."""
        thread_id = await self.bot.sessions.thread_of(session.id)
        if thread_id is None:
            return None
        channel = self.bot.get_channel(thread_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(thread_id)
            except (discord.NotFound, discord.Forbidden):
                log.info("thread %s of session %s is gone", thread_id, session.id)
                return None
        return ThreadRoom(channel)  # type: ignore[arg-type]
