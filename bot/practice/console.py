"""The two ways a practice session talks to its member: an interactive terminal, or a script on stdin."""

from __future__ import annotations

import asyncio
import re
import sys
import threading
from collections.abc import Callable
from typing import BinaryIO, Protocol, TextIO

# A lone surrogate U+DC80..U+DCFF stands for one byte that was not UTF-8 (Python's surrogateescape).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_OTHER_SURROGATE = re.compile("[\ud800-\udfff]")


class Interrupted(Exception):
    """The member pressed Ctrl-C; `draft` holds an answer they were typing, if any."""

    def __init__(self, draft: str = "") -> None:
        super().__init__("interrupted")
        self.draft = draft


def clean_text(text: str) -> tuple[str, int]:
    """Return text safe to store, with bytes that were not UTF-8 read as Latin-1, and how many there were."""
    count = len(_ESCAPED_BYTE.findall(text))
    text = _ESCAPED_BYTE.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("latin-1"), text)
    return _OTHER_SURROGATE.sub("\ufffd", text), count


class Console(Protocol):
    """What the session flow needs from a terminal."""

    interactive: bool

    def say(self, text: str = "") -> None:
        """Print plain text."""

    def markdown(self, text: str) -> None:
        """Print Markdown: rendered on a terminal, as written otherwise."""

    def side_by_side(self, left_title: str, left: str, right_title: str, right: str) -> None:
        """Print two Markdown texts beside each other (or one after the other when narrow)."""

    async def ask(self, prompt: str | Callable[[], str], *, timeout: float | None = None) -> str | None:
        """Read one line; None when `timeout` seconds passed. Raises EOFError (Ctrl-D, end) or Interrupted."""

    async def read_answer(self, status: Callable[[], str]) -> str:
        """Read a multi-line answer. Raises EOFError or Interrupted (with the draft)."""


class ScriptConsole:
    """Reads lines from a pipe or file (`--script`) and prints plain text; never blocks the exit."""

    interactive = False

    def __init__(self, stdin: BinaryIO, stdout: TextIO) -> None:
        self.stdout = stdout
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def pump() -> None:  # a daemon thread: a read blocked on stdin never keeps the process alive
            for raw in stdin:
                line = raw.decode("utf-8", "surrogateescape").rstrip("\r\n")
                loop.call_soon_threadsafe(self._lines.put_nowait, line)
            loop.call_soon_threadsafe(self._lines.put_nowait, None)

        threading.Thread(target=pump, name="practice-stdin", daemon=True).start()

    def say(self, text: str = "") -> None:
        """Print plain text."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def markdown(self, text: str) -> None:
        """Print Markdown as written: plain text for pipes and files."""
        self.say(text + "\n")

    def side_by_side(self, left_title: str, left: str, right_title: str, right: str) -> None:
        """Print the two texts one after the other."""
        self.say(f"{left_title}\n{left}\n\n{right_title}\n{right}")

    async def ask(self, prompt: str | Callable[[], str], *, timeout: float | None = None) -> str | None:
        """Print the prompt and read the next line of the script."""
        self.stdout.write(prompt() if callable(prompt) else prompt)
        self.stdout.flush()
        try:
            line = await asyncio.wait_for(self._lines.get(), timeout)
        except TimeoutError:
            self.say()
            return None
        if line is None:
            self._lines.put_nowait(None)  # every later read sees the end too
            self.say()
            raise EOFError
        return line

    async def read_answer(self, status: Callable[[], str]) -> str:
        """Read lines until a lone `.`; the end of input ends the answer."""
        lines: list[str] = []
        while True:
            try:
                line = await self.ask("")
            except EOFError:
                if lines:
                    return "\n".join(lines)
                raise
            if line is None or line.strip() == ".":
                return "\n".join(lines)
            lines.append(line)


def open_console(script: bool) -> Console:
    """Return the console for this process: a script reader, or the interactive terminal."""
    if script:
        return ScriptConsole(sys.stdin.buffer, sys.stdout)
    from bot.practice.tty import TtyConsole

    return TtyConsole()


def has_terminal() -> bool:
    """Tell whether both standard input and output are an interactive terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()
