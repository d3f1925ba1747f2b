"""`/mock <round>`: timed interview sessions in threads, with timers rebuilt from the database."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.clock import utcnow
from bot.core.errors import UserFacingError
from bot.core.questions import Difficulty, Round
from bot.core.session import AlreadyRunning, Session, SessionError
from bot.ui import session as ui
from cogs.mock._views import AnswerModal, controls, rating_views

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

# A session thread stays open a day after its last message.
THREAD_ARCHIVE_MINUTES = 1_440
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
        for round_ in Round:
            command = _round_command(round_)
            command.binding = self
            self.mock.add_command(command)

    async def cog_load(self) -> None:
        """Rebuild running sessions' timers (overdue ones end at once) and finish interrupted reveals."""
        if not self.bot.serving:
            return
        now = utcnow()
        for session_id, _deadline in await self.sessions.running():
            try:
                self._schedule(await self.sessions.get(session_id), now)
            except SessionError:
                log.exception("cannot rebuild timers of session %s", session_id)
        for session_id in await self.sessions.unrevealed():
            self.bot.timers.at(now, f"s{session_id}:reveal", self._resume_reveal, session_id)

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
        await self.finish(session_id, ended_by=interaction.user.id)
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
        self._schedule(session, utcnow())
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

    async def press(self, interaction: discord.Interaction, action: str, session_id: int) -> None:
        """Handle a session button."""
        user = interaction.user.id
        if action == "answer":
            session = await self.sessions.get(session_id)
            session.require_running(utcnow())
            if user != session.candidate_id:
                raise UserFacingError("Only the candidate submits answers; the interviewer can give hints and score.")
            await interaction.response.send_modal(AnswerModal(session_id))
        elif action == "hint":
            await interaction.response.defer()
            session, hint = await self.sessions.hint(session_id, user, utcnow())
            await interaction.followup.send(embed=ui.hint_embed(hint, by_interviewer=user != session.candidate_id))
        elif action == "next":
            await interaction.response.defer()
            session = await self.sessions.next_question(session_id, user, utcnow())
            await interaction.followup.send(embed=ui.question_embed(session), view=controls(session))
        elif action == "end":
            (await self.sessions.get(session_id)).check_actor(user)
            await interaction.response.defer()
            await self.finish(session_id, ended_by=user)
        elif action == "packet":
            session = await self.sessions.get(session_id)
            if user != session.interviewer_id:
                raise UserFacingError("Only this session's interviewer can open the interviewer packet.")
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
        """Store a self-rating or the interviewer's score."""
        await self.sessions.rate(session_id, interaction.user.id, criterion, score, utcnow())
        await interaction.response.send_message(
            f"Saved: {criterion.replace('_', ' ')} = {score}. Pick again to change it.",
            ephemeral=True,
        )

    # -- timers and ending --------------------------------------------------------------------------

    def _schedule(self, session: Session, now: dt.datetime) -> None:
        for index, nudge in enumerate(session.nudges()):
            if nudge.at > now:
                self.bot.timers.at(nudge.at, f"s{session.id}:n{index}", self._nudge, session.id, nudge.text)
        self.bot.timers.at(max(session.deadline, now), f"s{session.id}:end", self.finish, session.id)

    async def _thread(self, session_id: int) -> discord.abc.Messageable | None:
        thread_id = await self.sessions.thread_of(session_id)
        if thread_id is None:
            return None
        channel = self.bot.get_channel(thread_id)
        try:
            return channel or await self.bot.fetch_channel(thread_id)
        except discord.HTTPException:
            log.warning("thread %s of session %s is gone", thread_id, session_id)
            return None

    async def _nudge(self, session_id: int, text: str) -> None:
        thread = await self._thread(session_id)
        if thread is not None:
            await thread.send(f"⏰ {text}")

    async def finish(self, session_id: int, ended_by: int | None = None) -> None:
        """End a session once (button, command or deadline), then reveal what good looks like."""
        now = utcnow()
        session = await self.sessions.end(session_id, now, user_id=ended_by)
        if session is None:
            return  # already ended elsewhere; ending is idempotent
        for key in [f"s{session_id}:end", *(f"s{session_id}:n{i}" for i in range(len(session.nudges())))]:
            self.bot.timers.cancel(key)
        late = ended_by is None and now - session.deadline > dt.timedelta(seconds=30)
        reason = "Time is up" if ended_by is None else "Session ended"
        await self._reveal(session, reason + (" (while the bot was offline)" if late else ""))

    async def _resume_reveal(self, session_id: int) -> None:
        await self._reveal(await self.sessions.get(session_id), "Session ended (finishing after a restart)")

    async def _reveal(self, session: Session, headline: str) -> None:
        """Post the key points, follow-ups, rating selects and the summary card; the card's id marks it done."""
        thread = await self._thread(session.id)
        if thread is None:
            return
        await thread.send(f"🏁 **{headline}.** Here is what good looks like:")
        for embeds in ui.batches(ui.reveal_embeds(session)):
            await thread.send(embeds=embeds)
        await thread.send(ui.follow_up_text(session))
        for view in rating_views(session):
            await thread.send(
                "Rate the session on the rubric (candidate: yourself; interviewer: the candidate).", view=view
            )
        candidate = f"<@{session.candidate_id}>"
        interviewer = f"<@{session.interviewer_id}>" if session.interviewer_id else None
        card = await thread.send(embed=ui.summary_embed(session, candidate, interviewer))
        await self.sessions.set_summary_message(session.id, card.id, utcnow())


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
