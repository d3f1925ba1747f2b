"""Send the daily post and its hints: claim first, send with a deterministic nonce, then the thread and hint timers."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
from collections import defaultdict
from typing import TYPE_CHECKING

import discord
from aiolimiter import AsyncLimiter

from bot.clock import utcnow
from bot.core.daily import hint_times, nonce, too_late
from bot.services.daily import DailyService, PostView
from bot.timers import Daily, Due, Pending
from bot.ui import daily as ui
from cogs.daily._views import StartMockButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot

log = logging.getLogger(__name__)

POST_KIND = "daily-post"
HINT_KIND = "daily-hint"
# The discussion thread stays open a day after its last message.
THREAD_ARCHIVE_MINUTES = 1_440
THREAD_EXISTS = 160004
# Discord allows a bot 50 requests/s in all. A thousand servers due the same minute make two requests each (message,
# thread): pace them at 45/s, one at a time, so a fixed one-second window never sees more than 46 and no 429 comes.
REQUESTS_PER_SECOND = 45
# Servers handled at once: the pace bounds throughput anyway, and a thousand timers firing together must not queue a
# thousand transactions on the database pool (SQLite's writers wait 5 s at most, the pool 30 s).
CONCURRENT_POSTS = 8


class DailyPoster:
    """The daily post's timer handlers, and `/daily now`."""

    def __init__(self, bot: MockInterviewerBot, daily: DailyService) -> None:
        self.bot = bot
        self.daily = daily
        # One sender per server in this process: `/daily now` and the timer never race each other.
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._pace = AsyncLimiter(1, 1 / REQUESTS_PER_SECOND)
        self._slots = asyncio.Semaphore(CONCURRENT_POSTS)

    # — timers —
    def schedule(self, guild_id: int, at: dt.time, zone: str) -> None:
        """(Re)arm a server's recurring post."""
        self.bot.timers.daily(POST_KIND, guild_id, Daily(at=at, zone=zone), guild_id)

    def unschedule(self, guild_id: int) -> None:
        """Stop a server's recurring post."""
        self.bot.timers.cancel(POST_KIND, guild_id)

    async def pending_posts(self) -> list[Pending]:
        """List every configured server's recurring post, handled up to its last post."""
        return [
            Pending(
                id=s.guild_id,
                guild_id=s.guild_id,
                daily=Daily(at=s.schedule.at, zone=s.schedule.zone),
                done_through=s.last_post_at,
            )
            for s in await self.daily.configured()
        ]

    async def pending_hints(self) -> list[Pending]:
        """List the next hint of every recent post whose hints are not all revealed."""
        pending = []
        for post in await self.daily.hint_posts(utcnow()):
            assert post.posted_at is not None
            at = hint_times(post.posted_at, len(post.question.hints))[post.hints_posted]
            pending.append(Pending(id=_hint_id(post.id, post.hints_posted + 1), guild_id=post.guild_id, at=at))
        return pending

    async def on_post_due(self, due: Due) -> None:
        """Post a server's problem of the day, unless it is past the server's cutoff (then log and skip it)."""
        async with self._slots:
            await self._post_due(due)

    async def _post_due(self, due: Due) -> None:
        guild_id = int(due.key.id)
        settings = await self.daily.settings(guild_id)
        if not settings.enabled:
            return
        now = utcnow()
        if too_late(due.due, now, settings.cutoff):
            log.info(
                "daily post of server %s skipped: due %s, %s late (cutoff %s)",
                guild_id,
                due.due.isoformat(timespec="minutes"),
                str(now - due.due).split(".")[0],
                settings.cutoff,
            )
            await self.daily.skip(guild_id, due.due)
            return
        await self.post(guild_id, due.due, restarted=due.late)

    async def on_hint_due(self, due: Due) -> None:
        """Reveal a post's next hint in its thread, then arm the one after."""
        async with self._slots:
            await self._hint_due(due)

    async def _hint_due(self, due: Due) -> None:
        taken = await self.daily.take_hint(int(due.key.id.split("-")[0]))
        if taken is None:
            return
        post, stage = taken
        thread = await self._channel(post.thread_id)
        if thread is not None:
            await self._pace.acquire()
            await thread.send(ui.hint_text(post, stage), nonce=nonce(post.guild_id, post.post_date, f"h{stage}"))
            log.info("daily hint %d of server %s revealed", stage, post.guild_id)
        self._arm_hint(post, stage)

    # — posting —
    async def post(self, guild_id: int, due: dt.datetime, *, restarted: bool) -> PostView | None:
        """Claim and send the post due at `due`; None if it was not ours to send (already sent or being sent)."""
        async with self._locks[guild_id]:
            post = await self.daily.claim(guild_id, due, utcnow(), restarted=restarted)
            if post is None:
                if restarted:
                    await self._finish_thread(guild_id, due)
                return None
            channel = await self._channel(post.channel_id)
            mentions = discord.AllowedMentions(roles=[discord.Object(post.role_id)]) if post.role_id else None
            await self._pace.acquire()  # right before the request: a claim waits its turn well within CLAIM_LEASE
            message = None
            if channel is not None:
                # A removed channel or permission is an admin's doing, not a bug: warn, and no retry today.
                with contextlib.suppress(discord.Forbidden, discord.NotFound):
                    message = await channel.send(
                        content=ui.post_content(post),
                        embed=ui.post_embed(post),
                        view=StartMockButton.view(post.id),
                        nonce=post.nonce,
                        allowed_mentions=mentions or discord.AllowedMentions.none(),
                    )
            if message is None:
                log.warning(
                    "daily post of server %s not sent: channel %s is gone or closed to us", guild_id, post.channel_id
                )
                await self.daily.skip(guild_id, due)
                return None
            now = utcnow()
            await self.daily.sent(post.id, message.id, now)
            thread_id = await self._thread(message, post)
            await self.daily.threaded(post.id, thread_id, due)
            log.info("daily post of server %s for %s sent", guild_id, post.post_date)
            sent = dataclasses.replace(post, message_id=message.id, thread_id=thread_id, posted_at=now)
            self._arm_hint(sent, 0)
            return sent

    async def _finish_thread(self, guild_id: int, due: dt.datetime) -> None:
        """Give the sent post due at `due` its thread if a crash came between the message and the thread."""
        post = await self.daily.today(guild_id, due)
        if post is None or post.message_id is None or post.thread_id is not None:
            return
        channel = await self._channel(post.channel_id)
        if isinstance(channel, discord.TextChannel):
            thread_id = await self._thread(channel.get_partial_message(post.message_id), post)
            await self.daily.threaded(post.id, thread_id, due)
            log.info("daily post of server %s for %s given its thread after a restart", guild_id, post.post_date)
            self._arm_hint(dataclasses.replace(post, thread_id=thread_id), post.hints_posted)

    async def _thread(self, message: discord.Message | discord.PartialMessage, post: PostView) -> int:
        await self._pace.acquire()
        try:
            thread = await message.create_thread(
                name=ui.thread_name(post), auto_archive_duration=THREAD_ARCHIVE_MINUTES
            )
        except discord.HTTPException as exc:
            if exc.code == THREAD_EXISTS:  # a retry after a crash: the thread's id is the message's
                return message.id
            raise
        return thread.id

    def _arm_hint(self, post: PostView, done: int) -> None:
        if post.posted_at is None or done >= len(post.question.hints):
            return
        at = hint_times(post.posted_at, len(post.question.hints))[done]
        self.bot.timers.at(HINT_KIND, _hint_id(post.id, done + 1), at, post.guild_id)

    async def _channel(self, channel_id: int | None) -> discord.abc.Messageable | None:
        if channel_id is None:
            return None
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(channel_id)
            except (discord.NotFound, discord.Forbidden):
                return None
        return channel  # type: ignore[return-value]


def _hint_id(post_id: int, stage: int) -> str:
    """Return a hint timer's id: one per stage, so arming the next never replaces the one running."""
    return f"{post_id}-{stage}"
