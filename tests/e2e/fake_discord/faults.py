"""Faults the network can cause: a request Discord carried out whose response never reaches the bot."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field


@dataclass
class HeldResponses:
    """After `after` matching requests succeed normally, carry out each further one but withhold its response
    until `release()` — as when the bot dies, or the connection drops, between Discord's commit and its reply."""

    method: str
    path: str  # a regex on the API path
    after: int = 0
    seen: int = 0
    held: int = 0
    _released: asyncio.Event = field(default_factory=asyncio.Event)

    def matches(self, method: str, path: str) -> bool:
        """Return whether a request falls under this fault."""
        return self.method in ("*", method) and re.fullmatch(self.path, path) is not None

    async def pass_or_hold(self) -> None:
        """Count a carried-out request; wait for the release if it is past `after`."""
        self.seen += 1
        if self.seen > self.after:
            self.held += 1
            await self._released.wait()

    def release(self) -> None:
        """Let every withheld response go (a bot that was killed meanwhile never reads it)."""
        self._released.set()
