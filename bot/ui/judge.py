"""Render a judged run: plain text for the terminal, embeds for the thread."""

from __future__ import annotations

import json
from typing import Any

import discord

from bot.core.judge import CaseResult, CaseSpec, Outcome, RunReport, Verdict
from bot.core.questions import CodingQuestion
from bot.core.render import clip
from bot.ui.session import DESCRIPTION_LIMIT, TITLE_LIMIT

# Inputs and outputs are clipped: a visible example is short, a wrong answer to one may not be.
VALUE_CHARS = 160
# Output and stderr show a few lines, enough to see a debug print or a warning.
OUTPUT_LINES = 5
MARK = {Outcome.PASSED: "✓", Outcome.NOT_RUN: "·"}


def _clip(text: str, limit: int = VALUE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show(value: Any) -> str:
    try:
        return _clip(json.dumps(value))
    except (TypeError, ValueError):
        return _clip(repr(value))


def _hidden_error(error: str | None) -> str:
    """Keep a hidden case's error to its line and exception type: the message could quote the input."""
    if not error:
        return "error"
    parts = error.split(": ")
    return ": ".join(parts[:2]) if parts[0].startswith("line ") else parts[0]


def _visible_lines(question: CodingQuestion, number: int, label: str, spec: CaseSpec, result: CaseResult) -> list[str]:
    mark = MARK.get(result.outcome, "✗")
    call = f"{question.function_name}({_clip(', '.join(json.dumps(a) for a in spec.args))})"
    lines = [f"{mark} {label} {number}: {call} → {result.outcome}"]
    if result.outcome is not Outcome.PASSED:
        lines.append(f"    expected {_show(spec.expected)}")
        if result.outcome in (Outcome.WRONG, Outcome.TOO_SLOW):
            lines.append(f"    got      {_show(result.actual)}")
        if result.error:
            lines.append(f"    {result.error}")
    return lines


def _large_line(spec: CaseSpec, result: CaseResult, name: str = "Large case") -> str:
    if result.outcome is Outcome.TIMED_OUT:
        return f"{name}: stopped at its {spec.budget:.1f} s budget: too slow, O(n²)?"
    if result.outcome is Outcome.TOO_SLOW:
        return f"{name}: correct but too slow: {result.seconds:.2f} s against a {spec.budget:.1f} s budget. O(n²)?"
    if result.seconds is None:
        return f"{name}: {result.outcome} (budget {spec.budget:.1f} s)"
    return f"{name}: {result.outcome} in {result.seconds:.2f} s of a {spec.budget:.1f} s budget"


def _output_block(name: str, text: str) -> list[str]:
    lines = text.rstrip("\n").splitlines()
    if not lines:
        return []
    shown = [_clip(line, 120) for line in lines[:OUTPUT_LINES]]
    more = f" (+{len(lines) - OUTPUT_LINES} more lines)" if len(lines) > OUTPUT_LINES else ""
    return [f"{name}{more}:", *(f"  {line}" for line in shown)]


def headline(report: RunReport) -> str:
    """Return the one-line summary: verdict and passed/total."""
    mark = "✅" if report.verdict is Verdict.PASSED else "❌"
    return f"{mark} {report.verdict} — {report.passed}/{report.total} tests passed"


def report_lines(question: CodingQuestion, report: RunReport) -> list[str]:
    """Return the run's details: visible cases in full, hidden cases as counts, the large case's time."""
    if report.load_error is not None:
        return [f"Your file does not load: {report.load_error}", *_output_block("stderr", report.stderr)]
    lines: list[str] = []
    examples = tests = 0
    hidden: dict[str, int] = {"passed": 0, "failed": 0, "timed out": 0}
    hidden_error: str | None = None
    for spec, result in report.cases:
        if spec.visible and not spec.large:
            is_example = examples < len(question.examples) and tests == 0
            if is_example:
                examples += 1
            else:
                tests += 1
            label, number = ("example", examples) if is_example else ("test", tests)
            lines += _visible_lines(question, number, label, spec, result)
        else:
            if result.outcome is Outcome.PASSED:
                hidden["passed"] += 1
            elif result.outcome in (Outcome.TIMED_OUT, Outcome.TOO_SLOW):
                hidden["timed out"] += 1
            else:
                hidden["failed"] += 1
                if result.outcome is Outcome.ERROR and hidden_error is None:
                    hidden_error = _hidden_error(result.error)
    hidden_total = sum(hidden.values())
    if hidden_total:
        lines.append(f"Hidden tests: {', '.join(f'{n} {k}' for k, n in hidden.items())} (of {hidden_total})")
    if hidden_error:
        lines.append(f"  first hidden error: {hidden_error}")
    large = [(spec, result) for spec, result in report.cases if spec.large]
    names = [f"Large case {n}" if len(large) > 1 else "Large case" for n in range(1, len(large) + 1)]
    lines += [_large_line(spec, result, name) for (spec, result), name in zip(large, names, strict=True)]
    if report.note:
        lines.append(f"Note: {report.note}")
    lines += _output_block("stdout", report.stdout)
    lines += _output_block("stderr", report.stderr)
    return lines


def report_text(question: CodingQuestion, report: RunReport) -> str:
    """Return the whole report as plain text for a terminal."""
    return "\n".join([f"{question.id}: {headline(report)}", *report_lines(question, report)])


def _fence(lines: list[str], limit: int) -> str:
    """Wrap lines in a code block that submitted output cannot close early, within `limit` characters."""
    body = "\n".join(lines).replace("```", "ˋˋˋ")
    return "```\n" + clip(body, limit - 8) + "\n```"


def stage_embed(stage: str, question: CodingQuestion) -> discord.Embed:
    """Return the thread message while a run waits or runs."""
    text = {"queued": "⏳ Queued: waiting for a free judge.", "running": "⚙️ Running your code against the tests…"}
    return discord.Embed(
        title=f"Run tests · {question.title}"[:TITLE_LIMIT],
        description=text.get(stage, stage),
        colour=discord.Colour.light_grey(),
    )


def result_embed(question: CodingQuestion, report: RunReport, author: str) -> discord.Embed:
    """Return the thread message with a run's result."""
    passed = report.verdict is Verdict.PASSED
    embed = discord.Embed(
        title=clip(headline(report), TITLE_LIMIT),
        description=_fence(report_lines(question, report), DESCRIPTION_LIMIT),
        colour=discord.Colour.green() if passed else discord.Colour.red(),
    )
    embed.set_footer(text=clip(f"{author} · {question.id} · hidden tests show counts only", TITLE_LIMIT))
    return embed


def off_text(reason: str) -> str:
    """Return the one line members see when the judge is off."""
    return f"Run tests is off on this server: {reason}. Paste your code as an answer instead."
