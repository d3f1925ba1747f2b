"""The button on a daily post that opens a timed /mock session on that day's question; it survives restarts."""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.ui.errors import report


class StartMockButton(discord.ui.DynamicItem[discord.ui.Button], template=r"mi:d:mock:(?P<id>\d+)"):
    """Start a timed mock interview on the daily problem of post `post_id`."""

    def __init__(self, post_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Practise as a timed session",
                style=discord.ButtonStyle.primary,
                emoji="⏱️",
                custom_id=f"mi:d:mock:{post_id}",
            )
        )
        self.post_id = post_id

    @classmethod
    def view(cls, post_id: int) -> discord.ui.View:
        """Return a persistent view holding the button."""
        view = discord.ui.View(timeout=None)
        view.add_item(cls(post_id))
        return view

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> StartMockButton:
        """Rebuild the button from its custom id."""
        return cls(int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Open the session; errors become ephemeral explanations."""
        from cogs.daily._cog import DailyCog

        cog = interaction.client.get_cog(DailyCog.__cog_name__)  # type: ignore[union-attr]
        try:
            assert isinstance(cog, DailyCog)
            await cog.start_mock(interaction, self.post_id)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, f"daily mock button of post {self.post_id}")
