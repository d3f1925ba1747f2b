"""What the daily service hands out: a server's settings, a post with its question, a solve's outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.daily import DailySchedule
from bot.core.errors import UserFacingError
from bot.core.questions import Question
from bot.core.streaks import Streak
from bot.db.models import GuildSettings


@dataclass(frozen=True)
class DailySettings:
    """A server's settings, as `/config show` lists them and the daily timer reads them."""

    guild_id: int
    enabled: bool
    channel_id: int | None
    schedule: DailySchedule
    round: str
    difficulty: str
    role_id: int | None
    cutoff: dt.timedelta
    last_post_at: dt.datetime | None
    practice_channel_id: int | None
    review_window_hours: int = 48
    leaderboard_channel_id: int | None = None

    @classmethod
    def of(cls, row: GuildSettings) -> DailySettings:
        """Read a settings row."""
        return cls(
            guild_id=row.guild_id,
            enabled=bool(row.daily_enabled and row.daily_channel_id),
            channel_id=row.daily_channel_id,
            schedule=DailySchedule(row.daily_time, row.timezone),
            round=row.daily_round,
            difficulty=row.daily_difficulty,
            role_id=row.daily_role_id,
            cutoff=dt.timedelta(minutes=row.daily_cutoff_minutes),
            last_post_at=row.daily_last_post_at,
            practice_channel_id=row.practice_channel_id,
            review_window_hours=row.review_window_hours,
            leaderboard_channel_id=row.leaderboard_channel_id,
        )


@dataclass(frozen=True)
class PostView:
    """A daily post with its question: what the Discord side sends, or links to."""

    id: int
    guild_id: int
    post_date: dt.date
    question: Question
    channel_id: int | None
    role_id: int | None
    nonce: str
    message_id: int | None
    thread_id: int | None
    posted_at: dt.datetime | None
    hints_posted: int


@dataclass(frozen=True)
class Solved:
    """The outcome of marking a daily solved: whether it is new, and the member's streak after it."""

    new: bool
    post: PostView
    streak: Streak


class NoDailyYet(UserFacingError):
    """The server has no daily problem to show or solve."""
