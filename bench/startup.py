"""Start-up time: `python -m bot run` from process start to discord.py's `ready`, against the fake Discord.

The bot connects to a fake Discord from tests/e2e through the test shim, with all 272 questions loaded and a
migrated SQLite database. Prints figures; asserts nothing. Budget (DESIGN.md §5): ≤ 2 s.

    .venv/bin/python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.fake_discord import FakeDiscord, Harness  # noqa: E402


async def main(runs: int) -> None:
    """Start and stop the bot `runs` times; print each start-to-ready time and the median."""
    timings = []
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeDiscord() as fake:
            harness = Harness(fake, Path(tmp))
            await harness.prepare()
            for _ in range(runs):
                proc = await harness.start()
                timings.append(proc.ready_at - proc.started_at)
                await proc.stop()
    print("start to ready (s): " + ", ".join(f"{t:.2f}" for t in timings))
    print(f"median {statistics.median(timings):.2f} s, max {max(timings):.2f} s (budget 2 s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(main(parser.parse_args().runs))
