"""The daily problem's use cases: configure, claim and record a post, reveal hints, solve, streaks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.core.bank import Bank
from bot.core.daily import DEFAULT_CUTOFF, nonce, pick_daily
from bot.core.streaks import DAILY_POINTS, Streak, streak
from bot.db.daily import DailyRepository
from bot.db.engine import Database
from bot.db.models import DailyPost, GuildSettings
from bot.db.repositories import DailyPostRepository, PointsRepository
from bot.services.daily_views import DailySettings, NoDailyYet, PostView, Solved

__all__ = ["DailyService", "DailySettings", "NoDailyYet", "PostView", "Solved"]

# A claim whose message was not recorded this long after is taken over: its sender died half-way.
CLAIM_LEASE = dt.timedelta(minutes=2)
# Hints are only revealed for posts this recent; older threads have moved on.
HINT_WINDOW = dt.timedelta(days=2)


class DailyService:
    """Use cases of the daily problem, one transaction each."""

    def __init__(self, database: Database, bank: Bank) -> None:
        self.database = database
        self.bank = bank

    def _view(self, row: DailyPost, role_id: int | None = None) -> PostView:
        question = self.bank.get(row.question_id)
        if question is None:
            raise NoDailyYet(f"Question {row.question_id} of that daily problem is no longer in the banks.")
        return PostView(
            id=row.id,
            guild_id=row.guild_id,
            post_date=row.post_date,
            question=question,
            channel_id=row.channel_id,
            role_id=role_id,
            nonce=row.nonce or nonce(row.guild_id, row.post_date),
            message_id=row.message_id,
            thread_id=row.thread_id,
            posted_at=row.posted_at,
            hints_posted=row.hints_posted,
        )

    # — settings —
    async def settings(self, guild_id: int) -> DailySettings:
        """Return a server's settings (defaults if it never set any); a read, as every timer asks."""
        async with self.database.read() as tx:
            row = await tx.get(GuildSettings, guild_id)
        if row is None:
            row = GuildSettings(
                guild_id=guild_id,
                daily_enabled=False,
                daily_time=dt.time(9, 0),
                timezone="UTC",
                daily_round="mix",
                daily_difficulty="rotate",
                daily_cutoff_minutes=int(DEFAULT_CUTOFF.total_seconds() // 60),
            )
        return DailySettings.of(row)

    async def configure(
        self,
        guild_id: int,
        *,
        channel_id: int,
        at: dt.time,
        zone: str,
        round_: str,
        difficulty: str,
        role_id: int | None,
        now: dt.datetime,
        cutoff: dt.timedelta = DEFAULT_CUTOFF,
    ) -> DailySettings:
        """Turn the daily post on with these settings; nothing due before `now` is caught up."""
        async with self.database.write() as tx:
            row = await DailyRepository(tx).settings(guild_id)
            if row.daily_last_post_at is None or row.daily_last_post_at < now:
                row.daily_last_post_at = now
            row.daily_enabled = True
            row.daily_channel_id = channel_id
            row.daily_time = at
            row.timezone = zone
            row.daily_round = round_
            row.daily_difficulty = difficulty
            row.daily_role_id = role_id
            row.daily_cutoff_minutes = int(cutoff.total_seconds() // 60)
            return DailySettings.of(row)

    async def turn_off(self, guild_id: int) -> None:
        """Stop the daily post."""
        async with self.database.write() as tx:
            (await DailyRepository(tx).settings(guild_id)).daily_enabled = False

    async def configured(self) -> list[DailySettings]:
        """Return the settings of every server whose daily post is on."""
        async with self.database.read() as tx:
            return [DailySettings.of(row) for row in await DailyRepository(tx).configured()]

    # — posting —
    async def claim(self, guild_id: int, due: dt.datetime, now: dt.datetime, *, restarted: bool) -> PostView | None:
        """Claim the post due at `due`; None when it is not ours to send (already sent, or another sender has it).

        The first caller inserts the (server, local date) row and sends. A row whose message was never recorded is
        taken over after CLAIM_LEASE, or at once when `restarted` (the claim's sender was this process, now gone).
        """
        async with self.database.write() as tx:
            repo = DailyRepository(tx)
            settings = DailySettings.of(await repo.settings(guild_id))
            if not settings.enabled or settings.channel_id is None:
                return None
            post_date = settings.schedule.post_date(due)
            existing = await repo.post(guild_id, post_date)
            if existing is not None:
                if existing.message_id is not None:
                    return None
                if not await repo.resume(existing.id, now, None if restarted else now - CLAIM_LEASE):
                    return None
                return self._view(existing, settings.role_id)
            history = await repo.history(guild_id)
            question = pick_daily(
                self.bank,
                round_setting=settings.round,
                difficulty_setting=settings.difficulty,
                index=sum(history.values()),
                posted=history,
                seed=guild_id,
            )
            won = await DailyPostRepository(tx).claim(
                guild_id,
                post_date,
                question.id,
                now,
                due_at=due,
                channel_id=settings.channel_id,
                nonce=nonce(guild_id, post_date),
            )
            if not won:
                return None
            row = await repo.post(guild_id, post_date)
            assert row is not None
            return self._view(row, settings.role_id)

    async def sent(self, post_id: int, message_id: int, now: dt.datetime) -> None:
        """Record the message that carried a post: it is never claimed again."""
        async with self.database.write() as tx:
            await DailyRepository(tx).set_fields(post_id, message_id=message_id, posted_at=now)

    async def threaded(self, post_id: int, thread_id: int, due: dt.datetime) -> None:
        """Record a post's discussion thread, and that the server's posts are handled up to `due`.

        Until then a restart catches the post up, and finds its thread missing.
        """
        async with self.database.write() as tx:
            repo = DailyRepository(tx)
            await repo.set_fields(post_id, thread_id=thread_id)
            row = await repo.post_by_id(post_id)
            if row is not None:
                await repo.set_last_post(row.guild_id, due)

    async def skip(self, guild_id: int, due: dt.datetime) -> None:
        """Record a post that was too late to send as handled, so it is never caught up."""
        async with self.database.write() as tx:
            await DailyRepository(tx).set_last_post(guild_id, due)

    async def today(self, guild_id: int, now: dt.datetime) -> PostView | None:
        """Return the server's post of its local today, if it was claimed."""
        settings = await self.settings(guild_id)
        async with self.database.read() as tx:
            row = await DailyRepository(tx).post(guild_id, settings.schedule.post_date(now))
            return self._view(row, settings.role_id) if row is not None else None

    async def post(self, post_id: int) -> PostView | None:
        """Return a post by id."""
        async with self.database.read() as tx:
            row = await DailyRepository(tx).post_by_id(post_id)
            return self._view(row) if row is not None else None

    async def latest(self, guild_id: int) -> PostView:
        """Return the server's newest sent post; raise NoDailyYet if there is none."""
        async with self.database.read() as tx:
            row = await DailyRepository(tx).latest(guild_id)
            if row is None:
                raise NoDailyYet("There is no daily problem in this server yet.")
            return self._view(row)

    # — hints —
    async def hint_posts(self, now: dt.datetime) -> list[PostView]:
        """Return recent sent posts whose hints are not all revealed."""
        async with self.database.read() as tx:
            rows = await DailyRepository(tx).hint_pending(now - HINT_WINDOW)
            views = [self._view(row) for row in rows if self.bank.get(row.question_id) is not None]
        return [v for v in views if v.hints_posted < len(v.question.hints)]

    async def take_hint(self, post_id: int) -> tuple[PostView, int] | None:
        """Claim a post's next hint; return the post and the stage (1-based), or None if none is left or taken."""
        async with self.database.write() as tx:
            repo = DailyRepository(tx)
            row = await repo.post_by_id(post_id)
            if row is None or row.thread_id is None:
                return None
            view = self._view(row)
            stage = row.hints_posted + 1
            if stage > len(view.question.hints) or not await repo.take_hint(post_id, stage):
                return None
            return view, stage

    # — solving —
    async def solve(
        self, guild_id: int, user_id: int, now: dt.datetime, message_id: int | None = None
    ) -> Solved | None:
        """Mark a post solved (the one a message carries, else the newest) and award its points once.

        Returns None when `message_id` is not a daily post. Raises NoDailyYet when the server has none.
        """
        if message_id is not None:
            async with self.database.read() as tx:  # any ✅ anywhere comes here: no write lock for other messages
                if await DailyRepository(tx).post_by_message(message_id) is None:
                    return None
        async with self.database.write() as tx:
            repo = DailyRepository(tx)
            row = await repo.post_by_message(message_id) if message_id is not None else await repo.latest(guild_id)
            if row is None or row.guild_id != guild_id:
                if message_id is not None:
                    return None
                raise NoDailyYet("There is no daily problem in this server yet.")
            new = await repo.solve(row, user_id, now)
            if new:
                source = f"daily:{row.post_date.isoformat()}"
                await PointsRepository(tx).award(guild_id, user_id, DAILY_POINTS, "daily", source, now)
            current = await self._streak(repo, guild_id, user_id, now)
            return Solved(new, self._view(row), current)

    async def streak(self, guild_id: int, user_id: int, now: dt.datetime) -> tuple[Streak, str]:
        """Return a member's streak and the zone its days are counted in."""
        async with self.database.read() as tx:
            repo = DailyRepository(tx)
            return await self._streak(repo, guild_id, user_id, now), await self._zone(repo, guild_id, user_id)

    async def _zone(self, repo: DailyRepository, guild_id: int, user_id: int) -> str:
        settings = await repo.tx.get(GuildSettings, guild_id)
        return await repo.member_zone(guild_id, user_id) or (settings.timezone if settings else "UTC")

    async def _streak(self, repo: DailyRepository, guild_id: int, user_id: int, now: dt.datetime) -> Streak:
        zone = ZoneInfo(await self._zone(repo, guild_id, user_id))
        return streak(await repo.solves(guild_id, user_id), await repo.reviews_given(guild_id, user_id), zone, now)

    async def set_member_zone(self, guild_id: int, user_id: int, zone: str) -> None:
        """Set the zone a member's streak days are counted in."""
        async with self.database.write() as tx:
            await DailyRepository(tx).set_member_zone(guild_id, user_id, zone)
