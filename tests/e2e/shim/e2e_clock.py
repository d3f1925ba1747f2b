"""Test-only extension: wake the scheduler whenever the test moves the clock (FAKE_CLOCK_FILE, see sitecustomize)."""

from __future__ import annotations

import asyncio
import contextlib
import os

from discord.ext import commands

POLL_SECONDS = 0.05


class ClockWatch(commands.Cog):
    """Polls the clock file; a change may make timers due, so the scheduler re-checks them."""

    def __init__(self, bot: commands.Bot, path: str) -> None:
        self.bot = bot
        self.path = path
        self.task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        """Start watching."""
        self.task = asyncio.create_task(self._watch())

    async def cog_unload(self) -> None:
        """Stop watching."""
        if self.task is not None:
            self.task.cancel()

    async def _watch(self) -> None:
        seen = None
        while True:
            with contextlib.suppress(OSError):
                mtime = os.stat(self.path).st_mtime_ns
                if mtime != seen:
                    seen = mtime
                    scheduler = self.bot.scheduler._scheduler  # type: ignore[attr-defined]
                    if scheduler.running:
                        scheduler.wakeup()
            await asyncio.sleep(POLL_SECONDS)


async def setup(bot: commands.Bot) -> None:
    """Register the watcher."""
    await bot.add_cog(ClockWatch(bot, os.environ["FAKE_CLOCK_FILE"]))
