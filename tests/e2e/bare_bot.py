"""A bare discord.py bot for the latency benchmark: one `/help` command answering a given embed, nothing else.

    python tests/e2e/bare_bot.py sync GUILD_ID   # register /help in one server, then exit
    python tests/e2e/bare_bot.py run             # connect and serve

It reads DISCORD_TOKEN, and BARE_BOT_EMBED (the embed's JSON) for `run`; like the real bot under the e2e tests it
reaches the fake Discord through tests/e2e/shim/sitecustomize.py on PYTHONPATH.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys

import discord
from discord.ext import commands


class BareBot(commands.Bot):
    """The minimal bot: default intents, one app command."""

    def __init__(self, embed: dict[str, object]) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents.default())
        self.embed = embed

        @self.tree.command(name="help", description="List the commands.")
        async def help_command(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(embed=discord.Embed.from_dict(self.embed), ephemeral=True)


async def main(argv: list[str]) -> int:
    """Sync or run."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s: %(message)s")
    token = os.environ["DISCORD_TOKEN"]
    bot = BareBot(json.loads(os.environ.get("BARE_BOT_EMBED", '{"title": "help"}')))
    async with bot:
        if argv[:1] == ["sync"]:
            await bot.login(token)
            guild = discord.Object(int(argv[1]))
            bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            print(f"synced {len(synced)} commands")
            return 0
        await bot.start(token)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(asyncio.run(main(sys.argv[1:])))
    except KeyboardInterrupt:
        sys.exit(130)
