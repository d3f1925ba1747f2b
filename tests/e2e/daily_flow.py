"""A controllable clock for bot processes, and what a member sees of the daily problem; shared by daily e2e modules."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tests.e2e.fake_discord import Channel, FakeDiscord, Message

DAILY_TITLE = "Daily problem · "


class FakeClock:
    """Moves the clock of every bot process started with FAKE_CLOCK_FILE=self.path (see shim/sitecustomize.py)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.path.write_text("0", encoding="utf-8")

    def env(self) -> dict[str, str]:
        """Return the setting that hands a bot process this clock."""
        return {"FAKE_CLOCK_FILE": str(self.path)}

    def set(self, instant: dt.datetime) -> None:
        """Make the bots' "now" this instant (then it runs on at real speed)."""
        offset = (instant - dt.datetime.now(dt.UTC)).total_seconds()
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(f"{offset:.6f}", encoding="utf-8")
        os.replace(tmp, self.path)  # atomic: a bot never reads half a number


def daily_posts(fake: FakeDiscord, channel: Channel | str = "daily") -> list[Message]:
    """Return the bot's daily posts in a channel, oldest first."""
    return [
        m
        for m in fake.history(channel)
        if int(m.data["author"]["id"]) == fake.me.id
        and any(e.get("title", "").startswith(DAILY_TITLE) for e in m.embeds)
    ]


def bot_lines(fake: FakeDiscord, thread: Channel) -> list[str]:
    """Return the text of the bot's messages in a thread."""
    return [m.content for m in fake.history(thread) if int(m.data["author"]["id"]) == fake.me.id]
