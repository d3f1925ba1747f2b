"""Leaderboards: a page of a board with fair ranks and the caller's own rank, and the in-place channel board.

The channel board is a recurring timer kind: its handler edits one message in the server's leaderboard channel,
then re-arms itself `REFRESH` later, so the message changes at most that often.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from typing import Protocol

from sqlalchemy import select

from bot.core.leaderboard import METRIC, BoardPage, BoardQuery
from bot.core.scoring import Standing, period_start, rank_page
from bot.db.engine import Database
from bot.db.leaderboard import LeaderboardRepository
from bot.db.models import GuildSettings
from bot.db.repositories import GuildRepository
from bot.timers import Due, Pending, TimerKind, TimerRegistry

log = logging.getLogger(__name__)

PAGE_SIZE = 10
LEADERBOARD_REFRESH = "leaderboard-refresh"
# Editing the channel's board more often would only spend rate limit: nobody reads it every second.
REFRESH = dt.timedelta(minutes=5)


class ChannelBoard(Protocol):
    """The leaderboard channel of a server in Discord."""

    async def show(self, channel_id: int, message_id: int | None, board: BoardPage) -> int | None:
        """Edit the board message in place (or post it if there is none); return its id, None if impossible."""


class LeaderboardService:
    """Reads boards in one short read each; keeps the channel board fresh."""

    def __init__(self, database: Database, timers: TimerRegistry, clock: Callable[[], dt.datetime]) -> None:
        self.database = database
        self.timers = timers
        self.clock = clock
        self.channel: ChannelBoard | None = None
        timers.register(TimerKind(LEADERBOARD_REFRESH, self._on_refresh, self._pending))

    async def page(self, guild_id: int, query: BoardQuery, page: int, caller_id: int | None = None) -> BoardPage:
        """Return page `page` (from 0; clamped to the last) of a board, with the caller's rank even off the page."""
        starts = period_start(query.period, self.clock())
        round_ = query.round.value if query.round else ""
        page = max(page, 0)
        async with self.database.read() as tx:
            repo = LeaderboardRepository(tx, guild_id, query.period.value, starts, round_, METRIC[query.kind])
            rows, (members, first_ahead, score, caller_ahead) = await repo.read(
                page * PAGE_SIZE, PAGE_SIZE, caller_id or -1
            )
            pages = max(1, -(-members // PAGE_SIZE))
            if page >= pages and members:  # past the end (the board shrank, or a typed page): show the last
                page = pages - 1
                rows, (members, first_ahead, score, caller_ahead) = await repo.read(
                    page * PAGE_SIZE, PAGE_SIZE, caller_id or -1
                )
        caller = Standing(1 + caller_ahead, caller_id, score) if caller_id is not None and score > 0 else None
        standings = rank_page(rows, 1 + first_ahead, page * PAGE_SIZE)
        return BoardPage(query, min(page, pages - 1), pages, members, standings, caller, starts)

    async def set_channel(self, guild_id: int, channel_id: int | None) -> None:
        """Name (or clear) the server's leaderboard channel and refresh its board now."""
        async with self.database.write() as tx:
            settings = await GuildRepository(tx).get_or_create(guild_id)
            settings.leaderboard_channel_id = channel_id
            settings.leaderboard_message_id = None
        if channel_id is None:
            self.timers.cancel(LEADERBOARD_REFRESH, guild_id)
        else:
            self.timers.at(LEADERBOARD_REFRESH, guild_id, self.clock(), guild_id)

    async def refresh(self, guild_id: int) -> int | None:
        """Edit the server's channel board in place (posting it once); return its message id."""
        async with self.database.read() as tx:
            settings = await tx.get(GuildSettings, guild_id)
        if settings is None or settings.leaderboard_channel_id is None or self.channel is None:
            return None
        board = await self.page(guild_id, BoardQuery(), 0)
        message_id = await self.channel.show(settings.leaderboard_channel_id, settings.leaderboard_message_id, board)
        if message_id is not None and message_id != settings.leaderboard_message_id:
            async with self.database.write() as tx:
                (await GuildRepository(tx).get_or_create(guild_id)).leaderboard_message_id = message_id
        return message_id

    async def _on_refresh(self, due: Due) -> None:
        guild_id = int(due.key.id)
        try:
            await self.refresh(guild_id)
        finally:
            if await self._has_channel(guild_id):
                self.timers.at(LEADERBOARD_REFRESH, guild_id, self.clock() + REFRESH, guild_id)

    async def _has_channel(self, guild_id: int) -> bool:
        async with self.database.read() as tx:
            settings = await tx.get(GuildSettings, guild_id)
        return settings is not None and settings.leaderboard_channel_id is not None

    async def _pending(self) -> Iterable[Pending]:
        async with self.database.read() as tx:
            stmt = select(GuildSettings.guild_id).where(GuildSettings.leaderboard_channel_id.is_not(None))
            guilds = (await tx.scalars(stmt)).all()
        now = self.clock()
        return [Pending(guild_id, guild_id, at=now) for guild_id in guilds]
