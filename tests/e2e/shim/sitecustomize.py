"""Test-only start-up shim for bot processes under the e2e tests; it does nothing unless FAKE_DISCORD_URL is set.

With FAKE_DISCORD_URL=http://127.0.0.1:PORT it points discord.py at the fake Discord:
- every REST URL is `discord.http.Route.BASE + path` (interaction callbacks and webhooks too);
- a non-sharded client connects to `DiscordWebSocket.DEFAULT_GATEWAY` (a yarl.URL to which discord.py adds
  `?v=10&encoding=json&compress=zlib-stream`) without asking /gateway/bot.
It prints a marker on stderr when discord.py dispatches `ready`, and with FAKE_DISCORD_EXTENSIONS=a,b loads
test-only extensions after the bot's own setup_hook (e.g. e2e_boom: a command that raises).

With FAKE_CLOCK_FILE=PATH the bot's clock (`bot.clock.utcnow`) and APScheduler's run ahead of real time by the number
of seconds written in that file (re-read when it changes), so a test can move a bot process through days; the e2e_clock
extension wakes the scheduler when the file changes. Production code has no such switch: only this shim, which is on
the PYTHONPATH of e2e bot processes alone, installs it.
"""

from __future__ import annotations

import os
import sys

READY_MARKER = "[e2e-shim] ready"


def _install_clock(path: str) -> None:
    import datetime as dt

    import apscheduler.schedulers.base

    import bot.clock

    real = dt.datetime
    cache = {"mtime": -1.0, "offset": dt.timedelta()}

    def offset() -> dt.timedelta:
        try:
            mtime = os.stat(path).st_mtime
            if mtime != cache["mtime"]:
                with open(path, encoding="utf-8") as file:
                    cache["offset"] = dt.timedelta(seconds=float(file.read().strip() or 0))
                cache["mtime"] = mtime
        except (OSError, ValueError):
            pass
        return cache["offset"]  # type: ignore[return-value]

    class ShiftedDatetime(real):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            return real.now(tz) + offset()

    def utcnow() -> dt.datetime:
        return real.now(dt.UTC) + offset()

    bot.clock.utcnow = utcnow
    apscheduler.schedulers.base.datetime = ShiftedDatetime  # type: ignore[misc]


def _install() -> None:
    clock = os.environ.get("FAKE_CLOCK_FILE")
    if clock:
        _install_clock(clock)
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
