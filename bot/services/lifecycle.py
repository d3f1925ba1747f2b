"""A session's life after it opens: its timers, nudges, ending and the reveal, shared by Discord and the terminal.

The service posts through a `SessionRoom` port: the Discord adapter implements it with the session's thread, the
terminal with standard output. The reveal is posted in parts, each recorded as it lands and sent with a
deterministic nonce, so a restart in the middle completes it without posting a part twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.core.session import TERMINAL_GUILD_ID, Session, SessionError
from bot.services.sessions import SessionService
from bot.timers import CatchUp, Due, Pending, TimerKind, TimerRegistry

log = logging.getLogger(__name__)

END = "session-end"
NUDGE = "session-nudge"
REVEAL = "session-reveal"
# A nudge is only worth posting near its moment; one missed by more than this while the bot was down is dropped.
NUDGE_CUTOFF = dt.timedelta(seconds=60)


class RoomGone(Exception):
    """The room can no longer be posted in (deleted, locked or archived by a moderator, no access)."""


@dataclass(frozen=True)
class RevealPart:
    """One message of the reveal; `post(nonce)` sends it and returns its message id (None where there is none).

    The part flagged `summary` is the summary card, whose message id the session keeps.
    """

    name: str
    post: Callable[[str], Awaitable[int | None]]
    summary: bool = False


class SessionRoom(Protocol):
    """Where a session's messages go: its Discord thread, or the terminal."""

    @property
    def where(self) -> str:
        """Say where the messages went, for the member (e.g. `<#123>`, "your direct messages")."""

    async def nudge(self, session: Session, text: str, nonce: str) -> None:
        """Post a timed reminder with its nonce (the same on every attempt); raise RoomGone if the room is
        unusable."""

    def reveal(self, session: Session, headline: str) -> Sequence[RevealPart]:
        """Return the reveal's parts in order; one is the summary card."""


Rooms = Callable[[Session], Awaitable[SessionRoom | None]]


@dataclass(frozen=True)
class Ending:
    """A session that just ended, and where its reveal was posted (None: nowhere could take it)."""

    session: Session
    where: str | None


def reveal_nonce(session_id: int, index: int) -> str:
    """Return the nonce of a reveal part: the same on every attempt, so Discord never creates it twice."""
    return f"mi-r{session_id}-{index}"


def nudge_nonce(session_id: int, index: int) -> str:
    """Return the nonce of a session's `index`-th nudge: a restart that fires it again posts nothing new."""
    return f"mi-n{session_id}-{index}"


class SessionLifecycle:
    """Schedules a session's timers, ends it once, and reveals what good looks like."""

    def __init__(
        self, sessions: SessionService, timers: TimerRegistry, rooms: Rooms, clock: Callable[[], dt.datetime]
    ) -> None:
        self.sessions = sessions
        self.timers = timers
        self.rooms = rooms
        self.clock = clock
        timers.register(TimerKind(END, self._on_deadline, self._pending_deadlines))
        timers.register(TimerKind(NUDGE, self._on_nudge, self._pending_nudges, CatchUp(cutoff=NUDGE_CUTOFF)))
        timers.register(TimerKind(REVEAL, self._on_unfinished_reveal, self._pending_reveals))

    def schedule(self, session: Session) -> None:
        """Schedule a running session's nudges and deadline."""
        now = self.clock()
        for index, nudge in enumerate(session.nudges()):
            if nudge.at > now:
                self.timers.at(NUDGE, f"{session.id}:{index}", nudge.at, session.guild_id)
        self.timers.at(END, session.id, session.deadline, session.guild_id)

    async def finish(self, session_id: int, ended_by: int | None = None, *, late: bool = False) -> Ending | None:
        """End a session once (button, command or deadline) and reveal; None if it had already ended."""
        session = await self.sessions.end(session_id, self.clock(), user_id=ended_by)
        if session is None:
            return None
        self.timers.cancel(END, session_id)
        for index in range(len(session.nudges())):
            self.timers.cancel(NUDGE, f"{session_id}:{index}")
        headline = "Time is up" if ended_by is None else "Session ended"
        where = await self.reveal(session, headline + (" (while the bot was offline)" if late else ""))
        return Ending(session, where)

    async def reveal(self, session: Session, headline: str) -> str | None:
        """Post the reveal parts not yet recorded as posted, and say where; a room that is gone ends it for good."""
        room = await self.rooms(session)
        if room is None:
            log.info("session %s has nowhere to post its reveal; marking it done", session.id)
            await self.sessions.complete_reveal(session.id, self.clock())
            return None
        parts = room.reveal(session, headline)
        try:
            for index in range(await self.sessions.reveal_step(session.id), len(parts)):
                message_id = await parts[index].post(reveal_nonce(session.id, index))
                await self.sessions.record_reveal_step(
                    session.id,
                    index + 1,
                    self.clock(),
                    summary_message_id=message_id if parts[index].summary else None,
                    done=index == len(parts) - 1,
                )
        except RoomGone:
            log.info("the room of session %s is gone; its reveal stops here", session.id)
            await self.sessions.complete_reveal(session.id, self.clock())
            return None
        return room.where

    async def _on_deadline(self, due: Due) -> None:
        await self.finish(int(due.key.id), late=due.late)

    async def _on_nudge(self, due: Due) -> None:
        session_id, index = (int(part) for part in due.key.id.split(":"))
        try:
            session = await self.sessions.get(session_id)
            session.require_running(self.clock())
        except SessionError:
            return
        room = await self.rooms(session)
        if room is not None:
            try:
                await room.nudge(session, session.nudges()[index].text, nudge_nonce(session_id, index))
            except RoomGone:
                log.info("the room of session %s is gone; nudge dropped", session_id)

    async def _on_unfinished_reveal(self, due: Due) -> None:
        await self.reveal(await self.sessions.get(int(due.key.id)), "Session ended (finishing after a restart)")

    async def _running(self) -> list[Session]:
        """Return the running sessions to time; one of ours that never got its thread (the bot stopped while
        opening it) is cancelled, so its member can start again."""
        threadless = set()
        for session_id, guild_id in await self.sessions.threadless(exclude_guild=TERMINAL_GUILD_ID):
            threadless.add(session_id)
            if self.timers.serves(guild_id):
                log.info("session %s never got its thread (stopped while opening); cancelled", session_id)
                await self.sessions.cancel(session_id, self.clock())
        found = []
        for session_id in await self.sessions.running_ids(exclude_guild=TERMINAL_GUILD_ID):
            if session_id in threadless:
                continue
            try:
                found.append(await self.sessions.get(session_id))
            except SessionError:
                log.warning("cannot rebuild the timers of session %s", session_id, exc_info=True)
        return found

    async def _pending_deadlines(self) -> Iterable[Pending]:
        return [Pending(s.id, s.guild_id, at=s.deadline) for s in await self._running()]

    async def _pending_nudges(self) -> Iterable[Pending]:
        now = self.clock()
        return [
            Pending(f"{s.id}:{index}", s.guild_id, at=nudge.at)
            for s in await self._running()
            for index, nudge in enumerate(s.nudges())
            if nudge.at > now - NUDGE_CUTOFF
        ]

    async def _pending_reveals(self) -> Iterable[Pending]:
        return [
            Pending(session_id, guild_id, at=ended_at)
            for session_id, guild_id, ended_at in await self.sessions.unrevealed(exclude_guild=TERMINAL_GUILD_ID)
        ]
