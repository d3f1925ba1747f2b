"""`python -m bot banks check | stats | topics`: the question bank tools, plain text on stdout."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bot.config import SHIPPED_BANKS, cli_command, load_settings
from bot.core.bank import Bank, load_banks
from bot.core.bank_lint import coverage_gaps, coverage_table, lint
from bot.core.questions import Difficulty, Round
from bot.ui.bank_check import render_findings


def check(dirs: Sequence[Path], strict: bool) -> int:
    """Validate the shipped banks and extra directories; return the exit status (1 on errors)."""
    bank = load_banks([SHIPPED_BANKS, *dirs])
    for error in bank.errors:
        print(f"error: {error}")
    findings = lint(bank) + render_findings(bank)
    gaps = coverage_gaps(bank)
    for finding in findings:
        print(f"lint: {finding}")
    for gap in gaps:
        print(f"coverage: {gap}")
    print(
        f"{len(bank)} questions loaded; {len(bank.errors)} errors, {len(findings)} lint findings, "
        f"{len(gaps)} coverage gaps"
    )
    failed = bank.errors or (strict and findings)
    return 1 if failed else 0


def stats() -> int:
    """Print questions per round × difficulty × topic."""
    print(coverage_table(load_banks([SHIPPED_BANKS])))
    return 0


def topics(round_: Round | None) -> int:
    """Print the topics `practice ROUND --topic` accepts, with how many questions each has per difficulty."""
    bank = _configured_bank()
    for current in [round_] if round_ else list(Round):
        print(_topic_table(bank, current))
    shown = round_.label if round_ else "ROUND"
    print(f"Use one with:  {cli_command()} practice {shown} --topic TOPIC   (a question tag works too)")
    return 0


def _configured_bank() -> Bank:
    """Load the banks practice uses (shipped plus BANKS_DIR); fall back to the shipped ones on bad settings."""
    try:
        return load_banks(load_settings().banks_dir)
    except Exception:
        return load_banks([SHIPPED_BANKS])


def _topic_table(bank: Bank, round_: Round) -> str:
    questions = bank.select(round_)
    lines = [f"{round_.label} topics{'':<18}{'easy':>6}{'medium':>8}{'hard':>6}"]
    for topic in bank.topics(round_):
        counts = Counter(q.difficulty for q in questions if q.topic == topic)
        lines.append(
            f"  {topic:<30}" + "".join(f"{counts[d]:>{w}}" for d, w in zip(Difficulty, (6, 8, 6), strict=True))
        )
    return "\n".join(lines) + "\n"
