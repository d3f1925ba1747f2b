"""Without a working sandbox the judge is off, says why in one line, and runs nothing."""

from __future__ import annotations

import pytest

from bot.judge.runner import Judge, JudgeOff
from bot.judge.sandbox import Sandbox
from tests.judge.conftest import TEST_LIMITS, total_question


async def test_missing_bwrap_turns_the_judge_off() -> None:
    judge = Judge(Sandbox(TEST_LIMITS, bwrap=""), workers=1)
    assert await judge.start() == "bubblewrap (bwrap) is not installed"
    with pytest.raises(JudgeOff, match="no code runs without its sandbox"):
        await judge.run(total_question(), "def total(nums):\n    return sum(nums)\n")


async def test_a_sandbox_that_cannot_start_turns_the_judge_off() -> None:
    judge = Judge(Sandbox(TEST_LIMITS, bwrap="/bin/false"), workers=1)  # as when namespaces are forbidden
    reason = await judge.start()
    assert reason is not None and reason.startswith("the sandbox cannot start here")
    assert "\n" not in reason
