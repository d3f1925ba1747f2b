"""Peer review in Discord: votes from raw reaction events, written feedback, helpful marks, the result post."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.core.review import SCORE_EMOJI, ReviewResult
from bot.services.reactions import ReactionEvent, Replaced
from bot.services.reviews import Reactor
from bot.ui import review as ui
from cogs.review._views import FeedbackModal, helpful_view

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)


def result_nonce(session_id: int) -> str:
    """Return the nonce of a window's result post: a retry after a crash never posts it twice."""
    return f"mi-rv{session_id}"


class Review(commands.Cog):
    """Peer review of finished sessions."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.reviews = bot.reviews
        self.reviews.board = self
        bot.votes.on_replaced = self.remove_replaced

    # -- reactions --------------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """Queue a vote; no message cache is needed: the prompt is looked up by message id."""
        self._queue(payload, added=True)

    @commands.Cog.listener()
    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        """Queue a withdrawn vote."""
        self._queue(payload, added=False)

    def _queue(self, payload: discord.RawReactionActionEvent, *, added: bool) -> None:
        if payload.guild_id is None or payload.emoji.id is not None:
            return
        me = self.bot.user.id if self.bot.user else None
        is_bot = payload.user_id == me or bool(payload.member and payload.member.bot)
        self.bot.votes.submit(ReactionEvent(payload.message_id, payload.user_id, payload.emoji.name, added, is_bot))

    async def remove_replaced(self, replaced: Sequence[Replaced]) -> None:
        """Remove each reviewer's earlier reaction that a new one replaced (needs Manage Messages)."""
        for item in replaced:
            message = self.bot.get_partial_messageable(item.channel_id).get_partial_message(item.message_id)
            try:
                await message.remove_reaction(item.emoji, discord.Object(item.user_id))
            except (discord.Forbidden, discord.NotFound) as exc:
                log.info("could not remove a replaced reaction on %s: %s", item.message_id, exc)

    # -- the board port: reading reactions and posting the result ----------------------------------

    async def reactions(self, channel_id: int, message_id: int) -> list[Reactor] | None:
        """Return everyone who reacts with a score on a prompt now, fetching every page of users."""
        try:
            message = await self.bot.get_partial_messageable(channel_id).fetch_message(message_id)
            found = []
            for reaction in message.reactions:
                if str(reaction.emoji) in SCORE_EMOJI:
                    async for user in reaction.users(limit=None):
                        found.append(Reactor(user.id, user.bot, str(reaction.emoji)))
            return found
        except (discord.NotFound, discord.Forbidden) as exc:
            log.info("cannot read the reactions of prompt %s: %s", message_id, exc)
            return None

    async def post_result(self, result: ReviewResult) -> None:
        """Post the result in the session's thread."""
        if result.thread_id is None:
            return
        try:
            await self.bot.get_partial_messageable(result.thread_id).send(
                ui.result_text(result),
                nonce=result_nonce(result.session_id),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except (discord.NotFound, discord.Forbidden) as exc:
            log.info("cannot post the review result of session %s: %s", result.session_id, exc)

    # -- feedback ---------------------------------------------------------------------------------

    async def open_feedback(self, interaction: discord.Interaction, session_id: int) -> None:
        """Show the feedback form to a member who may review (a read: the modal is the acknowledgement)."""
        await self.reviews.check_reviewer(session_id, interaction.user.id)
        await interaction.response.send_modal(FeedbackModal(session_id))

    async def submit_feedback(self, interaction: discord.Interaction, session_id: int, text: str) -> None:
        """Store feedback and post it in the thread, pinging nobody."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        feedback_id = await self.reviews.add_feedback(session_id, interaction.user.id, text)
        sent = await interaction.channel.send(
            embed=ui.feedback_embed(interaction.user.display_name, text.strip(), session_id),
            view=helpful_view(feedback_id),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        await self.reviews.set_feedback_message(feedback_id, sent.id)
        await interaction.followup.send("Thank you: your feedback is posted in the thread.", ephemeral=True)

    async def mark_helpful(self, interaction: discord.Interaction, feedback_id: int) -> None:
        """Let the candidate thank a reviewer."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        _, newly = await self.reviews.mark_helpful(feedback_id, interaction.user.id)
        text = "Marked helpful: the reviewer earns points for it." if newly else "You already marked this helpful."
        await interaction.followup.send(text, ephemeral=True)
