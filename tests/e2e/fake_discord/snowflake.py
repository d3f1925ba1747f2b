"""Discord ids and timestamps: snowflakes carry their creation time, as Discord's do."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1_420_070_400_000
_counter = itertools.count()


def new_id() -> int:
    """Return a fresh snowflake: milliseconds since Discord's epoch, then a 22-bit increment."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) & 0x3FFFFF)


def iso(at: datetime | None = None) -> str:
    """Return a timestamp in the ISO 8601 form Discord sends."""
    return (at or datetime.now(UTC)).isoformat()


def snowflake_time(snowflake: int) -> datetime:
    """Return when a snowflake was made."""
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)
