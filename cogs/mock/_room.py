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
from bot.services.judge_runs import JudgeRunService
from bot.services.lifecycle import RevealPart, RoomGone
from bot.ui import deck as deck_ui
from bot.ui import review as review_ui
from bot.ui import session as ui
from cogs.mock._deck import deck_view, recall_view
from cogs.mock._views import rating_views
from cogs.review._views import feedback_view

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

RATING_PROMPT = "Rate the session on the rubric (candidate: yourself; interviewer: the candidate)."


# Discord's codes for a thread the bot can no longer post in: unknown channel, missing access, missing
# permissions, thread archived (and locked), thread locked, cannot send to this user (closed DMs).
UNUSABLE = {10003, 50001, 50013, 50083, 160005, 50007}


class ThreadRoom:
    """Posts to a session's thread; if the thread is gone or closed to the bot, the reveal goes to the candidate's
    direct messages instead (nudges are dropped), and if those are closed too, RoomGone is raised."""

    def __init__(
        self,
        bot: MockInterviewerBot,
        thread: discord.abc.Messageable | None,
        candidate_id: int,
        known: frozenset[str] = frozenset(),
    ) -> None:
        self.bot = bot
        self.known = known  # the session's questions already in the candidate's deck: re-attempts
        self.target = thread
        self.candidate_id = candidate_id
        self.where = f"<#{thread.id}>" if isinstance(thread, discord.Thread) else "its thread"
        self._in_dm = False
        self.reviews = bot.reviews

    async def nudge(self, session: Session, text: str, nonce: str) -> None:
        """Post an agenda reminder in the thread, with its nonce: Discord never creates it twice."""
        if self.target is None:
            raise RoomGone("no thread")
        await self._send(nonce, fallback=False, content=f"⏰ {text}")

    def reveal(self, session: Session, headline: str) -> Sequence[RevealPart]:
        """Return the headline, the recall rating of a re-attempt, key points, follow-ups, rating selects, the deck
        offer, the summary card and one review prompt per rubric criterion, in order."""
        send = functools.partial
        parts = [RevealPart("headline", send(self._send, content=f"🏁 **{headline}.** Here is what good looks like:"))]
        if self.known:
            recall = send(
                self._send, content=deck_ui.recall_text(session, self.known), view=recall_view(session, self.known)
            )
            parts.append(RevealPart("recall", recall))
        parts += [
            RevealPart(f"key-points-{i}", send(self._send, embeds=embeds))
            for i, embeds in enumerate(ui.batches(ui.reveal_embeds(session)), start=1)
        ]
        parts.append(RevealPart("follow-ups", send(self._send, content=ui.follow_up_text(session))))
        parts += [
            RevealPart(f"ratings-{i}", send(self._send, content=RATING_PROMPT, view=view))
            for i, view in enumerate(rating_views(session), start=1)
        ]
        parts.append(RevealPart("deck", send(self._send, content=deck_ui.offer_text(session), view=deck_view(session))))
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
        best = await JudgeRunService(self.bot.database).best_for_session(session.id)
        summary = ui.summary_embed(session, candidate, interviewer, best.summary() if best else None)
        embed = review_ui.invite_field(summary, closes_at)
        return await self._send(nonce, embed=embed, view=feedback_view(session.id))

    async def _prompt(self, session: Session, criterion: str, nonce: str) -> int | None:
        """Post a criterion's prompt, remember it, and pre-add the four score reactions (adding again is a no-op).

        Peer review happens in the thread: when the reveal went to the candidate's DMs, no prompt is posted.
        """
        if self._in_dm or not isinstance(self.target, discord.Thread):
            return None
        message_id = await self._send(nonce, content=review_ui.prompt_text(criterion))
        await self.reviews.add_prompt(session.id, criterion, self.target.id, message_id)
        message = self.target.get_partial_message(message_id)
        try:
            for emoji in SCORE_EMOJI:
                await message.add_reaction(emoji)
        except (discord.NotFound, discord.Forbidden) as exc:
            raise RoomGone(str(exc)) from exc
        return message_id

    async def _send(self, nonce: str | None, *, fallback: bool = True, **message: Any) -> int:
        if self.target is not None:
            try:
                return await _post(self.target, nonce, message)
            except discord.HTTPException as exc:
                if exc.code not in UNUSABLE:
                    raise
                if self._in_dm or not fallback:
                    raise RoomGone(str(exc)) from exc
                log.info("session thread unusable (%s); sending the rest to the candidate's DMs", exc.code)
        if not fallback or self._in_dm:
            raise RoomGone("the candidate's direct messages are closed too")
        try:
            user = self.bot.get_user(self.candidate_id) or await self.bot.fetch_user(self.candidate_id)
            self.target, self._in_dm, self.where = await user.create_dm(), True, "your direct messages"
            return await _post(self.target, nonce, message)
        except discord.HTTPException as exc:
            raise RoomGone(f"direct messages: {exc}") from exc


async def _post(target: discord.abc.Messageable, nonce: str | None, message: dict[str, Any]) -> int:
    sent = await target.send(nonce=nonce, **message) if nonce else await target.send(**message)
    return sent.id


class ThreadRooms:
    """Finds the room of a session: its thread, fetched once if it is not cached."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot

    async def __call__(self, session: Session) -> ThreadRoom:
        """Return the session's room; its thread is None if it never had one or it is gone."""
        thread_id = await self.bot.sessions.thread_of(session.id)
        channel = self.bot.get_channel(thread_id) if thread_id else None
        if channel is None and thread_id is not None:
            try:
                channel = await self.bot.fetch_channel(thread_id)
            except (discord.NotFound, discord.Forbidden):
                log.info("thread %s of session %s is gone", thread_id, session.id)
        questions = [question.id for question in session.questions]
        known = await self.bot.deck.known_before(session.guild_id, session.candidate_id, questions, session.started_at)
        return ThreadRoom(self.bot, channel, session.candidate_id, frozenset(known))  # type: ignore[arg-type]
