"""Buttons, selects and the answer modal; custom ids carry the session id so they survive restarts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.questions import RUBRIC_CRITERIA, RUBRIC_SCALE, Round
from bot.core.session import MAX_ANSWER_CHARS, Session
from bot.ui.errors import report
from cogs.judge._views import RunButton

if TYPE_CHECKING:
    from cogs.mock._cog import Mock

BUTTONS = {
    "hint": ("Hint", discord.ButtonStyle.secondary, "💡"),
    "answer": ("Submit answer", discord.ButtonStyle.primary, "📝"),
    "next": ("Next question", discord.ButtonStyle.secondary, "⏭️"),
    "end": ("End", discord.ButtonStyle.danger, "🏁"),
    "packet": ("Interviewer packet", discord.ButtonStyle.secondary, "🗂️"),
}
# A dismissed modal is never reported; forget it after an hour of writing time.
MODAL_TIMEOUT_SECONDS = 3_600
# Five selects fill a message; system design has six criteria, so ratings span two messages.
SELECTS_PER_MESSAGE = 5


def _mock(interaction: discord.Interaction) -> Mock:
    cog = interaction.client.get_cog("Mock")  # type: ignore[union-attr]
    if cog is None:  # pragma: no cover - the cog registers these items
        raise RuntimeError("the Mock cog is not loaded")
    return cog  # type: ignore[return-value]


class SessionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:s:(?P<action>[a-z]+):(?P<id>\d+)"):
    """One control of a running session."""

    def __init__(self, action: str, session_id: int) -> None:
        label, style, emoji = BUTTONS[action]
        super().__init__(
            discord.ui.Button(label=label, style=style, emoji=emoji, custom_id=f"mi:s:{action}:{session_id}")
        )
        self.action, self.session_id = action, session_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> SessionButton:
        """Rebuild the button from its custom id."""
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Dispatch the press to the cog; errors become ephemeral explanations."""
        try:
            await _mock(interaction).press(interaction, self.action, self.session_id)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"button {self.action} of session {self.session_id}")


class RatingSelect(discord.ui.DynamicItem[discord.ui.Select], template=r"mi:r:(?P<id>\d+):(?P<criterion>[a-z_]+)"):
    """A 4-point rating of one rubric criterion."""

    def __init__(self, session_id: int, criterion: str) -> None:
        options = [discord.SelectOption(label=f"{i} · {name}", value=str(i)) for i, name in enumerate(RUBRIC_SCALE, 1)]
        super().__init__(
            discord.ui.Select(
                placeholder=f"Rate: {criterion.replace('_', ' ')}",
                options=options,
                custom_id=f"mi:r:{session_id}:{criterion}",
            )
        )
        self.session_id, self.criterion = session_id, criterion

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select, match: re.Match[str], /
    ) -> RatingSelect:
        """Rebuild the select from its custom id."""
        return cls(int(match["id"]), match["criterion"])

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Store the rating."""
        try:
            score = int(self.item.values[0])
            await _mock(interaction).rate(interaction, self.session_id, self.criterion, score)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"rating of session {self.session_id}")


class AnswerModal(discord.ui.Modal, title="Submit your answer"):
    """A long-form answer, up to Discord's 4,000 characters."""

    answer: discord.ui.TextInput = discord.ui.TextInput(
        label="Your answer", style=discord.TextStyle.paragraph, max_length=MAX_ANSWER_CHARS
    )

    def __init__(self, session_id: int) -> None:
        super().__init__(timeout=MODAL_TIMEOUT_SECONDS, custom_id=f"mi:m:{session_id}")
        self.session_id = session_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Store the answer and echo it in the thread."""
        await _mock(interaction).submit(interaction, self.session_id, self.answer.value)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        """Explain what went wrong instead of logging silently."""
        await report(interaction, error, f"answer to session {self.session_id}")


def controls(session: Session) -> discord.ui.View:
    """Return the buttons of a running session (persistent: no timeout)."""
    view = discord.ui.View(timeout=None)
    actions = ["hint", "answer"] + (["next"] if session.is_series else []) + ["end"]
    if session.interviewer_id is not None:
        actions.append("packet")
    for action in actions:
        view.add_item(SessionButton(action, session.id))
    if session.round in (Round.CODING, Round.ML_CODING):
        view.add_item(RunButton(session.id))
    return view


def rating_views(session: Session) -> list[discord.ui.View]:
    """Return views of rating selects, five per message."""
    criteria = RUBRIC_CRITERIA[session.round]
    views = []
    for start in range(0, len(criteria), SELECTS_PER_MESSAGE):
        view = discord.ui.View(timeout=None)
        for criterion in criteria[start : start + SELECTS_PER_MESSAGE]:
            view.add_item(RatingSelect(session.id, criterion))
        views.append(view)
    return views
