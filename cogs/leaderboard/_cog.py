"""`/leaderboard` and the server's leaderboard channel, edited in place."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.leaderboard import BoardKind, BoardPage, BoardQuery
from bot.core.questions import Round
from bot.core.scoring import Period
from bot.ui.leaderboard import leaderboard_embed
from cogs.leaderboard._views import pager

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

PERIODS = [app_commands.Choice(name=p.value, value=p.value) for p in Period]
ROUNDS = [app_commands.Choice(name=r.label, value=r.value) for r in Round]
BOARDS = [app_commands.Choice(name=k.value, value=k.value) for k in BoardKind]


class Leaderboard(commands.Cog):
    """Leaderboards of points and of reviewers."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.boards = bot.leaderboards
        self.boards.channel = self

    @app_commands.command(name="leaderboard")
    @app_commands.guild_only()
    @app_commands.describe(
        period="this week, this month or all time (UTC)", round_="one round only", board="points or reviews given"
    )
    @app_commands.rename(round_="round")
    @app_commands.choices(period=PERIODS, round_=ROUNDS, board=BOARDS)
    async def leaderboard(
        self,
        interaction: discord.Interaction,
        period: str = Period.WEEK.value,
        round_: str | None = None,
        board: str = BoardKind.POINTS.value,
    ) -> None:
        """Show the leaderboard and your own rank"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        query = BoardQuery(Period(period), Round(round_) if round_ else None, BoardKind(board))
        page = await self.boards.page(interaction.guild_id, query, 0, interaction.user.id)
        await interaction.followup.send(embed=leaderboard_embed(page), view=pager(page), ephemeral=True)

    async def turn(self, interaction: discord.Interaction, query: BoardQuery, page: int) -> None:
        """Show another page of a board in the same message."""
        await interaction.response.defer()
        board = await self.boards.page(interaction.guild_id, query, page, interaction.user.id)
        await interaction.edit_original_response(embed=leaderboard_embed(board), view=pager(board))

    async def show(self, channel_id: int, message_id: int | None, board: BoardPage) -> int | None:
        """Edit the channel's board in place, or post it once (the ChannelBoard port)."""
        channel = self.bot.get_partial_messageable(channel_id)
        embed = leaderboard_embed(board, caller_line=False)
        try:
            if message_id is not None:
                try:
                    await channel.get_partial_message(message_id).edit(embed=embed)
                    return message_id
                except discord.NotFound:
                    log.info("the leaderboard message %s is gone; posting a new one", message_id)
            return (await channel.send(embed=embed, allowed_mentions=discord.AllowedMentions.none())).id
        except (discord.NotFound, discord.Forbidden) as exc:
            log.info("cannot show the leaderboard in channel %s: %s", channel_id, exc)
            return None
