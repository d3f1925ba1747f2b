"""`/mock <round>`: open timed interview sessions in threads; their life after that is the lifecycle service's."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import utcnow
from bot.core.errors import UserFacingError
from bot.core.questions import Difficulty, Round
from bot.core.session import Action, AlreadyRunning, Session
from bot.ui import session as ui
from cogs.mock._views import AnswerModal, controls

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

# A session thread stays open a week after its last message, so a review window (at most 6 days) ends first.
THREAD_ARCHIVE_MINUTES = 10_080
# Autocomplete shows at most 25 choices.
AUTOCOMPLETE_LIMIT = 25


def _round_command(round_: Round) -> app_commands.Command:
    """Build `/mock <round>`; the five commands share one implementation."""

    @app_commands.describe(
        difficulty="easy, medium or hard",
        topic="a pattern, ML topic, design family or competency",
        interviewer="a member who interviews you and gets the private interviewer packet",
        private="open a private thread instead of a public one",
    )
    async def start(
        cog: Mock,
        interaction: discord.Interaction,
        difficulty: Difficulty | None = None,
        topic: str | None = None,
        interviewer: discord.Member | None = None,
        private: bool = False,
    ) -> None:
        await cog.open_session(interaction, round_, difficulty, topic, interviewer, private)

    async def topics(cog: Mock, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        matches = [t for t in cog.bot.bank.topics(round_) if current.lower() in t]
        return [app_commands.Choice(name=t, value=t) for t in matches[:AUTOCOMPLETE_LIMIT]]

    # discord.py binds the cog as `self` only for functions whose qualified name looks like a method.
    start.__qualname__ = f"Mock.start_{round_.value}"
    topics.__qualname__ = f"Mock.topics_{round_.value}"
    command = app_commands.Command(
        name=round_.label,
        description=f"Start a timed {round_.label.replace('-', ' ')} mock interview in a thread",
        callback=start,
    )
    command.autocomplete("topic")(topics)
    return command


class Mock(commands.Cog):
    """Mock interview sessions."""

    mock = app_commands.Group(name="mock", description="Timed mock interviews", guild_only=True)

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.sessions = bot.sessions
        self.lifecycle = bot.lifecycle
        for round_ in Round:
            command = _round_command(round_)
            command.binding = self
            self.mock.add_command(command)

    # -- commands ---------------------------------------------------------------------------------

    @mock.command(name="status")
    async def status(self, interaction: discord.Interaction) -> None:
        """Show your running session and the time left"""
        session = await self.sessions.get(await self.sessions.running_id(interaction.guild_id, interaction.user.id))
        thread_id = await self.sessions.thread_of(session.id)
        where = f" in <#{thread_id}>" if thread_id else ""
        await interaction.response.send_message(
            f"Your {session.round.label} session{where}: **{session.question.title}**, "
            f"ends {ui.timestamp(session.deadline)}. Hints used: {session.total_hints}.",
            ephemeral=True,
        )

    @mock.command(name="end")
    async def end(self, interaction: discord.Interaction) -> None:
        """End your running session and see the key points"""
        session_id = await self.sessions.running_id(interaction.guild_id, interaction.user.id)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.lifecycle.finish(session_id, ended_by=interaction.user.id)
        await interaction.followup.send("Session ended: the key points are in its thread.", ephemeral=True)

    @mock.command(name="forget")
    async def forget(self, interaction: discord.Interaction) -> None:
        """Delete every answer you submitted in this server"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        count = await self.sessions.forget_answers(interaction.guild_id, interaction.user.id)
        await interaction.followup.send(f"Deleted {count} stored answer(s).", ephemeral=True)

    # -- opening ----------------------------------------------------------------------------------

    async def open_session(
        self,
        interaction: discord.Interaction,
        round_: Round,
        difficulty: Difficulty | None,
        topic: str | None,
        interviewer: discord.Member | None,
        private: bool,
    ) -> None:
        """Acknowledge at once, open the session, its thread and its timers; undo all if the thread fails."""
        if interviewer is not None and interviewer.bot:
            raise UserFacingError("Pick a person as interviewer, not a bot.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            session = await self.sessions.open(
                guild_id=interaction.guild_id,
                user_id=interaction.user.id,
                round_=round_,
                now=utcnow(),
                difficulty=difficulty,
                topic=topic,
                interviewer_id=interviewer.id if interviewer else None,
            )
        except AlreadyRunning as exc:
            link = f" Its thread: <#{exc.thread_id}>." if exc.thread_id else ""
            raise UserFacingError(exc.message + link) from None
        try:
            thread = await self._create_thread(interaction, session, private)
        except (discord.HTTPException, discord.RateLimited) as exc:
            await self.sessions.cancel(session.id, utcnow())
            raise UserFacingError(_thread_failure(exc)) from None
        await self.sessions.attach_thread(session.id, thread.id)
        for member in filter(None, (interaction.user, interviewer)):
            await thread.add_user(member)
        await thread.send(embed=ui.question_embed(session), view=controls(session))
        self.lifecycle.schedule(session)
        partner = f" {interviewer.mention} is your interviewer." if interviewer else ""
        await interaction.followup.send(f"Your session is open in {thread.mention}.{partner}", ephemeral=True)

    async def _create_thread(self, interaction: discord.Interaction, session: Session, private: bool) -> discord.Thread:
        channel = await self._practice_channel(interaction)
        kind = discord.ChannelType.private_thread if private else discord.ChannelType.public_thread
        return await channel.create_thread(
            name=ui.thread_name(session, interaction.user.display_name),
            type=kind,
            auto_archive_duration=THREAD_ARCHIVE_MINUTES,
            invitable=False,
        )

    async def _practice_channel(self, interaction: discord.Interaction) -> discord.TextChannel:
        configured = await self.bot.guild_config.practice_channel(interaction.guild_id)
        channel = interaction.guild.get_channel(configured) if configured else interaction.channel
        if isinstance(channel, discord.Thread):
            channel = channel.parent
        if not isinstance(channel, discord.TextChannel):
            raise UserFacingError("Start a mock interview from a text channel (threads open there).")
        return channel

    # -- buttons ----------------------------------------------------------------------------------

    async def press(self, interaction: discord.Interaction, action: Action, session_id: int) -> None:
        """Handle a session button: who may press it is the session's rule (`Session.authorize`)."""
        user = interaction.user.id
        if action is Action.ANSWER:
            session = await self.sessions.authorized(session_id, user, action)
            session.require_running(utcnow())
            await interaction.response.send_modal(AnswerModal(session_id))
        elif action is Action.HINT:
            await interaction.response.defer()
            session, hint = await self.sessions.hint(session_id, user, utcnow())
            await interaction.followup.send(embed=ui.hint_embed(hint, by_interviewer=user != session.candidate_id))
        elif action is Action.NEXT:
            await interaction.response.defer()
            session = await self.sessions.next_question(session_id, user, utcnow())
            await interaction.followup.send(embed=ui.question_embed(session), view=controls(session))
        elif action is Action.END:
            await self.sessions.authorized(session_id, user, action)
            await interaction.response.defer()
            await self.lifecycle.finish(session_id, ended_by=user)
        elif action is Action.PACKET:
            session = await self.sessions.authorized(session_id, user, action)
            first, *rest = ui.batches(ui.packet_embeds(session))
            await interaction.response.send_message(embeds=first, ephemeral=True)
            for embeds in rest:
                await interaction.followup.send(embeds=embeds, ephemeral=True)

    async def submit(self, interaction: discord.Interaction, session_id: int, text: str) -> None:
        """Store a modal answer and echo it in the thread."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        session = await self.sessions.submit(session_id, interaction.user.id, text, utcnow())
        await interaction.channel.send(embed=ui.answer_embed(session, interaction.user.display_name, text))
        await interaction.followup.send(f"Answer saved ({len(text):,} characters).", ephemeral=True)

    async def rate(self, interaction: discord.Interaction, session_id: int, criterion: str, score: int) -> None:
        """Store a self-rating or the interviewer's score (acknowledged first: the write may wait for a lock)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.sessions.rate(session_id, interaction.user.id, criterion, score, utcnow())
        await interaction.followup.send(
            f"Saved: {criterion.replace('_', ' ')} = {score}. Pick again to change it.", ephemeral=True
        )


def _thread_failure(exc: Exception) -> str:
    if isinstance(exc, discord.RateLimited):
        return (
            f"Discord is rate-limiting thread creation here for {exc.retry_after:.0f} s, so no session was "
            "opened. Please try again in a few minutes."
        )
    if isinstance(exc, discord.Forbidden):
        return (
            "I am not allowed to create threads in this channel, so no session was opened. Ask an admin to "
            "give me Create Public Threads, Create Private Threads and Send Messages in Threads, or to set a "
            "practice channel with `/config practice-channel`."
        )
    return "Discord refused to create the session's thread, so no session was opened. Please try again."
