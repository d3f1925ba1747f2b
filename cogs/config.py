"""`/config`: server settings for admins (Manage Server, checked in code), and each member's own time zone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import utcnow
from bot.core.daily import parse_time, parse_zone, zone_matches
from bot.core.errors import UserFacingError
from bot.core.review import MAX_WINDOW_HOURS
from bot.services.daily import DailyService
from bot.ui import daily as ui

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot
    from cogs.deck import Deck

RoundChoice = Literal["coding", "ml-coding", "ml-theory", "system-design", "behavioral", "mix"]
DifficultyChoice = Literal["easy", "medium", "hard", "rotate"]


def require_manage_guild(interaction: discord.Interaction) -> None:
    """Raise unless the member may manage the server; `default_permissions` is only a hint to clients."""
    permissions = getattr(interaction.user, "guild_permissions", None)
    if permissions is None or not permissions.manage_guild:
        raise UserFacingError("Only members with the Manage Server permission can change the bot's settings.")


class Config(commands.Cog):
    """Admin settings, and a member's own time zone."""

    # No `default_permissions`: members need `/config my-timezone`; every server setting checks Manage Server in code.
    config = app_commands.Group(name="config", description="Settings for Mock Interviewer", guild_only=True)

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.daily = DailyService(bot.database, bot.bank)

    @config.command(name="practice-channel")
    @app_commands.describe(channel="where /mock opens its threads; leave empty to use the channel of the command")
    async def practice_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Choose the channel where mock interview threads open (Manage Server)"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.guild_config.set_practice_channel(interaction.guild_id, channel.id if channel else None)
        where = channel.mention if channel else "the channel where /mock is used"
        await interaction.followup.send(f"Mock interview threads will open in {where}.", ephemeral=True)

    @config.command(name="review-window")
    @app_commands.describe(hours=f"how long peers can review a finished session (1–{MAX_WINDOW_HOURS}, default 48)")
    async def review_window(
        self, interaction: discord.Interaction, hours: app_commands.Range[int, 1, MAX_WINDOW_HOURS]
    ) -> None:
        """Choose how long peer review stays open after a session ends"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.reviews.set_window_hours(interaction.guild_id, hours)
        await interaction.followup.send(
            f"Peer review now stays open {hours} h after each session ends (sessions ending from now on).",
            ephemeral=True,
        )

    @config.command(name="leaderboard-channel")
    @app_commands.describe(channel="where the weekly points board is kept up to date; leave empty to stop")
    async def leaderboard_channel(
        self, interaction: discord.Interaction, channel: discord.TextChannel | None = None
    ) -> None:
        """Keep a leaderboard in a channel, one message edited in place every few minutes"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.leaderboards.set_channel(interaction.guild_id, channel.id if channel else None)
        text = (
            f"The leaderboard will be kept up to date in {channel.mention}."
            if channel
            else "Leaderboard channel cleared."
        )
        await interaction.followup.send(text, ephemeral=True)

    @config.command(name="daily")
    @app_commands.describe(
        channel="where the daily problem is posted",
        time="local time of the post, 24-hour HH:MM, e.g. 09:30",
        timezone="IANA time zone of the server, e.g. Europe/Berlin",
        round_="which round's questions (mix rotates through all five)",
        difficulty="easy, medium, hard, or rotate",
        role="a role to ping with each post (none if empty)",
        skip_after_hours="a post this many hours late (the bot was down) is skipped, not sent; 6 by default",
    )
    @app_commands.rename(round_="round")
    async def daily(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        time: str,
        timezone: str,
        round_: RoundChoice = "mix",
        difficulty: DifficultyChoice = "rotate",
        role: discord.Role | None = None,
        skip_after_hours: app_commands.Range[int, 1, 23] = 6,
    ) -> None:
        """Post a problem every day at the server's time (Manage Server)"""
        require_manage_guild(interaction)
        at, zone = parse_time(time), parse_zone(timezone)
        await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await self.daily.configure(
            interaction.guild_id,
            channel_id=channel.id,
            at=at,
            zone=zone,
            round_=round_,
            difficulty=difficulty,
            role_id=role.id if role else None,
            cutoff=dt.timedelta(hours=skip_after_hours),
            now=utcnow(),
        )
        self.bot.daily_poster.schedule(interaction.guild_id, at, zone)
        await self._deck_reminders_follow(interaction.guild_id, None)
        first = settings.schedule.next_post(utcnow())
        ping = f", pinging {role.mention}" if role else ""
        await interaction.followup.send(
            f"The daily problem will be posted in {channel.mention} every day at {at:%H:%M} {zone}{ping} "
            f"({round_}, {difficulty}); the next one <t:{int(first.timestamp())}:R>.",
            ephemeral=True,
        )

    @daily.autocomplete("timezone")
    async def _zones(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in zone_matches(current)]

    @config.command(name="daily-off")
    async def daily_off(self, interaction: discord.Interaction) -> None:
        """Stop posting the daily problem (Manage Server)"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.daily.turn_off(interaction.guild_id)
        self.bot.daily_poster.unschedule(interaction.guild_id)
        await interaction.followup.send("The daily problem is off. `/config daily` turns it on again.", ephemeral=True)

    @config.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        """List every server setting (Manage Server)"""
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await self.daily.settings(interaction.guild_id)
        await interaction.followup.send(ui.settings_text(settings), ephemeral=True)

    @config.command(name="my-timezone")
    @app_commands.describe(
        timezone="your IANA time zone, e.g. Europe/Berlin: your streak days and review reminders follow it"
    )
    async def my_timezone(self, interaction: discord.Interaction, timezone: str) -> None:
        """Set the time zone of your daily streak and your review reminders"""
        zone = parse_zone(timezone)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.daily.set_member_zone(interaction.guild_id, interaction.user.id, zone)
        await self._deck_reminders_follow(interaction.guild_id, interaction.user.id)
        await interaction.followup.send(
            f"Your time zone is now {zone}: your streak days are counted in it, and your review reminders "
            "(`/review remind`) come at their time in it.",
            ephemeral=True,
        )

    async def _deck_reminders_follow(self, guild_id: int, user_id: int | None) -> None:
        """Move running review reminders to the changed zone: one member's, or (None) those following the server's."""
        deck: Deck | None = self.bot.get_cog("Deck")  # type: ignore[assignment]
        if deck is None:  # pragma: no cover - every cog is loaded together
            return
        if user_id is None:
            await deck.follow_server_zone(guild_id)
        else:
            await deck.follow_member_zone(guild_id, user_id)

    @my_timezone.autocomplete("timezone")
    async def _my_zones(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in zone_matches(current)]


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog."""
    await bot.add_cog(Config(bot))
