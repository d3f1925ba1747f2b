"""Test-only extension for benchmarks: event-loop lag samples and a count of raw reaction events received.

Every 0.25 s it logs `e2e-received N` (reaction events seen so far); every second `e2e-lag ms,ms,…`, the lateness of
10 ms sleeps measured since the previous line.
"""

from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

log = logging.getLogger("e2e_lag")
TICK = 0.01


class Lag(commands.Cog):
    """Measures how late the event loop wakes a 10 ms sleep, and counts reaction events."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.received = 0
        self.samples: list[float] = []
        self.task = asyncio.get_running_loop().create_task(self._measure())

    async def cog_unload(self) -> None:
        self.task.cancel()

    async def _measure(self) -> None:
        loop = asyncio.get_running_loop()
        ticks = 0
        while True:
            start = loop.time()
            await asyncio.sleep(TICK)
            self.samples.append(loop.time() - start - TICK)
            ticks += 1
            if ticks % 25 == 0:
                log.info("e2e-received %d", self.received)
            if ticks % 100 == 0:
                log.info("e2e-lag %s", ",".join(f"{s * 1000:.2f}" for s in self.samples))
                self.samples = []

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        self.received += 1

    @commands.Cog.listener()
    async def on_raw_reaction_remove(self, payload: discord.RawReactionActionEvent) -> None:
        self.received += 1


async def setup(bot: commands.Bot) -> None:
    """Register the cog."""
    await bot.add_cog(Lag(bot))
