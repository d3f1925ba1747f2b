"""Benchmark: the too-slow wrong solutions against the reference on each generated large case.

Prints, per case, the reference time, the too-slow solution's time (or "> cap" when it was
stopped) and the ratio against the issue's budget, max(2 s, 20 x reference), so the judge's
budgets can be checked to reject them. Usage: python bench/too_slow.py [--cap SECONDS] [--only TEXT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.judge import evaluate  # noqa: E402
from tests.banks.test_solutions import CODING, SOLUTIONS  # noqa: E402

WRONG = ROOT / "tests" / "banks" / "wrong"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, getattr(module, name)


def _time_call(path: str, name: str, args_expr: str, out: mp.Queue) -> None:
    _, solve = _load(Path(path), name)
    args = json.loads(json.dumps(evaluate(args_expr)))
    started = time.perf_counter()
    solve(*args)
    out.put(time.perf_counter() - started)


def _timed(path: Path, name: str, args_expr: str, cap: float) -> float | None:
    """Return seconds taken in a fresh process, or None when it ran past `cap`."""
    out: mp.Queue = mp.Queue()
    proc = mp.Process(target=_time_call, args=(str(path), name, args_expr, out))
    proc.start()
    proc.join(cap)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return out.get() if not out.empty() else None


def main(cap: float, only: str) -> None:
    questions = {q.id: q for q in CODING}
    for path in sorted(p for p in WRONG.glob("*__*.py") if only in p.stem):
        module, _ = _load(path, "__name__")
        if getattr(module, "BREAKS", None) != "too-slow":
            continue
        question = questions[path.stem.split("__")[0]]
        for number, case in enumerate(question.tests, start=1):
            if not case.args_expr:
                continue
            reference = _timed(SOLUTIONS / f"{question.id}.py", question.function_name, case.args_expr, cap)
            slow = _timed(path, question.function_name, case.args_expr, cap)
            budget = max(2.0, 20 * (reference or cap))
            ref_text = f"{reference:.3f} s" if reference is not None else f"> {cap:.0f} s"
            slow_text = f"{slow:.2f} s" if slow is not None else f"> {cap:.0f} s"
            verdict = "rejected" if slow is None or slow > budget else "PASSES the budget"
            print(f"{path.stem:<58} test {number:>2}: reference {ref_text}, too-slow {slow_text}, {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=10.0, help="seconds before a run is stopped")
    parser.add_argument("--only", default="", help="run only wrong solutions whose file name contains this")
    options = parser.parse_args()
    main(options.cap, options.only)
