"""The review deck at the end of a session: "Add to review deck" (a note form) and the recall rating of a re-attempt.

Custom ids carry the session id and the question's index, so the controls keep working after a restart; only the
candidate may use them (`Session.authorize(..., Action.DECK)`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.clock import utcnow
from bot.core.deck import MAX_NOTE_CHARS, Recall
from bot.core.session import Action, Session
from bot.ui.deck import spoiler
from bot.ui.errors import report
from bot.ui.session import timestamp

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

NOTE_FORM = re.compile(r"mi:deck:note:(\d+):(\d+)")
NOTE_FIELD = "note"
# A message holds five rows of five buttons; a series round asks at most five questions.
MAX_BUTTONS = 25


def _bot(interaction: discord.Interaction) -> MockInterviewerBot:
    return interaction.client  # type: ignore[return-value]


class DeckButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:deck:add:(?P<id>\d+):(?P<index>\d+)"):
    """Adds one question of a finished session to the candidate's deck, through a one-line note form."""

    def __init__(self, session_id: int, index: int, label: str = "Add to review deck") -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.secondary,
                emoji="📌",
                custom_id=f"mi:deck:add:{session_id}:{index}",
            )
        )
        self.session_id, self.index = session_id, index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> DeckButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["id"]), int(match["index"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Open the note form (the form is the acknowledgement; nothing is written yet)."""
        try:
            session = await _bot(interaction).sessions.authorized(self.session_id, interaction.user.id, Action.DECK)
            question = session.questions[self.index]
            form = NoteForm(self.session_id, self.index, question.title)
            await interaction.response.send_modal(form)
            form.stop()  # the listener takes the submission, also after a restart
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"deck button of session {self.session_id}")


class NoteForm(discord.ui.Modal):
    """The one-line note of a new card: the key idea or algorithm, not the code. Taken by `take_note_form`."""

    def __init__(self, session_id: int, index: int, title: str) -> None:
        super().__init__(title="Add to your review deck", timeout=None, custom_id=f"mi:deck:note:{session_id}:{index}")
        self.add_item(
            discord.ui.TextInput(
                label="Key idea or algorithm (one line)",
                placeholder=title[:100],
                max_length=MAX_NOTE_CHARS,
                required=False,
                custom_id=NOTE_FIELD,
            )
        )


class RecallSelect(discord.ui.DynamicItem[discord.ui.Select], template=r"mi:deck:recall:(?P<id>\d+):(?P<index>\d+)"):
    """How well the candidate recalled a re-attempted deck question: Again, Hard, Good or Easy."""

    def __init__(self, session_id: int, index: int) -> None:
        options = [discord.SelectOption(label=recall.label, value=str(int(recall))) for recall in Recall]
        super().__init__(
            discord.ui.Select(
                placeholder="Rate your recall", options=options, custom_id=f"mi:deck:recall:{session_id}:{index}"
            )
        )
        self.session_id, self.index = session_id, index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Select, match: re.Match[str], /
    ) -> RecallSelect:
        """Rebuild the select from its custom id."""
        return cls(int(match["id"]), int(match["index"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Reschedule the card from the rating."""
        try:
            bot = _bot(interaction)
            session = await bot.sessions.authorized(self.session_id, interaction.user.id, Action.DECK)
            await interaction.response.defer(ephemeral=True, thinking=True)
            recall = Recall(int(self.item.values[0]))
            question = session.questions[self.index]
            rated = await bot.deck.rate(
                session.guild_id, session.candidate_id, question.id, recall, utcnow(), session_id=session.id
            )
            points = f" +{rated.points} points." if rated.points else ""
            await interaction.followup.send(
                f"Recall of **{question.title}**: {recall.label}. It comes back {timestamp(rated.card.due, 'D')}."
                f"{points}",
                ephemeral=True,
            )
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"recall rating of session {self.session_id}")


def deck_view(session: Session) -> discord.ui.View:
    """Return one "Add to review deck" button per question of the session."""
    view = discord.ui.View(timeout=None)
    for index in range(min(len(session.questions), MAX_BUTTONS)):
        label = f"Add #{index + 1} to review deck" if session.is_series else "Add to review deck"
        view.add_item(DeckButton(session.id or 0, index, label))
    return view


def recall_view(session: Session, known: frozenset[str]) -> discord.ui.View:
    """Return a recall select per re-attempted question (at most five, one per row)."""
    view = discord.ui.View(timeout=None)
    for index, question in enumerate(session.questions):
        if question.id in known and len(view.children) < 5:
            view.add_item(RecallSelect(session.id or 0, index))
    return view


def parse_note_form(data: Any) -> tuple[int, int, str] | None:
    """Return (session id, question index, note) of a submitted note form, else None."""
    match = NOTE_FORM.fullmatch(str((data or {}).get("custom_id", "")))
    if match is None:
        return None
    pending = list(data.get("components", []))
    while pending:
        component = pending.pop()
        if component.get("custom_id") == NOTE_FIELD:
            return int(match[1]), int(match[2]), str(component.get("value") or "")
        pending.extend(component.get("components", []))
        if "component" in component:  # a Label wraps one component
            pending.append(component["component"])
    return int(match[1]), int(match[2]), ""


async def take_note_form(interaction: discord.Interaction) -> bool:
    """Add the card of a submitted note form; False if the interaction is not one."""
    parsed = parse_note_form(interaction.data) if interaction.type is discord.InteractionType.modal_submit else None
    if parsed is None:
        return False
    session_id, index, note = parsed
    try:
        await interaction.response.defer(ephemeral=True, thinking=True)
        bot = _bot(interaction)
        session = await bot.sessions.authorized(session_id, interaction.user.id, Action.DECK)
        question = session.questions[index]
        card, new = await bot.deck.add(session.guild_id, session.candidate_id, question.id, note, utcnow())
        if new:
            text = f"Added **{question.title}** to your review deck; first re-attempt {timestamp(card.due, 'D')}."
        else:
            text = f"**{question.title}** is already in your review deck; its schedule is unchanged."
        noted = f" Note: {spoiler(card.note)}" if card.note else ""
        await interaction.followup.send(text + noted, ephemeral=True)
    except Exception as error:  # every failure is reported to the member
        await report(interaction, error, f"deck note of session {session_id}")
    return True
