"""The one place outside tests where the bot reads the clock; `bot/core` takes `now` as an argument."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Return the current time as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)
