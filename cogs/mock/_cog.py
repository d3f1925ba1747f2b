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
from bot.core.session import Action, AlreadyRunning, Session, SessionNotRunning
from bot.ui import deck as deck_ui
from bot.ui import session as ui
from bot.ui.errors import report
from cogs.mock._views import AnswerModal, controls, parse_answer_form

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
        await interaction.response.defer(ephemeral=True, thinking=True)
        session_id = await self.sessions.running_id(interaction.guild_id, interaction.user.id)
        ending = await self.lifecycle.finish(session_id, ended_by=interaction.user.id)
        if ending is None:  # ended meanwhile: by a button, a second /mock end, or its deadline
            text = "That session had already ended: the key points are in its thread."
        else:
            text = f"Session ended: the key points are in {ending.where or 'its thread'}."
        await interaction.followup.send(text, ephemeral=True)

    @mock.command(name="forget")
    async def forget(self, interaction: discord.Interaction) -> None:
        """Delete every answer you submitted in this server, and your review-deck notes"""
        await interaction.response.defer(ephemeral=True, thinking=True)
        count = await self.sessions.forget_answers(interaction.guild_id, interaction.user.id)
        await interaction.followup.send(
            f"Deleted {count} stored answer(s) and cleared your review-deck notes.", ephemeral=True
        )

    # -- opening ----------------------------------------------------------------------------------

    async def open_session(
        self,
        interaction: discord.Interaction,
        round_: Round,
        difficulty: Difficulty | None,
        topic: str | None,
        interviewer: discord.Member | None,
        private: bool,
        *,
        question_id: str | None = None,
    ) -> None:
        """Acknowledge at once, check where the thread can open, then open the session, its thread and its timers.

        `question_id` forces the question (e.g. `/review start`), whose round wins.

        Whatever fails after the session is written (thread refused, rate limit, permissions) cancels it, so no
        running session is ever left without a thread. `question_id` asks that question first (e.g. the daily
        problem) instead of choosing one.
        """
        if interviewer is not None and interviewer.bot:
            raise UserFacingError("Pick a person as interviewer, not a bot.")
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        channel, note = await self._practice_channel(interaction)
        try:
            session = await self.sessions.open(
                guild_id=interaction.guild_id,
                user_id=interaction.user.id,
                round_=round_,
                now=utcnow(),
                difficulty=difficulty,
                topic=topic,
                interviewer_id=interviewer.id if interviewer else None,
                question_id=question_id,
            )
        except AlreadyRunning as exc:
            link = f" Its thread: <#{exc.thread_id}>." if exc.thread_id else ""
            raise UserFacingError(exc.message + link) from None
        try:
            thread = await self._start_thread(channel, session, interaction.user, interviewer, private)
        except Exception as exc:
            await self.sessions.cancel(session.id, utcnow())
            if isinstance(exc, discord.HTTPException | discord.RateLimited):
                raise UserFacingError(_thread_failure(exc)) from None
            raise
        self.lifecycle.schedule(session)
        partner = f" {interviewer.mention} is your interviewer." if interviewer else ""
        await interaction.followup.send(f"Your session is open in {thread.mention}.{partner}{note}", ephemeral=True)

    async def _start_thread(
        self,
        channel: discord.TextChannel,
        session: Session,
        candidate: discord.abc.User,
        interviewer: discord.Member | None,
        private: bool,
    ) -> discord.Thread:
        kind = discord.ChannelType.private_thread if private else discord.ChannelType.public_thread
        thread = await channel.create_thread(
            name=ui.thread_name(session, candidate.display_name),
            type=kind,
            auto_archive_duration=THREAD_ARCHIVE_MINUTES,
            invitable=False,
        )
        await self.sessions.attach_thread(session.id, thread.id)
        for member in filter(None, (candidate, interviewer)):
            await thread.add_user(member)
        await thread.send(embed=ui.question_embed(session), view=controls(session))
        return thread

    async def _practice_channel(self, interaction: discord.Interaction) -> tuple[discord.TextChannel, str]:
        """Return the text channel where the thread opens, and a note for the member if it is not the usual one."""
        here = interaction.channel.parent if isinstance(interaction.channel, discord.Thread) else interaction.channel
        channel, note = here, ""
        configured = await self.bot.guild_config.practice_channel(interaction.guild_id)
        if configured is not None:
            channel = interaction.guild.get_channel(configured)
            if channel is None:
                channel = here
                note = (
                    "\nThe practice channel an admin chose no longer exists, so your thread opened here. "
                    "Ask an admin to choose one again with `/config practice-channel`."
                )
        if not isinstance(channel, discord.TextChannel):
            raise UserFacingError(
                "Start a mock interview from a text channel: session threads open there, not in a forum post, "
                "a voice channel or a thread of those."
            )
        return channel, note

    # -- buttons ----------------------------------------------------------------------------------

    async def press(self, interaction: discord.Interaction, action: Action, session_id: int) -> None:
        """Handle a session button: who may press it is the session's rule (`Session.authorize`)."""
        user = interaction.user.id
        if action is Action.ANSWER:
            session = await self.sessions.authorized(session_id, user, action)
            session.require_running(utcnow())
            await AnswerModal(session_id).open(interaction)
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
        """Store an answer from the form and echo it in the thread; if the session is over, hand the text back."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            session = await self.sessions.submit(session_id, interaction.user.id, text, utcnow())
        except SessionNotRunning:
            await interaction.followup.send(
                "This session has already ended, so your answer was not stored. Here it is, so nothing is lost:",
                embed=ui.returned_answer_embed(text),
                ephemeral=True,
            )
            return
        await interaction.channel.send(embed=ui.answer_embed(session, interaction.user.display_name, text))
        await interaction.followup.send(f"Answer saved ({len(text):,} characters).", ephemeral=True)

    async def rate(self, interaction: discord.Interaction, session_id: int, criterion: str, score: int) -> None:
        """Store a self-rating or the interviewer's score (acknowledged first: the write may wait for a lock)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        session = await self.sessions.rate(session_id, interaction.user.id, criterion, score, utcnow())
        await interaction.followup.send(
            f"Saved: {criterion.replace('_', ' ')} = {score}. Pick again to change it."
            + deck_ui.rating_nudge(session, interaction.user.id),
            ephemeral=True,
        )

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Take every answer form the bot issued, also one opened before a restart or left open for hours."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        parsed = parse_answer_form(interaction.data)
        if parsed is None:
            return
        session_id, text = parsed
        try:
            await self.submit(interaction, session_id, text)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"answer to session {session_id}")


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
