"""Start bot processes against a fake: the CLI commands, or `run` until ready."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from .process import BotProcess, bot_env
from .server import FakeDiscord


class Harness:
    """Starts bot processes against a fake: the CLI commands, or `run` until ready."""

    def __init__(self, fake: FakeDiscord, workdir: Path) -> None:
        self.fake = fake
        self.workdir = workdir
        self.database_url = f"sqlite+aiosqlite:///{workdir / 'bot.db'}"
        self.settings: dict[str, str] = {}  # extra bot settings, e.g. BANKS_DIR

    def env(
        self, extensions: Sequence[str] = (), token: str | None = None, extra: dict[str, str] | None = None
    ) -> dict[str, str]:
        """Return a bot process's environment (`extra` overrides variables, e.g. PATH)."""
        fake_env = self.fake.env()
        if token is not None:
            fake_env["DISCORD_TOKEN"] = token
        return bot_env(fake_env, self.database_url, extensions=extensions, **{**self.settings, **(extra or {})})

    async def cli(
        self, *args: str, extensions: Sequence[str] = (), token: str | None = None, timeout: float = 30
    ) -> BotProcess:
        """Run `python -m bot ARGS…` to completion and return it (check `.returncode`, `.stdout`)."""
        proc = BotProcess(
            ["-m", "bot", *args], env=self.env(extensions, token), cwd=self.workdir, name=f"bot {' '.join(args)}"
        )
        await proc.start()
        await proc.wait_exit(timeout)
        return proc

    async def prepare(self, extensions: Sequence[str] = ()) -> None:
        """Migrate the database and sync the commands to the server, in parallel."""
        upgrade, sync = await asyncio.gather(
            self.cli("db", "upgrade"),
            self.cli("sync-commands", "--guild", str(self.fake.guild.id), extensions=extensions),
        )
        for proc in (upgrade, sync):
            assert proc.returncode == 0, f"{proc.name} failed ({proc.returncode}):\n{proc.text()}"

    async def start(
        self,
        extensions: Sequence[str] = (),
        token: str | None = None,
        wait_ready: bool = True,
        timeout: float = 15,
        extra: dict[str, str] | None = None,
    ) -> BotProcess:
        """Start `python -m bot run`; by default wait until discord.py dispatched `ready`."""
        env = self.env(extensions, token, extra)
        proc = BotProcess(["-m", "bot", "run"], env=env, cwd=self.workdir, name="bot run")
        await proc.start()
        if wait_ready:
            await proc.wait_ready(timeout)
        return proc
