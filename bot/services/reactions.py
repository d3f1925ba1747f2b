"""Peer votes from reaction events, written in batches: one transaction per batch, nothing lost on a clean stop.

Raw reaction events arrive far faster than one commit each allows on SQLite (~1,350/s), so they are queued and
applied in order, many to a transaction. `close()` stops taking events and writes every queued one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.review import SCORE_EMOJI, counts_as_peer, score_of
from bot.db.engine import Database
from bot.db.models import ReviewPrompt, SessionRecord
from bot.db.votes import VoteRepository

log = logging.getLogger(__name__)

# Enough to amortise a commit over many events while a batch stays a few milliseconds of work.
MAX_BATCH = 500
# After the first event of a batch, wait this long for more: at a steady 2,000 events/s a batch then holds ~40
# instead of 1–2, so the writer spends its time on votes rather than on transactions. A vote lands ≤ 20 ms later.
LINGER_SECONDS = 0.02


@dataclass(frozen=True)
class ReactionEvent:
    """A reaction added or removed on some message, as the gateway reports it."""

    message_id: int
    user_id: int
    emoji: str
    added: bool
    is_bot: bool = False


@dataclass(frozen=True)
class Replaced:
    """A reviewer's earlier reaction on a prompt that a new one replaced: the bot removes it from Discord."""

    channel_id: int
    message_id: int
    emoji: str
    user_id: int


class VoteWriter:
    """Turns reaction events on review prompts into peer votes, one batch per transaction."""

    def __init__(
        self,
        database: Database,
        clock: Callable[[], dt.datetime],
        on_replaced: Callable[[Sequence[Replaced]], Awaitable[None]] | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.on_replaced = on_replaced
        self._queue: asyncio.Queue[ReactionEvent | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.applied = 0  # events written (votes or ignored), for benchmarks and logs

    def submit(self, event: ReactionEvent) -> None:
        """Queue an event (never blocks the gateway); events on other emoji are dropped at once."""
        if self._closed or score_of(event.emoji) is None:
            return
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="vote-writer")
        self._queue.put_nowait(event)

    async def close(self) -> None:
        """Stop taking events and write every one already queued."""
        self._closed = True
        if self._task is not None:
            log.info("writing %d queued reaction events before stopping", self._queue.qsize())
            self._queue.put_nowait(None)
            await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            batch = [first] if first is not None else []
            stop = first is None
            if not stop and self._queue.qsize() < MAX_BATCH:
                await asyncio.sleep(LINGER_SECONDS)
            while not stop and len(batch) < MAX_BATCH and not self._queue.empty():
                event = self._queue.get_nowait()
                stop = event is None
                if event is not None:
                    batch.append(event)
            try:
                if batch:
                    replaced = await self.apply(batch)
                    if replaced and self.on_replaced is not None:
                        await self.on_replaced(replaced)
            except Exception:
                log.exception("could not store %d reaction events", len(batch))
            finally:
                for _ in range(len(batch) + int(stop)):
                    self._queue.task_done()
            if stop:
                return

    async def apply(self, events: Sequence[ReactionEvent]) -> list[Replaced]:
        """Apply events in order in one transaction; return the earlier reactions that new ones replaced.

        The batch reads its prompts and the current votes once, plays the events in memory, then writes the
        changed votes in one upsert and the withdrawn ones in one delete: a few statements per batch, not per event.
        """
        now = self.clock()
        async with self.database.write() as tx:
            prompts = await _prompts(tx, {e.message_id for e in events}, now)
            reviewers = {e.user_id for e in events}
            votes = VoteRepository(tx)
            current = await votes.peer_scores(list({p.session_id for p in prompts.values()}), list(reviewers))
            state = dict(current)
            replaced: list[Replaced] = []
            for event in events:
                prompt = prompts.get(event.message_id)
                score = score_of(event.emoji)
                if (
                    prompt is None
                    or score is None
                    or not counts_as_peer(event.user_id, prompt.candidate_id, event.is_bot)
                ):
                    continue
                key = (prompt.session_id, event.user_id, prompt.criterion)
                earlier = state.get(key)
                if not event.added:
                    if earlier == score:
                        state[key] = None
                    continue
                if earlier is not None and earlier != score:
                    replaced.append(
                        Replaced(prompt.channel_id, prompt.message_id, SCORE_EMOJI[earlier - 1], event.user_id)
                    )
                state[key] = score
            changed = {key: score for key, score in state.items() if current.get(key) != score}
            await votes.put_peer_scores(
                {key: score for key, score in changed.items() if score is not None},
                [key for key, score in changed.items() if score is None],
                now,
            )
        self.applied += len(events)
        return replaced


@dataclass(frozen=True)
class _Prompt:
    message_id: int
    channel_id: int
    session_id: int
    criterion: str
    candidate_id: int


async def _prompts(tx: AsyncSession, message_ids: set[int], now: dt.datetime) -> dict[int, _Prompt]:
    """Return the review prompts among these messages whose window is open at `now`."""
    stmt = (
        select(
            ReviewPrompt.message_id,
            ReviewPrompt.channel_id,
            ReviewPrompt.session_id,
            ReviewPrompt.criterion,
            SessionRecord.user_id,
        )
        .join(SessionRecord, SessionRecord.id == ReviewPrompt.session_id)
        .where(
            ReviewPrompt.message_id.in_(message_ids),
            SessionRecord.review_closed_at.is_(None),
            SessionRecord.review_closes_at > now,
        )
    )
    return {row[0]: _Prompt(*row) for row in (await tx.execute(stmt)).all()}
