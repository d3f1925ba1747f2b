"""`/review`: the member's review deck (due, start, note, remove, export, remind), and its daily reminder.

The reminder is a direct message; to a member whose direct messages are closed it is a line in the server's
latest daily-problem thread instead (pinging only that member, who asked for it), or nothing when there is none.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import utcnow
from bot.core.errors import UserFacingError
from bot.services.daily import DailyService
from bot.services.daily_views import NoDailyYet
from bot.services.deck import Reminder
from bot.timers import Daily, Due, Pending, TimerKind
from bot.ui import deck as ui

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot
    from cogs.mock import Mock

log = logging.getLogger(__name__)

REMIND = "deck-remind"
# Discord's JSON error code for "Cannot send messages to this user" (closed direct messages).
# Source: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
DMS_CLOSED = 50007
DEFAULT_REMIND_AT = dt.time(18, 0)
AUTOCOMPLETE_LIMIT = 25


def parse_time(text: str | None) -> dt.time:
    """Return a local time from `HH:MM` (or `HH:MM:SS`); raise UserFacingError for anything else."""
    if not text:
        return DEFAULT_REMIND_AT
    try:
        parts = [int(part) for part in text.strip().split(":")]
        if len(parts) not in (2, 3):
            raise ValueError(text)
        return dt.time(*parts)
    except ValueError:
        raise UserFacingError(f"I could not read {text!r} as a time: use HH:MM, e.g. 18:30.") from None


def _key(guild_id: int, user_id: int) -> str:
    """Return a member's reminder timer id; `_on_reminder` reads it back."""
    return f"{guild_id}:{user_id}"


class Deck(commands.Cog):
    """The review deck of each member."""

    review = app_commands.Group(name="review", description="Your review deck of hard questions", guild_only=True)

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.deck = bot.deck
        self.daily = DailyService(bot.database, bot.bank)
        bot.timers.register(TimerKind(REMIND, self._on_reminder, self._pending_reminders))

    @review.command(name="due")
    async def due(self, interaction: discord.Interaction) -> None:
        """List the cards of your review deck that are due now"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild, user, now = interaction.guild_id, interaction.user.id, utcnow()
        due = await self.deck.due(guild, user, now)
        cards = await self.deck.cards(guild, user)
        upcoming = next((card.due for card in cards if card.due > now), None)
        await interaction.followup.send(ui.due_text(due, len(cards), upcoming), ephemeral=True)

    @review.command(name="start")
    @app_commands.describe(private="open a private thread instead of a public one")
    async def start(self, interaction: discord.Interaction, private: bool = False) -> None:
        """Re-attempt the most overdue card as a timed session; rate your recall at the end"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        card = await self.deck.next_due(interaction.guild_id, interaction.user.id, utcnow())
        question = self.deck.question(card.question_id)
        if question is None:  # pragma: no cover - next_due skips cards whose question left the banks
            raise UserFacingError(f"{card.question_id} is no longer in the banks.")
        mock: Mock = self.bot.get_cog("Mock")  # type: ignore[assignment]
        await mock.open_session(interaction, question.round, None, None, None, private, question_id=question.id)

    @review.command(name="note")
    @app_commands.describe(question="the card's question id", note="the key idea or algorithm, one line")
    async def note(self, interaction: discord.Interaction, question: str, note: str) -> None:
        """Replace the note of a card"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        line = await self.deck.note(interaction.guild_id, interaction.user.id, question, note)
        await interaction.followup.send(
            f"Note of `{question}` saved: {ui.spoiler(line) if line else '(empty)'}", ephemeral=True
        )

    @review.command(name="remove")
    @app_commands.describe(question="the card's question id")
    async def remove(self, interaction: discord.Interaction, question: str) -> None:
        """Remove a card and its review history from your deck"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.deck.remove(interaction.guild_id, interaction.user.id, question)
        await interaction.followup.send(f"Removed `{question}` from your review deck.", ephemeral=True)

    @review.command(name="export")
    async def export(self, interaction: discord.Interaction) -> None:
        """Download your review deck as a spreadsheet (CSV)"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await self.deck.export(interaction.guild_id, interaction.user.id)
        rows = text.count("\r\n") - 1
        data = io.BytesIO(text.encode("utf-8-sig"))  # the byte-order mark tells spreadsheets it is UTF-8
        await interaction.followup.send(
            f"Your review deck: {rows} card(s).", file=discord.File(data, ui.EXPORT_NAME), ephemeral=True
        )

    @review.command(name="remind")
    @app_commands.describe(switch="on or off", at="your local time, HH:MM (default 18:00)")
    async def remind(
        self, interaction: discord.Interaction, switch: Literal["on", "off"], at: str | None = None
    ) -> None:
        """A daily direct message when cards of your deck are due"""
        when = parse_time(at) if switch == "on" else None
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild, user = interaction.guild_id, interaction.user.id
        zone = await self.deck.remind(guild, user, when)
        if when is None:
            self.bot.timers.cancel(REMIND, _key(guild, user))
            await interaction.followup.send("Daily review reminders are off.", ephemeral=True)
            return
        self._arm(Reminder(guild, user, when, zone))
        await interaction.followup.send(
            f"Daily review reminders are on at {when.isoformat(timespec='minutes' if not when.second else 'seconds')} "
            f"({zone}), on days when cards are due.",
            ephemeral=True,
        )

    @note.autocomplete("question")
    @remove.autocomplete("question")
    async def _cards(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        cards = await self.deck.cards(interaction.guild_id, interaction.user.id)
        choices = []
        for card in cards:
            question = self.deck.question(card.question_id)
            name = f"{question.title} ({card.question_id})" if question else card.question_id
            if current.lower() in name.lower():
                choices.append(app_commands.Choice(name=name[:100], value=card.question_id))
        return choices[:AUTOCOMPLETE_LIMIT]

    async def _on_reminder(self, due: Due) -> None:
        guild_id, user_id = (int(part) for part in due.key.id.split(":"))
        count = await self.deck.count_due(guild_id, user_id, utcnow())
        if count == 0:
            return
        guild = self.bot.get_guild(guild_id)
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            await user.send(ui.reminder_text(count, guild.name if guild else "your server"))
        except discord.HTTPException as exc:
            if exc.code == DMS_CLOSED and await self._remind_in_daily_thread(guild_id, user_id, count):
                return
            log.info("deck reminder for member %s not delivered (%s); skipped", user_id, exc.code)

    async def _remind_in_daily_thread(self, guild_id: int, user_id: int, count: int) -> bool:
        """Post the reminder in the server's latest daily thread; return whether it was delivered."""
        try:
            post = await self.daily.latest(guild_id)
        except NoDailyYet:
            return False
        if post.thread_id is None:
            return False
        try:
            thread = self.bot.get_channel(post.thread_id) or await self.bot.fetch_channel(post.thread_id)
            await thread.send(  # type: ignore[union-attr]
                ui.reminder_line(user_id, count),
                allowed_mentions=discord.AllowedMentions(users=[discord.Object(user_id)]),
            )
        except discord.HTTPException as exc:
            log.info(
                "deck reminder for member %s not posted in daily thread %s (%s)", user_id, post.thread_id, exc.code
            )
            return False
        return True

    async def follow_member_zone(self, guild_id: int, user_id: int) -> None:
        """Re-arm a member's reminder, if it is on, in their zone as it is now (after `/config my-timezone`)."""
        reminder = await self.deck.reminder(guild_id, user_id)
        if reminder is not None:
            self._arm(reminder)

    async def follow_server_zone(self, guild_id: int) -> None:
        """Re-arm the reminders of a server's members who follow its zone (after `/config daily` changed it)."""
        for reminder in await self.deck.server_zone_reminders(guild_id):
            self._arm(reminder)

    def _arm(self, reminder: Reminder) -> None:
        key = _key(reminder.guild_id, reminder.user_id)
        self.bot.timers.daily(REMIND, key, Daily(reminder.at, reminder.zone), reminder.guild_id)

    async def _pending_reminders(self) -> Iterable[Pending]:
        now = utcnow()  # a reminder missed while the bot was down is not sent late
        return [
            Pending(_key(r.guild_id, r.user_id), r.guild_id, daily=Daily(r.at, r.zone), done_through=now)
            for r in await self.deck.reminders()
        ]


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog and its reminder timers."""
    await bot.add_cog(Deck(bot))
