"""`python -m bot leaderboard` and `python -m bot stats`: the boards and the profile of the terminal practitioner."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.clock import utcnow
from bot.config import Settings, cli_command
from bot.core.leaderboard import BoardKind, BoardQuery
from bot.core.questions import Round
from bot.core.scoring import Period
from bot.core.session import TERMINAL_GUILD_ID as TERMINAL_GUILD
from bot.db.engine import Database
from bot.db.migrate import ensure_at_head
from bot.files import write_file
from bot.practice import TERMINAL_USER
from bot.scheduling import Scheduler
from bot.services.leaderboard import LeaderboardService
from bot.services.stats import StatsService
from bot.timers import TimerRegistry
from bot.ui.chart import render_png
from bot.ui.leaderboard import UNIT, line, title
from bot.ui.stats import profile_lines

REPORTS = ("leaderboard", "stats")
TERMINAL_NAME = "you"


def add_parsers(sub: argparse._SubParsersAction, round_type: Callable[[str], Round] = Round.parse) -> None:
    """Add the `leaderboard` and `stats` subcommands; `round_type` reads `--round` (and explains a bad one)."""
    board = sub.add_parser("leaderboard", help="print the leaderboard of this terminal's practice database")
    board.add_argument("--period", type=Period, choices=list(Period), default=Period.ALL)
    board.add_argument("--round", type=round_type, help="one round only")
    board.add_argument("--board", type=BoardKind, choices=list(BoardKind), default=BoardKind.POINTS)
    stats = sub.add_parser("stats", help="print your practice profile; --out also draws its chart")
    stats.add_argument("--out", type=Path, help="write the chart to this PNG file")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    """Print the requested report for the terminal practitioner; return the exit status."""
    database = Database.from_url(settings.database_url)
    try:
        await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate or database.is_sqlite)
        if args.command == "leaderboard":
            print(await _leaderboard(database, BoardQuery(args.period, args.round, args.board)))
        else:
            print(await _stats(database, args.out))
        return 0
    finally:
        await database.dispose()


async def _leaderboard(database: Database, query: BoardQuery) -> str:
    service = LeaderboardService(database, TimerRegistry(Scheduler(), utcnow), utcnow)
    board = await service.page(TERMINAL_GUILD, query, 0, TERMINAL_USER)
    unit = UNIT[query.kind]
    names = {TERMINAL_USER: TERMINAL_NAME}
    rows = [line(s, unit, names.get(s.user_id, f"member {s.user_id}")) for s in board.standings]
    empty = f"Nothing scored in this period yet: try `{cli_command()} practice coding`."
    return "\n".join([title(board), *(rows or [empty])])


async def _stats(database: Database, out: Path | None) -> str:
    profile = await StatsService(database, utcnow).profile(TERMINAL_GUILD, TERMINAL_USER)
    lines = profile_lines(profile, TERMINAL_NAME)
    if out is not None:
        write_file(out, await asyncio.to_thread(render_png, profile, "Your practice"))
        lines.append(f"Chart written to {out}")
    return "\n".join(lines)
