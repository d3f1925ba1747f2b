"""The session's thread as the lifecycle's room: nudges and the reveal, each part sent with its nonce."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord

from bot.core.questions import RUBRIC_CRITERIA
from bot.core.review import SCORE_EMOJI
from bot.core.session import Session
from bot.services.lifecycle import RevealPart, RoomGone
from bot.services.reviews import ReviewService
from bot.ui import review as review_ui
from bot.ui import session as ui
from cogs.mock._views import rating_views
from cogs.review._views import feedback_view

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

RATING_PROMPT = "Rate the session on the rubric (candidate: yourself; interviewer: the candidate)."


class ThreadRoom:
    """Posts to one session thread; a thread that is gone or closed to the bot raises RoomGone."""

    def __init__(self, thread: discord.abc.Messageable, reviews: ReviewService) -> None:
        self.thread = thread
        self.reviews = reviews

    async def nudge(self, session: Session, text: str) -> None:
        """Post an agenda reminder."""
        await self._send(None, content=f"⏰ {text}")

    def reveal(self, session: Session, headline: str) -> Sequence[RevealPart]:
        """Return the headline, key points, follow-ups, rating selects, the summary card and one review prompt per
        rubric criterion, in order."""
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
        parts.append(RevealPart("summary", send(self._summary, session), summary=True))
        parts += [
            RevealPart(f"review-{criterion}", send(self._prompt, session, criterion))
            for criterion in RUBRIC_CRITERIA[session.round]
        ]
        return parts

    async def _summary(self, session: Session, nonce: str) -> int:
        """Open the review window (once), then post the summary card that invites review until it closes."""
        closes_at = await self.reviews.open_window(session.id, session.guild_id)
        candidate = f"<@{session.candidate_id}>"
        interviewer = f"<@{session.interviewer_id}>" if session.interviewer_id else None
        embed = review_ui.invite_field(ui.summary_embed(session, candidate, interviewer), closes_at)
        return await self._send(nonce, embed=embed, view=feedback_view(session.id))

    async def _prompt(self, session: Session, criterion: str, nonce: str) -> int:
        """Post a criterion's prompt, remember it, and pre-add the four score reactions (adding again is a no-op)."""
        message_id = await self._send(nonce, content=review_ui.prompt_text(criterion))
        await self.reviews.add_prompt(session.id, criterion, self.thread.id, message_id)  # type: ignore[attr-defined]
        message = self.thread.get_partial_message(message_id)  # type: ignore[attr-defined]
        try:
            for emoji in SCORE_EMOJI:
                await message.add_reaction(emoji)
        except (discord.NotFound, discord.Forbidden) as exc:
            raise RoomGone(str(exc)) from exc
        return message_id

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
        return ThreadRoom(channel, self.bot.reviews)  # type: ignore[arg-type]
