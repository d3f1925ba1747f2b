"""`python -m bot banks budgets`: time each reference solution's large cases in the sandbox, store budgets."""

from __future__ import annotations

import asyncio

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.judge import Verdict
from bot.core.questions import CodingQuestion
from bot.judge.budgets import BUDGETS_FILE, budget_for, save_budgets
from bot.judge.runner import Judge

SOLUTIONS = SHIPPED_BANKS / "solutions"
# The minimum of a few runs is the reference's time without the host's noise.
REPEATS = 3
# While measuring, a large case may take this long: the point is to learn how long it takes.
MEASURING_BUDGET = 60.0


def reference_source(question: CodingQuestion) -> str:
    """Return the shipped reference solution's text; raise FileNotFoundError when it is missing."""
    return (SOLUTIONS / f"{question.id}.py").read_text(encoding="utf-8")


async def _measure(questions: list[CodingQuestion]) -> tuple[dict[str, dict[int, float]], list[str]]:
    large = {q.id: {i: MEASURING_BUDGET for i, t in enumerate(q.tests) if t.args_expr} for q in questions}
    judge = Judge(workers=1, cooldown=0, budgets=large)
    if reason := await judge.start():
        return {}, [reason]
    measured: dict[str, dict[int, float]] = {}
    problems: list[str] = []
    for question in questions:
        if not large[question.id]:
            continue
        offsets = len(question.examples)
        best: dict[int, float] = {}
        for _ in range(REPEATS):
            report = await judge.run(question, reference_source(question))
            if report.verdict is not Verdict.PASSED:
                problems.append(f"{question.id}: the reference solution's verdict is {report.verdict}")
                break
            for index in large[question.id]:
                seconds = report.cases[offsets + index][1].seconds or 0.0
                best[index] = min(best.get(index, seconds), seconds)
        if best:
            measured[question.id] = best
            shown = ", ".join(f"test {i + 1}: {s:.3f} s -> {budget_for(s):.1f} s" for i, s in sorted(best.items()))
            print(f"{question.id}: {shown}", flush=True)
    return measured, problems


def measure_budgets() -> int:
    """Measure every coding question's large cases, write the budgets file; return the exit status."""
    bank = load_banks([SHIPPED_BANKS], strict=True)
    questions = sorted((q for q in bank.questions.values() if isinstance(q, CodingQuestion)), key=lambda q: q.id)
    measured, problems = asyncio.run(_measure(questions))
    for problem in problems:
        print(problem)
    if measured:
        save_budgets(measured)
        print(f"wrote budgets for {len(measured)} questions to {BUDGETS_FILE}")
    return 1 if problems or not measured else 0
