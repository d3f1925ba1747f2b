"""Benchmark: the judge's throughput and latency at concurrency 1, 2 and 4, and the sandbox's overhead.

One run = a typical question's examples, tests and generated large case, judged in bubblewrap.
Usage: python bench/judge.py [--question ID] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.judge import Verdict
from bot.core.questions import CodingQuestion
from bot.judge.runner import Judge
from bot.judge.sandbox import HARNESS, Sandbox

ROOT_REFUSAL = 'raise SystemExit("refusing to run a submission as root")'


class PlainProcess(Sandbox):
    """The same harness and request in a plain `python` subprocess: no bwrap, no limits (trusted code only)."""

    def __init__(self, work: str) -> None:
        super().__init__()
        self.privileged = False  # no uid switch: the plain process runs as the bot's own user
        self.work = work

    def argv(self) -> list[str]:
        import numpy

        packages = os.path.dirname(os.path.dirname(numpy.__file__))
        # The sandbox's harness refuses to run code as root; this baseline runs the trusted reference as is.
        harness = HARNESS.replace(ROOT_REFUSAL, "pass")
        assert harness != HARNESS
        return [sys.executable, "-I", "-S", "-B", "-c", f"import sys; sys.path.append({packages!r})\n" + harness]

    def _rlimits(self, wall_seconds: float) -> list[tuple[int, int]]:
        return []

    async def run(self, request, wall_seconds, slot=0, *, encoded_cases=None):  # type: ignore[no-untyped-def]
        return await super().run({**request, "work": self.work}, wall_seconds, slot, encoded_cases=encoded_cases)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _clients(
    judge: Judge, question: CodingQuestion, source: str, clients: int, runs: int
) -> tuple[float, list[float]]:
    """Run `clients` members at once, each submitting `runs` times in a row; return seconds and latencies."""
    latencies: list[float] = []

    async def member() -> None:
        for _ in range(runs):
            started = time.perf_counter()
            report = await judge.run(question, source)
            assert report.verdict is Verdict.PASSED, report.verdict
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(member() for _ in range(clients)))
    return time.perf_counter() - started, latencies


async def main(question_id: str, runs: int) -> None:
    question = load_banks([SHIPPED_BANKS]).questions[question_id]
    assert isinstance(question, CodingQuestion)
    source = (SHIPPED_BANKS / "solutions" / f"{question_id}.py").read_text(encoding="utf-8")
    cases = len(Judge(workers=1).cases(question))
    print(f"{question_id}: {cases} cases, reference solution; {runs} runs per member; load {os.getloadavg()[0]:.1f}")
    for clients in (1, 2, 4):
        judge = Judge(workers=clients, cooldown=0)
        if reason := await judge.start():
            raise SystemExit(f"the judge is off: {reason}")
        await judge.run(question, source)  # warm: cases built, interpreter files in the page cache
        elapsed, latencies = await _clients(judge, question, source, clients, runs)
        print(
            f"concurrency {clients} ({clients} workers): {len(latencies) / elapsed:.2f} runs/s, "
            f"latency p50 {statistics.median(latencies):.3f} s, p95 {_percentile(latencies, 0.95):.3f} s"
        )
    sandboxed = Judge(workers=1, cooldown=0)
    with tempfile.TemporaryDirectory() as work:
        plain = Judge(PlainProcess(work), workers=1, cooldown=0)
        times: dict[str, list[float]] = {"bwrap": [], "plain": []}
        for judge in (sandboxed, plain):
            await judge.run(question, source)  # warm, as above
        for _ in range(runs):
            for name, judge in (("bwrap", sandboxed), ("plain", plain)):
                started = time.perf_counter()
                await judge.run(question, source)
                times[name].append(time.perf_counter() - started)
    bwrap, bare = statistics.median(times["bwrap"]), statistics.median(times["plain"])
    print(
        f"sandbox overhead: median {bwrap:.3f} s in bwrap vs {bare:.3f} s in a plain subprocess "
        f"(+{(bwrap - bare) * 1000:.0f} ms per run)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--question", default="cod-arrays-hashing-001")
    parser.add_argument("--runs", type=int, default=10, help="runs per member at each concurrency")
    args = parser.parse_args()
    asyncio.run(main(args.question, args.runs))
