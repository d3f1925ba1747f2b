"""The Run tests button and its form: a code field or a `.py` upload."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.ui.errors import report

if TYPE_CHECKING:
    from cogs.judge._cog import CodeJudge

# Discord's text input holds 4,000 characters; longer code comes as a file.
MAX_CODE_CHARS = 4_000
# A dismissed modal is never reported; forget it after an hour of writing time.
MODAL_TIMEOUT_SECONDS = 3_600


def _judge(interaction: discord.Interaction) -> CodeJudge:
    cog = interaction.client.get_cog("Judge")  # type: ignore[union-attr]
    if cog is None:  # pragma: no cover - the cog registers these items
        raise RuntimeError("the Judge cog is not loaded")
    return cog  # type: ignore[return-value]


class RunButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:j:run:(?P<id>\d+)"):
    """Run the candidate's code against the question's tests."""

    def __init__(self, session_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Run tests", style=discord.ButtonStyle.success, emoji="▶️", custom_id=f"mi:j:run:{session_id}"
            )
        )
        self.session_id = session_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> RunButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Open the form, or explain why not."""
        try:
            await _judge(interaction).press(interaction, self.session_id)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"run button of session {self.session_id}")


class RunModal(discord.ui.Modal, title="Run tests"):
    """Paste code, or upload a .py file."""

    def __init__(self, session_id: int) -> None:
        super().__init__(timeout=MODAL_TIMEOUT_SECONDS, custom_id=f"mi:jm:{session_id}")
        self.session_id = session_id
        self.code = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=MAX_CODE_CHARS, required=False, custom_id="code"
        )
        self.upload = discord.ui.FileUpload(required=False, max_values=1, custom_id="file")
        code = discord.ui.Label(text="Your code", description="Up to 4,000 characters", component=self.code)
        self.add_item(code)
        upload = discord.ui.Label(text="…or a .py file", description="Up to 64 KB", component=self.upload)
        self.add_item(upload)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Queue the run and post its message in the thread."""
        await _judge(interaction).submit(interaction, self.session_id, self.code.value, list(self.upload.values))

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        """Explain what went wrong instead of logging silently."""
        await report(interaction, error, f"run of session {self.session_id}")
