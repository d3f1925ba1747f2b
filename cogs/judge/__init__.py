"""Run tests: coding sessions run the candidate's code in the sandboxed judge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.judge._cog import CodeJudge
from cogs.judge._views import RunButton

if TYPE_CHECKING:
    from bot.client import MockInterviewerBot


async def setup(bot: MockInterviewerBot) -> None:
    """Register the cog and the Run tests button, which keeps working after a restart."""
    bot.add_dynamic_items(RunButton)
    await bot.add_cog(CodeJudge(bot))
