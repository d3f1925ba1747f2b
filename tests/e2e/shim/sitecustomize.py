"""Test-only start-up shim for bot processes under the e2e tests; it does nothing unless FAKE_DISCORD_URL is set.

With FAKE_DISCORD_URL=http://127.0.0.1:PORT it points discord.py at the fake Discord:
- every REST URL is `discord.http.Route.BASE + path` (interaction callbacks and webhooks too);
- a non-sharded client connects to `DiscordWebSocket.DEFAULT_GATEWAY` (a yarl.URL to which discord.py adds
  `?v=10&encoding=json&compress=zlib-stream`) without asking /gateway/bot.
It prints a marker on stderr when discord.py dispatches `ready`, and with FAKE_DISCORD_EXTENSIONS=a,b loads
test-only extensions after the bot's own setup_hook (e.g. e2e_boom: a command that raises).
"""

from __future__ import annotations

import os
import sys

READY_MARKER = "[e2e-shim] ready"


def _install() -> None:
    url = os.environ.get("FAKE_DISCORD_URL")
    if not url:
        return
    import discord
    import discord.gateway
    import discord.http
    import yarl

    base = url.rstrip("/")
    discord.http.Route.BASE = f"{base}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(base.replace("http://", "ws://", 1) + "/")

    dispatch = discord.Client.dispatch

    def dispatch_with_marker(self: discord.Client, event_name: str, /, *args: object, **kwargs: object) -> None:
        if event_name == "ready":
            print(READY_MARKER, file=sys.stderr, flush=True)
        dispatch(self, event_name, *args, **kwargs)

    discord.Client.dispatch = dispatch_with_marker  # type: ignore[method-assign]

    extensions = [name for name in os.environ.get("FAKE_DISCORD_EXTENSIONS", "").split(",") if name]
    if extensions:
        from bot.client import MockInterviewerBot

        setup_hook = MockInterviewerBot.setup_hook

        async def setup_hook_with_test_extensions(self: MockInterviewerBot) -> None:
            await setup_hook(self)
            for name in extensions:
                await self.load_extension(name)

        MockInterviewerBot.setup_hook = setup_hook_with_test_extensions  # type: ignore[method-assign]


_install()
