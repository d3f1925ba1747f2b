"""The judge: a bounded pool of sandboxed runs with a queue and a per-member limit."""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from bot.core.errors import UserFacingError
from bot.core.judge import SMALL_CASE_BUDGET, CaseSpec, RunReport, build_cases, judge_case, verdict_of
from bot.core.questions import CodingQuestion
from bot.judge.budgets import load_budgets
from bot.judge.sandbox import Limits, Sandbox

log = logging.getLogger(__name__)

# A member may start a new run this long after their last one ended: a burst cannot hog the pool.
COOLDOWN_SECONDS = 5.0
# Submissions larger than this are refused before they reach the sandbox (a Discord upload can be big).
MAX_SOURCE_BYTES = 64_000
PROBE_SOURCE = "import numpy\ndef probe():\n    return int(numpy.int64(2)) + 1\n"


class Stage(enum.StrEnum):
    """Where a run is: waiting for a worker, or running."""

    QUEUED = "queued"
    RUNNING = "running"


class JudgeOff(UserFacingError):
    """The sandbox is unavailable; the judge never runs code without it."""


class RunRefused(UserFacingError):
    """The member already has a run queued or running, or is in their cooldown."""


class Judge:
    """Runs submissions in the sandbox, `workers` at a time, one per member with a cooldown."""

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        workers: int | None = None,
        cooldown: float = COOLDOWN_SECONDS,
        budgets: dict[str, dict[int, float]] | None = None,
        small_budget: float = SMALL_CASE_BUDGET,
    ) -> None:
        self.sandbox = sandbox or Sandbox()
        self.workers = workers or os.cpu_count() or 1
        self.cooldown = cooldown
        self.budgets = load_budgets() if budgets is None else budgets
        self.small_budget = small_budget
        self.off_reason: str | None = None
        self._probe: asyncio.Task[str | None] | None = None
        self._slots: asyncio.Queue[int] | None = None
        self._active: set[Hashable] = set()
        self._finished_at: dict[Hashable, float] = {}
        self._cases: dict[str, tuple[list[CaseSpec], bytes]] = {}

    async def start(self) -> str | None:
        """Check the sandbox once with a tiny run; return None when usable, else why it is off (one line)."""
        if self._probe is None:
            self._probe = asyncio.create_task(self._check())
        return await asyncio.shield(self._probe)

    async def _check(self) -> str | None:
        if not self.sandbox.bwrap:
            self.off_reason = "bubblewrap (bwrap) is not installed"
        else:
            raw = await self.sandbox.run(
                {"function": "probe", "source": PROBE_SOURCE, "cases": [{"args": [], "budget": 5.0}]}, 20
            )
            if not any(e.get("value") == 3 for e in raw.events):
                detail = raw.bwrap_error.splitlines()[0] if raw.bwrap_error else f"exit status {raw.returncode}"
                self.off_reason = f"the sandbox cannot start here ({detail[:150]})"
        if self.off_reason:
            log.warning("the judge is off: %s", self.off_reason)
        return self.off_reason

    def admit(self, member: Hashable, *, now: float | None = None) -> None:
        """Reserve the member's one run; raise RunRefused when one is in flight or they are cooling down."""
        now = time.monotonic() if now is None else now
        if member in self._active:
            raise RunRefused("Your previous run is still queued or running; wait for its result.")
        last = self._finished_at.get(member)
        if last is not None and now - last < self.cooldown:
            raise RunRefused(f"Please wait {self.cooldown - (now - last):.0f} s before running again.")
        self._active.add(member)

    def release(self, member: Hashable) -> None:
        """Give back a reservation that will not run (the member changed their mind, the input was bad)."""
        self._active.discard(member)

    async def run(
        self,
        question: CodingQuestion,
        source: str,
        *,
        member: Hashable | None = None,
        on_stage: Callable[[Stage], Awaitable[Any]] | None = None,
    ) -> RunReport:
        """Judge `source` on every case of `question`; `member` must have been admitted. Raises JudgeOff."""
        try:
            if await self.start():
                raise JudgeOff(f"the judge is off: {self.off_reason}; no code runs without its sandbox")
            if self._slots is None:
                self._slots = asyncio.Queue()
                for slot in range(self.workers):
                    self._slots.put_nowait(slot)
            cases, encoded = await asyncio.to_thread(self._prepared, question)
            if on_stage:
                await on_stage(Stage.QUEUED)
            slot = await self._slots.get()
            try:
                if on_stage:
                    await on_stage(Stage.RUNNING)
                return await self._run_in(slot, question, source, cases, encoded)
            finally:
                self._slots.put_nowait(slot)
        finally:
            if member is not None:
                self._active.discard(member)
                self._finished_at[member] = time.monotonic()

    def cases(self, question: CodingQuestion) -> list[CaseSpec]:
        """Return the question's cases with their budgets."""
        return self._prepared(question)[0]

    def _prepared(self, question: CodingQuestion) -> tuple[list[CaseSpec], bytes]:
        """Return the cases and their JSON, built once per question (large inputs take a while to build)."""
        if question.id not in self._cases:
            cases = build_cases(question, self.budgets.get(question.id, {}), self.small_budget)
            encoded = json.dumps([{"args": c.args, "budget": c.budget} for c in cases]).encode()
            self._cases[question.id] = (cases, encoded)
        return self._cases[question.id]

    async def _run_in(
        self, slot: int, question: CodingQuestion, source: str, cases: list[CaseSpec], encoded: bytes
    ) -> RunReport:
        limits: Limits = self.sandbox.limits
        request = {"function": question.function_name, "source": source, "load_budget": limits.load_seconds}
        wall = limits.load_seconds + sum(c.budget for c in cases) + limits.slack_seconds
        raw = await self.sandbox.run(request, wall, slot, encoded_cases=encoded)
        by_case = {e["case"]: e for e in raw.events if isinstance(e.get("case"), int)}
        tail = next((e for e in raw.events if e.get("done")), {})
        load_error = next((str(e["load_error"]) for e in raw.events if "load_error" in e), None)
        # Comparing a large answer (an unordered checker canonicalises every item) would stall the event loop.
        judged = await asyncio.to_thread(
            lambda: [(spec, judge_case(question, spec, by_case.get(i))) for i, spec in enumerate(cases)]
        )
        note = None
        if raw.killed == "wall":
            note = f"stopped after {raw.wall_seconds:.1f} s, past the wall-clock limit"
        elif raw.killed == "output":
            note = "stopped: the run returned more output than the judge accepts"
        elif not tail and load_error is None:
            note = _exit_note(raw.returncode, raw.bwrap_error)
        return RunReport(
            question_id=question.id,
            verdict=verdict_of(judged, load_error=load_error, killed=raw.killed),
            cases=judged,
            stdout=str(tail.get("stdout", "")),
            stderr=str(tail.get("stderr", "")),
            load_error=load_error,
            note=note,
        )


def _exit_note(returncode: int | None, bwrap_error: str) -> str:
    """Explain a run that ended before reporting: a signal (CPU limit, memory) or an exit call."""
    if returncode is not None and returncode < 0:
        return f"the process was killed by signal {-returncode}"
    if returncode in (128 + 9, 128 + 24):
        return "the process was killed (CPU or memory limit)"
    if bwrap_error.startswith("bwrap:"):
        return "the sandbox failed to start"
    return f"the process exited early (status {returncode})"
