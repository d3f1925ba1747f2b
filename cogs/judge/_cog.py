"""Run tests: a coding session's candidate runs their code in the sandboxed judge from the thread."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.clock import utcnow
from bot.core.errors import UserFacingError
from bot.core.questions import CodingQuestion
from bot.judge.runner import MAX_SOURCE_BYTES, Judge, RunRefused, Stage
from bot.judge.terminal import BadSubmission, decode_source
from bot.services.judge_runs import JudgeRunService
from bot.ui import judge as ui
from cogs.judge._views import RunModal

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)
# Until the check ends the button opens the form; a run then waits for the check (and never runs unsandboxed).
PROBE_DELAY_SECONDS = 2.0


class CodeJudge(commands.Cog, name="Judge"):
    """The Run tests button of coding and ML-coding sessions."""

    def __init__(self, bot: MockInterviewerBot) -> None:
        self.bot = bot
        self.judge = Judge(workers=bot.settings.judge_workers)
        self.runs = JudgeRunService(bot.database)
        self._probe: asyncio.Task[str | None] | None = None

    async def cog_load(self) -> None:
        """Check the sandbox in the background once connected: start-up never waits for it."""
        if self.bot.fire_timers:
            self._probe = asyncio.create_task(self._check_when_ready())

    async def _check_when_ready(self) -> str | None:
        # A moment after `ready`: the sandbox check starts a Python process, which should not slow start-up.
        await self.bot.wait_until_ready()
        await asyncio.sleep(PROBE_DELAY_SECONDS)
        return await self.judge.start()

    @property
    def off_reason(self) -> str | None:
        """Return why the judge is off, or None when it runs (or is still being checked)."""
        return self.judge.off_reason

    async def _question(self, session_id: int, user_id: int) -> CodingQuestion:
        session = await self.bot.sessions.get(session_id)
        if user_id != session.candidate_id:
            raise UserFacingError("Only the candidate runs code in this session.")
        session.require_running(utcnow())
        if not isinstance(session.question, CodingQuestion):
            raise UserFacingError("Run tests is for coding and ML-coding questions.")
        return session.question

    async def press(self, interaction: discord.Interaction, session_id: int) -> None:
        """Open the code form for the session's candidate, or explain why the judge is off."""
        await self._question(session_id, interaction.user.id)
        if self.off_reason:
            raise UserFacingError(ui.off_text(self.off_reason))
        await interaction.response.send_modal(RunModal(session_id))

    async def submit(
        self, interaction: discord.Interaction, session_id: int, code: str, files: list[discord.Attachment]
    ) -> None:
        """Refuse a second run at once; otherwise acknowledge, post the run's message and edit it to the result."""
        if bool(code.strip()) == bool(files):
            raise UserFacingError("Paste your code or upload one .py file (one of the two).")
        member = (interaction.guild_id, interaction.user.id)
        try:
            self.judge.admit(member)
        except RunRefused as exc:
            await interaction.response.send_message(exc.message, ephemeral=True)
            return
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            source = await _read(files[0]) if files else code
            question = await self._question(session_id, interaction.user.id)
            message = await interaction.channel.send(embed=ui.stage_embed(Stage.QUEUED, question))
            await interaction.followup.send(f"Queued: your result will appear in {message.jump_url}.", ephemeral=True)
        except BaseException:
            self.judge.release(member)
            raise

        async def show(stage: Stage) -> None:
            if stage is Stage.RUNNING:
                await message.edit(embed=ui.stage_embed(stage, question))

        try:
            report = await self.judge.run(question, source, member=member, on_stage=show)
        except UserFacingError as exc:  # the sandbox check finished after the form opened, and failed
            await message.edit(embed=ui.stage_embed(exc.message, question))
            raise
        await self.runs.record(
            guild_id=interaction.guild_id or 0,
            user_id=interaction.user.id,
            session_id=session_id,
            report=report,
            now=utcnow(),
        )
        await message.edit(embed=ui.result_embed(question, report, interaction.user.display_name))


async def _read(attachment: discord.Attachment) -> str:
    """Return an uploaded file's text; raise BadSubmission for a non-.py, too large or non-UTF-8 file."""
    if not attachment.filename.endswith(".py"):
        raise BadSubmission(f"{attachment.filename} is not a .py file.")
    if attachment.size > MAX_SOURCE_BYTES:
        raise BadSubmission(f"{attachment.filename} is larger than {MAX_SOURCE_BYTES // 1000} KB.")
    return decode_source(await attachment.read(), attachment.filename)
