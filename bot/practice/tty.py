"""The interactive terminal: prompt_toolkit for input (history, multi-line paste), rich for Markdown."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from prompt_toolkit import PromptSession
from prompt_toolkit.filters import Condition
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from rich.columns import Columns
from rich.console import Console as RichConsole
from rich.markdown import Markdown
from rich.panel import Panel

from bot.practice.console import Interrupted

# Below this width two columns are too narrow to read code in; the answers are stacked instead.
SIDE_BY_SIDE_MIN_WIDTH = 110


def _answer_keys() -> KeyBindings:
    keys = KeyBindings()

    @keys.add("c-c")
    def _interrupt(event: KeyPressEvent) -> None:
        event.app.exit(exception=Interrupted(event.app.current_buffer.text))

    @Condition
    def on_lone_dot() -> bool:
        from prompt_toolkit.application.current import get_app

        return get_app().current_buffer.document.current_line.strip() == "."

    @keys.add("enter", filter=on_lone_dot)
    def _finish(event: KeyPressEvent) -> None:
        buffer = event.app.current_buffer
        text = buffer.text
        buffer.text = text[: text.rfind(".")].rstrip("\n")
        buffer.validate_and_handle()

    return keys


class TtyConsole:
    """An interactive terminal; Ctrl-C and Ctrl-D reach the session flow as Interrupted and EOFError."""

    interactive = True

    def __init__(self) -> None:
        self.rich = RichConsole(highlight=False)
        self.commands: PromptSession[str] = PromptSession(history=InMemoryHistory())
        self.answers: PromptSession[str] = PromptSession(
            history=InMemoryHistory(), multiline=True, key_bindings=_answer_keys()
        )

    def say(self, text: str = "") -> None:
        """Print plain text (no Markdown, no markup)."""
        self.rich.print(text, markup=False, highlight=False)

    def markdown(self, text: str) -> None:
        """Print Markdown rendered: bold, lists, highlighted code blocks."""
        self.rich.print(Markdown(text, code_theme="monokai"))

    def side_by_side(self, left_title: str, left: str, right_title: str, right: str) -> None:
        """Print two Markdown texts in panels beside each other, or stacked on a narrow terminal."""
        panels = [Panel(Markdown(left), title=left_title), Panel(Markdown(right), title=right_title)]
        if self.rich.width >= SIDE_BY_SIDE_MIN_WIDTH:
            half = (self.rich.width - 2) // 2
            self.rich.print(Columns([Panel(p.renderable, title=p.title, width=half) for p in panels]))
        else:
            for panel in panels:
                self.rich.print(panel)

    async def ask(self, prompt: str | Callable[[], str], *, timeout: float | None = None) -> str | None:
        """Read one line; the prompt is redrawn every second so a time shown in it stays current."""
        app = self.commands.app
        handle = None
        if timeout is not None:
            loop = asyncio.get_running_loop()
            handle = loop.call_later(max(timeout, 0), lambda: app.exit(result=None) if app.is_running else None)
        try:
            return await self.commands.prompt_async(prompt, refresh_interval=1 if callable(prompt) else 0)
        except KeyboardInterrupt:
            raise Interrupted from None
        finally:
            if handle is not None:
                handle.cancel()

    async def read_answer(self, status: Callable[[], str]) -> str:
        """Read a multi-line answer: Esc then Enter (or a line holding only `.`) submits."""
        try:
            # The status line sits above the text, so it shows even where the terminal cannot report its size.
            return await self.answers.prompt_async(lambda: status() + "\n", refresh_interval=1, prompt_continuation="")
        except KeyboardInterrupt:
            raise Interrupted from None
