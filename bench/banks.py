"""Benchmark: load and validate every shipped bank, best and median of several runs.

Budget (DESIGN.md §5): ≤ 0.5 s. Usage: python bench/banks.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.bank_lint import lint


def main(runs: int) -> None:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        bank = load_banks([SHIPPED_BANKS])
        timings.append(time.perf_counter() - started)
    size = sum(p.stat().st_size for p in SHIPPED_BANKS.rglob("*.yaml"))
    print(f"{len(bank)} questions, {size / 1024:.0f} KiB of YAML")
    print(
        f"load + validate: best {min(timings) * 1000:.0f} ms, "
        f"median {statistics.median(timings) * 1000:.0f} ms (budget 500 ms)"
    )
    started = time.perf_counter()
    lint(bank)
    print(f"lint (leaks, near-duplicates): {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    main(parser.parse_args().runs)
