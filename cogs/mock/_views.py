"""Buttons, selects and the answer modal; custom ids carry the session id so they survive restarts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.questions import RUBRIC_CRITERIA, RUBRIC_SCALE, Round
from bot.core.session import MAX_ANSWER_CHARS, Action, Session
from bot.ui.errors import report
from cogs.judge._views import RunButton

if TYPE_CHECKING:
    from cogs.mock._cog import Mock

BUTTONS = {
    Action.HINT: ("Hint", discord.ButtonStyle.secondary, "💡"),
    Action.ANSWER: ("Submit answer", discord.ButtonStyle.primary, "📝"),
    Action.NEXT: ("Next question", discord.ButtonStyle.secondary, "⏭️"),
    Action.END: ("End", discord.ButtonStyle.danger, "🏁"),
    Action.PACKET: ("Interviewer packet", discord.ButtonStyle.secondary, "🗂️"),
}
ANSWER_FORM_PREFIX = "mi:m:"
ANSWER_FIELD = "answer"
# Five selects fill a message; system design has six criteria, so ratings span two messages.
SELECTS_PER_MESSAGE = 5


def _mock(interaction: discord.Interaction) -> Mock:
    from cogs.mock._cog import Mock  # the cog imports this module

    cog = interaction.client.get_cog(Mock.__cog_name__)  # type: ignore[union-attr]
    if not isinstance(cog, Mock):  # pragma: no cover - the cog registers these items
        raise RuntimeError("the Mock cog is not loaded")
    return cog


class SessionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:s:(?P<action>[a-z]+):(?P<id>\d+)"):
    """One control of a running session."""

    def __init__(self, action: Action, session_id: int) -> None:
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
        return cls(Action(match["action"]), int(match["id"]))

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
    """A long-form answer, up to Discord's 4,000 characters; its custom id carries the session id.

    The form is not kept in memory: `Mock.on_interaction` takes every submission whose custom id the bot issued,
    so an answer typed across a restart, or for hours, is never lost.
    """

    answer: discord.ui.TextInput = discord.ui.TextInput(
        label="Your answer", style=discord.TextStyle.paragraph, max_length=MAX_ANSWER_CHARS, custom_id=ANSWER_FIELD
    )

    def __init__(self, session_id: int) -> None:
        super().__init__(timeout=None, custom_id=f"{ANSWER_FORM_PREFIX}{session_id}")

    async def open(self, interaction: discord.Interaction) -> None:
        """Show the form, then forget it: the cog's listener handles its submission."""
        await interaction.response.send_modal(self)
        self.stop()


def parse_answer_form(data: Any) -> tuple[int, str] | None:
    """Return (session id, text) from a modal submission's data if it is an answer form, else None."""
    match = re.fullmatch(rf"{ANSWER_FORM_PREFIX}(\d+)", str((data or {}).get("custom_id", "")))
    if match is None:
        return None
    pending = list(data.get("components", []))
    while pending:
        component = pending.pop()
        if component.get("custom_id") == ANSWER_FIELD:
            return int(match[1]), str(component.get("value") or "")
        pending.extend(component.get("components", []))
        if "component" in component:  # a Label wraps one component
            pending.append(component["component"])
    return int(match[1]), ""


def controls(session: Session) -> discord.ui.View:
    """Return the buttons of a running session (persistent: no timeout)."""
    view = discord.ui.View(timeout=None)
    actions = [Action.HINT, Action.ANSWER] + ([Action.NEXT] if session.is_series else []) + [Action.END]
    if session.interviewer_id is not None:
        actions.append(Action.PACKET)
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
