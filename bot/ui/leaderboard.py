"""The leaderboard embed: ranks with ties shared, members named by mention (embeds never ping), your own rank."""

from __future__ import annotations

import discord

from bot.core.leaderboard import BoardKind, BoardPage
from bot.core.scoring import Period, Standing

PERIOD_TEXT = {Period.WEEK: "this week", Period.MONTH: "this month", Period.ALL: "all time"}
UNIT = {BoardKind.POINTS: "points", BoardKind.REVIEWERS: "reviews"}
MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}


def title(board: BoardPage) -> str:
    """Return `🏆 Points · this week · coding`."""
    scope = board.query.round.label if board.query.round else "every round"
    name = "Points" if board.query.kind is BoardKind.POINTS else "Reviewers"
    return f"🏆 {name} · {PERIOD_TEXT[board.query.period]} · {scope}"


def line(standing: Standing, unit: str, name: str | None = None) -> str:
    """Return one ranked line; `name` replaces the mention where mentions do not render (the terminal)."""
    who = name if name is not None else f"<@{standing.user_id}>"
    return f"{MEDALS.get(standing.rank, f'`#{standing.rank}`')} {who} · {standing.score:,} {unit}"


def leaderboard_embed(board: BoardPage, *, caller_line: bool = True) -> discord.Embed:
    """Render a page of a board, and the caller's rank even when it is off the page."""
    unit = UNIT[board.query.kind]
    lines = [line(s, unit) for s in board.standings] or ["Nobody has scored in this period yet: be the first!"]
    embed = discord.Embed(title=title(board), description="\n".join(lines), colour=discord.Colour.gold())
    if caller_line:
        mine = (
            f"#{board.caller.rank} of {board.members} · {board.caller.score:,} {unit}"
            if board.caller
            else f"No {unit} in this period yet."
        )
        embed.add_field(name="Your rank", value=mine, inline=False)
    since = "" if board.query.period is Period.ALL else f" · since {board.starts.isoformat()} (UTC)"
    embed.set_footer(text=f"Page {board.page + 1}/{board.pages} · {board.members:,} members{since}")
    return embed
