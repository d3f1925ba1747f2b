"""Terminal practice: the same session engine as Discord, at a console (`python -m bot practice ROUND`)."""

from bot.practice.console import Console, ScriptConsole, has_terminal, open_console
from bot.practice.flow import HELP, TERMINAL_USER, Practice

__all__ = [
    "HELP",
    "TERMINAL_USER",
    "Console",
    "Practice",
    "ScriptConsole",
    "has_terminal",
    "open_console",
]
