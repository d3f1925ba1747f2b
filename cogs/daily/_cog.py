"""`/daily show · now · solved` and `/streak`; ✅ on a daily post marks it solved."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import utcnow
from bot.core.errors import UserFacingError
from bot.services.daily import DailyService
from bot.ui import daily as ui
from cogs.config import require_manage_guild
from cogs.daily._poster import DailyPoster

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)


class DailyCog(commands.Cog, name="Daily"):
    """The daily problem: commands, the ✅ reaction, and the button that opens a timed session."""

    daily_group = app_commands.Group(name="daily", description="The daily problem", guild_only=True)

    def __init__(self, bot: MockInterviewerBot, daily: DailyService, poster: DailyPoster) -> None:
        self.bot = bot
        self.daily = daily
        self.poster = poster

    @daily_group.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        """Show today's problem and its discussion thread"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        today = await self.daily.today(interaction.guild_id, utcnow())
        post = today if today is not None and today.message_id else await self.daily.latest(interaction.guild_id)
        await interaction.followup.send(ui.show_text(post, today=post is today), ephemeral=True)

    @daily_group.command(name="now")
    async def now(self, interaction: discord.Interaction) -> None:
        """Post today's problem now if it is not posted yet (Manage Server)"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await self.daily.settings(interaction.guild_id)
        if not settings.enabled:
            raise UserFacingError("The daily problem is off here: turn it on with `/config daily`.")
        today = await self.daily.today(interaction.guild_id, utcnow())
        if today is None or today.message_id is None:
            today = await self.poster.post(interaction.guild_id, utcnow(), restarted=False) or today
        if today is None or today.message_id is None:
            raise UserFacingError("Today's problem is being posted right now; look again in a moment.")
        await interaction.followup.send(f"Today's problem is posted: {ui.where(today)}.", ephemeral=True)

    @daily_group.command(name="solved")
    async def solved(self, interaction: discord.Interaction) -> None:
        """Mark the latest daily problem solved"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.daily.solve(interaction.guild_id, interaction.user.id, utcnow())
        assert result is not None
        already = "" if result.new else " (you had already marked it)"
        text = f"Solved **{result.post.question.title}**{already}. {ui.streak_text(result.streak)}"
        await interaction.followup.send(text, ephemeral=True)

    @app_commands.command(name="streak")
    @app_commands.guild_only()
    async def streak(self, interaction: discord.Interaction) -> None:
        """Show your daily-problem streak and the freezes you hold"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        current, zone = await self.daily.streak(interaction.guild_id, interaction.user.id, utcnow())
        await interaction.followup.send(ui.streak_text(current, zone), ephemeral=True)

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        """Mark a daily post solved when a member reacts ✅ on it (counted once, however often)."""
        if payload.guild_id is None or str(payload.emoji) != ui.SOLVED_EMOJI or payload.user_id == self.bot.user.id:
            return
        result = await self.daily.solve(payload.guild_id, payload.user_id, utcnow(), message_id=payload.message_id)
        if result is not None and result.new:
            log.info("daily post %s solved by a member of server %s", result.post.id, payload.guild_id)

    async def start_mock(self, interaction: discord.Interaction, post_id: int) -> None:
        """Open a timed /mock session on a daily post's question (the mock cog's own opening)."""
        from cogs.mock._cog import Mock

        mock = self.bot.get_cog(Mock.__cog_name__)
        post = await self.daily.post(post_id)
        if not isinstance(mock, Mock) or post is None:
            raise UserFacingError("That daily problem is no longer available.")
        await mock.open_session(interaction, post.question.round, None, None, None, False, question_id=post.question.id)
