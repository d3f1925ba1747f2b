"""The `/help` embed."""

from __future__ import annotations

from collections.abc import Iterable

import discord
from discord import app_commands

from bot.core.render import clip
from bot.ui.fit import FIELD_LIMIT


def _lines(commands: Iterable[app_commands.Command | app_commands.Group], prefix: str = "") -> list[str]:
    lines = []
    for command in sorted(commands, key=lambda c: c.name):
        name = f"{prefix}{command.name}"
        if isinstance(command, app_commands.Group):
            lines.extend(_lines(command.commands, prefix=f"{name} "))
        else:
            lines.append(f"`/{name}` — {command.description}")
    return lines


def help_embed(
    commands: Iterable[app_commands.Command | app_commands.Group], judge_off: str | None = None
) -> discord.Embed:
    """Render every slash command with its description, and whether Run tests works (`judge_off`: why not)."""
    embed = discord.Embed(
        title="Mock Interviewer",
        description="Timed mock interviews for SWE and MLE loops: coding, ML coding, ML theory, "
        "ML system design and behavioral. Practise offline with `python -m bot practice <round>`.",
        colour=discord.Colour.blurple(),
    )
    # A field holds 1,024 characters: the list continues in further fields rather than being cut.
    chunks: list[list[str]] = [[]]
    for line in (clip(line, FIELD_LIMIT) for line in _lines(commands)):
        if chunks[-1] and len("\n".join([*chunks[-1], line])) > FIELD_LIMIT:
            chunks.append([])
        chunks[-1].append(line)
    for index, chunk in enumerate(chunks):
        name = "Commands" if index == 0 else "Commands (continued)"
        embed.add_field(name=name, value="\n".join(chunk) or "None yet.", inline=False)
    if judge_off:
        judge = f"Off on this server: {judge_off}. Paste your code as an answer instead."
    else:
        judge = (
            "In coding and ML-coding sessions, **Run tests** runs your code in a sandbox against the "
            "examples, hidden tests (shown as counts) and a large case with a time budget. "
            "Offline: `python -m bot judge QUESTION_ID FILE.py`."
        )
    embed.add_field(name="Run tests", value=clip(judge, FIELD_LIMIT), inline=False)
    return embed
