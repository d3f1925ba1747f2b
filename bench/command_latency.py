"""Per-command overhead through the real gateway path: Mock Interviewer vs a bare discord.py bot.

Both bots run as separate processes (`python -m bot run`, and tests/e2e/bare_bot.py), each connected to its own fake
Discord from tests/e2e through the test shim. For each `/help` the fake measures the time from writing
INTERACTION_CREATE on the gateway to receiving the bot's interaction callback. Commands alternate between the two
bots, one at a time, so both see the same machine. Prints figures; asserts nothing.

    .venv/bin/python bench/command_latency.py [--commands 1000] [--warmup 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness  # noqa: E402
from tests.e2e.fake_discord.process import bot_env  # noqa: E402

BARE_BOT = ROOT / "tests" / "e2e" / "bare_bot.py"


def percentile(values: list[float], q: float) -> float:
    """Return the q-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


async def one(fake: FakeDiscord) -> float:
    """Run /help once as alice and return the acknowledgement latency in seconds."""
    reply = await fake.user("alice").run_command("help")
    assert reply.ephemeral and reply.embeds, reply
    return reply.latency


async def start_bare(fake: FakeDiscord, workdir: Path, embed: dict[str, object]) -> BotProcess:
    """Sync and start the bare bot against its fake."""
    env = bot_env(fake.env(), f"sqlite+aiosqlite:///{workdir / 'unused.db'}", BARE_BOT_EMBED=json.dumps(embed))
    sync = await BotProcess([str(BARE_BOT), "sync", str(fake.guild.id)], env=env, cwd=workdir, name="bare sync").start()
    assert await sync.wait_exit(30) == 0, sync.text()
    proc = await BotProcess([str(BARE_BOT), "run"], env=env, cwd=workdir, name="bare bot").start()
    await proc.wait_ready()
    return proc


def row(name: str, values: list[float]) -> str:
    """Format p50 / p90 / p99 / mean in milliseconds."""
    figures = [percentile(values, 50), percentile(values, 90), percentile(values, 99), statistics.fmean(values)]
    return f"{name:<22}" + "".join(f"{v * 1000:>9.2f} ms" for v in figures)


async def main(commands: int, warmup: int) -> None:
    """Start both bots, warm up, then alternate commands between them."""
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeDiscord() as real_fake, FakeDiscord(bot_name="Bare Bot") as bare_fake:
            harness = Harness(real_fake, Path(tmp))
            await harness.prepare()
            real = await harness.start()
            for _ in range(warmup):
                await one(real_fake)
            embed = (await real_fake.user("alice").run_command("help")).embeds[0]
            (Path(tmp) / "bare").mkdir()
            bare = await start_bare(bare_fake, Path(tmp) / "bare", embed)
            try:
                for _ in range(warmup):
                    await one(bare_fake)
                real_times, bare_times = [], []
                for _ in range(commands):
                    real_times.append(await one(real_fake))
                    bare_times.append(await one(bare_fake))
            finally:
                await real.stop()
                await bare.stop()
            for proc in (real, bare):
                errors = proc.errors()
                if errors:
                    print(f"{proc.name} logged errors:\n" + "\n".join(r.text for r in errors), file=sys.stderr)

    print(f"/help latency, INTERACTION_CREATE sent → interaction callback received; {commands} commands per bot,")
    print(f"alternating, after {warmup} warm-up commands each; same embed ({len(json.dumps(embed))} bytes of JSON)")
    print(f"{'':<22}{'p50':>12}{'p90':>12}{'p99':>12}{'mean':>12}")
    print(row("Mock Interviewer", real_times))
    print(row("bare discord.py bot", bare_times))
    ratios = [percentile(real_times, q) / percentile(bare_times, q) for q in (50, 90, 99)] + [
        statistics.fmean(real_times) / statistics.fmean(bare_times)
    ]
    print(f"{'ratio (bot / bare)':<22}" + "".join(f"{r:>11.2f}×" for r in ratios))
    print("budget: ratio ≤ 1.3")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(main(args.commands, args.warmup))
