"""Page buttons of a leaderboard; the custom id carries the board and page, so they work after a restart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.core.leaderboard import BoardKind, BoardPage, BoardQuery
from bot.core.questions import Round
from bot.core.scoring import Period
from bot.ui.errors import report

if TYPE_CHECKING:
    from cogs.leaderboard._cog import Leaderboard


def _cog(interaction: discord.Interaction) -> Leaderboard:
    from cogs.leaderboard._cog import Leaderboard  # the cog imports this module

    cog = interaction.client.get_cog(Leaderboard.__cog_name__)  # type: ignore[union-attr]
    if not isinstance(cog, Leaderboard):  # pragma: no cover - the cog registers these items
        raise RuntimeError("the Leaderboard cog is not loaded")
    return cog


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"mi:lb:(?P<period>[a-z]+):(?P<round>[a-z_]*):(?P<kind>[a-z]+):(?P<page>\d+):(?P<dir>[pn])",
):
    """Previous or next page of a board."""

    def __init__(self, query: BoardQuery, page: int, direction: str, disabled: bool = False) -> None:
        round_ = query.round.value if query.round else ""
        super().__init__(
            discord.ui.Button(
                label="Previous" if direction == "p" else "Next",
                emoji="◀️" if direction == "p" else "▶️",
                style=discord.ButtonStyle.secondary,
                disabled=disabled,
                custom_id=f"mi:lb:{query.period}:{round_}:{query.kind}:{page}:{direction}",
            )
        )
        self.query, self.page, self.direction = query, page, direction

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> PageButton:
        """Rebuild the button from its custom id."""
        query = BoardQuery(
            Period(match["period"]), Round(match["round"]) if match["round"] else None, BoardKind(match["kind"])
        )
        return cls(query, int(match["page"]), match["dir"])

    async def callback(self, interaction: discord.Interaction) -> Any:
        """Show the target page in place."""
        try:
            await _cog(interaction).turn(interaction, self.query, self.page)
        except Exception as error:  # every failure is reported to the member
            await report(interaction, error, "leaderboard page")


def pager(board: BoardPage) -> discord.ui.View:
    """Return the Previous/Next buttons of a board page (persistent: no timeout)."""
    view = discord.ui.View(timeout=None)
    view.add_item(PageButton(board.query, max(board.page - 1, 0), "p", disabled=board.page == 0))
    view.add_item(PageButton(board.query, board.page + 1, "n", disabled=board.page + 1 >= board.pages))
    return view
