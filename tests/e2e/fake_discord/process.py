"""Run the bot as a separate process and read its log: every ERROR record and traceback is kept for the test."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

PROJECT = Path(__file__).resolve().parents[3]
SHIM = Path(__file__).resolve().parents[1] / "shim"
RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+([^\s:]+): (.*)$")
CHAIN = ("During handling of the above exception", "The above exception was the direct cause")
ERROR_LEVELS = ("ERROR", "CRITICAL", "TRACEBACK")
READY_MARKER = "[e2e-shim] ready"


@dataclass
class LogRecord:
    """One log record from the bot's stderr, with its traceback lines."""

    level: str  # a logging level, TRACEBACK for an uncaught exception, or STDERR for other output
    logger: str
    message: str
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the record as printed."""
        return "\n".join(self.lines)

    @property
    def is_error(self) -> bool:
        """Return whether this is an ERROR/CRITICAL record or a traceback."""
        return self.level in ERROR_LEVELS


def _continues(record: LogRecord, line: str) -> bool:
    """Return whether a line belongs to the record before it (traceback frames, exception lines)."""
    last = record.lines[-1] if record.lines else ""
    if line.startswith("Traceback (most recent call last)"):
        has_traceback = any(x.startswith("Traceback") for x in record.lines)
        return (
            (record.level in ("WARNING", *ERROR_LEVELS) and not has_traceback)
            or not last.strip()
            or last.startswith(CHAIN)
        )
    if not line.strip() or line.startswith((" ", "\t", *CHAIN)):
        return True
    in_traceback = any(x.startswith("Traceback") for x in record.lines)
    return in_traceback and (last.startswith((" ", "\t")) or not last.strip())


def bot_env(
    fake_env: dict[str, str], database_url: str, *, extensions: Sequence[str] = (), **extra: str
) -> dict[str, str]:
    """Return the environment for a bot process: the fake's URL and token, the database, the shim on PYTHONPATH."""
    settings = ("DATABASE_URL", "BANKS_DIR", "DEV_GUILD_ID", "LOG_LEVEL", "AUTO_MIGRATE")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DISCORD_", "FAKE_DISCORD", "PYTEST")) and k not in settings
    }
    env.update(
        fake_env,
        DATABASE_URL=database_url,
        PYTHONPATH=os.pathsep.join([str(SHIM), str(PROJECT)]),
        PYTHONUNBUFFERED="1",
        LOG_LEVEL="INFO",
    )
    if extensions:
        env["FAKE_DISCORD_EXTENSIONS"] = ",".join(extensions)
    env.update(extra)
    return env


class BotProcess:
    """A `python -m bot …` (or any Python) process whose stdout and stderr are read as they come."""

    live: ClassVar[list[BotProcess]] = []  # every process started; the e2e fixtures check their errors

    def __init__(self, args: Sequence[str], *, env: dict[str, str], cwd: Path, name: str = "bot") -> None:
        self.args = [sys.executable, *args]
        self.env = env
        self.cwd = cwd
        self.name = name
        self.records: list[LogRecord] = []
        self.stdout: list[str] = []
        self.expected: list[re.Pattern[str]] = []
        self.checked = 0  # records before this index were already checked for errors
        self.process: asyncio.subprocess.Process | None = None
        self.started_at = 0.0  # time.perf_counter() when started
        self.ready_at: float | None = None  # … when the ready marker was read
        self._readers: list[asyncio.Task[None]] = []
        self._change = asyncio.Event()

    def __repr__(self) -> str:
        pid = self.process.pid if self.process else None
        return f"<{self.name} pid={pid} returncode={self.returncode}>"

    # — running —
    async def start(self) -> BotProcess:
        """Start the process."""
        self.started_at = time.perf_counter()
        self.process = await asyncio.create_subprocess_exec(
            *self.args,
            cwd=self.cwd,
            env=self.env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        self._readers = [
            asyncio.create_task(self._read(self.process.stderr, self._stderr_line)),
            asyncio.create_task(self._read(self.process.stdout, self.stdout.append)),
        ]
        BotProcess.live.append(self)
        return self

    async def _read(self, stream: asyncio.StreamReader, sink: object) -> None:
        while True:
            raw = await stream.readline()
            if not raw:
                break
            sink(raw.decode(errors="replace").rstrip("\n"))  # type: ignore[operator]
            event, self._change = self._change, asyncio.Event()
            event.set()

    def _stderr_line(self, line: str) -> None:
        if self.ready_at is None and line == READY_MARKER:
            self.ready_at = time.perf_counter()
        found = RECORD.match(line)
        if found:
            self.records.append(LogRecord(found.group(1), found.group(2), found.group(3), [line]))
        elif self.records and _continues(self.records[-1], line):
            self.records[-1].lines.append(line)
        elif line.startswith("Traceback (most recent call last)"):
            self.records.append(LogRecord("TRACEBACK", "", line, [line]))
        else:
            self.records.append(LogRecord("STDERR", "", line, [line]))

    @property
    def returncode(self) -> int | None:
        """Return the exit status, or None while running."""
        return self.process.returncode if self.process else None

    async def wait_exit(self, timeout: float = 10.0) -> int:
        """Wait for the process to exit on its own and for its output to be read."""
        assert self.process is not None
        await asyncio.wait_for(self.process.wait(), timeout)
        await asyncio.gather(*self._readers)
        return self.process.returncode  # type: ignore[return-value]

    async def stop(self, timeout: float = 10.0) -> int:
        """Interrupt (Ctrl-C) and wait; kill if it hangs."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
                self.records.append(
                    LogRecord("TRACEBACK", "", f"{self.name} did not stop within {timeout} s and was killed")
                )
        await asyncio.gather(*self._readers)
        return self.process.returncode  # type: ignore[return-value]

    # — reading the log —
    def text(self) -> str:
        """Return stderr as printed."""
        return "\n".join(r.text for r in self.records)

    def find(self, pattern: str, since: int = 0) -> LogRecord | None:
        """Return the first record (from index `since`) whose text matches a regex."""
        regex = re.compile(pattern)
        return next((r for r in self.records[since:] if regex.search(r.text)), None)

    async def wait_for_log(self, pattern: str, timeout: float = 10.0, since: int = 0) -> LogRecord:
        """Wait for a log record matching a regex; fail early if the process exits."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            record = self.find(pattern, since)
            if record is not None:
                return record
            if self.returncode is not None and all(t.done() for t in self._readers):
                raise AssertionError(
                    f"{self.name} exited ({self.returncode}) before logging {pattern!r}:\n{self.text()}"
                )
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"{self.name} did not log {pattern!r} within {timeout} s:\n{self.text()}")
            change = self._change
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(change.wait(), min(remaining, 0.2))

    async def wait_ready(self, timeout: float = 15.0) -> None:
        """Wait until discord.py dispatched `ready` (the shim prints a marker when it does)."""
        await self.wait_for_log(re.escape(READY_MARKER), timeout)

    async def settle(self, quiet: float = 0.05, limit: float = 1.0) -> None:
        """Wait until stderr has been quiet for `quiet` seconds (so a test's log lines are all read)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + limit
        while loop.time() < end:
            change = self._change
            try:
                await asyncio.wait_for(change.wait(), quiet)
            except TimeoutError:
                return

    # — errors —
    def expect_error(self, pattern: str) -> None:
        """Declare that an error record matching a regex is expected (the fixture will not fail on it)."""
        self.expected.append(re.compile(pattern))

    def errors(self, since: int = 0) -> list[LogRecord]:
        """Return ERROR/CRITICAL records and tracebacks from index `since`."""
        return [r for r in self.records[since:] if r.is_error]

    def take_unexpected_errors(self) -> list[LogRecord]:
        """Return errors not yet checked that no expectation matches, and mark everything checked."""
        new = self.errors(self.checked)
        self.checked = len(self.records)
        return [r for r in new if not any(p.search(r.text) for p in self.expected)]
