"""Quality checks over a loaded bank: leaks, near-duplicates and coverage."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from bot.core.bank import Bank
from bot.core.questions import (
    CODING_PATTERNS,
    COMPETENCIES,
    DESIGN_FAMILIES,
    ML_CODING_GROUPS,
    ML_THEORY_TOPICS,
    Difficulty,
    Question,
    Round,
)

# A hint sharing this many consecutive words with the model answer gives the answer away.
LEAK_SHINGLE_WORDS = 8
# Prompts whose word-trigram sets overlap this much (Jaccard) are near-duplicates.
DUPLICATE_SIMILARITY = 0.6

# First-release targets: questions per round, and the minimum per topic slug.
ROUND_TARGETS = {
    Round.CODING: 75,
    Round.ML_CODING: 25,
    Round.ML_THEORY: 120,
    Round.SYSTEM_DESIGN: 12,
    Round.BEHAVIORAL: 40,
}
TOPIC_MINIMUMS: dict[Round, tuple[tuple[str, ...], int]] = {
    Round.CODING: (tuple(CODING_PATTERNS), 2),
    Round.ML_CODING: (ML_CODING_GROUPS, 1),
    Round.ML_THEORY: (tuple(ML_THEORY_TOPICS), 1),
    Round.SYSTEM_DESIGN: (DESIGN_FAMILIES, 1),
    Round.BEHAVIORAL: (tuple(COMPETENCIES), 2),
}


@dataclass(frozen=True)
class Finding:
    """One lint finding, tied to a question when it concerns one."""

    question_id: str | None
    message: str

    def __str__(self) -> str:
        return f"[{self.question_id}] {self.message}" if self.question_id else self.message


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def leaks(question: Question) -> list[Finding]:
    """Flag hints and follow-ups that repeat a run of the model answer."""
    answer = _shingles(_words(question.model_answer), LEAK_SHINGLE_WORDS)
    findings = []
    for kind, texts in (("hint", question.hints), ("follow-up", question.follow_ups)):
        for number, text in enumerate(texts, start=1):
            if _shingles(_words(text), LEAK_SHINGLE_WORDS) & answer:
                findings.append(Finding(question.id, f"{kind} {number} repeats the model answer"))
    return findings


def near_duplicates(bank: Bank) -> list[Finding]:
    """Flag pairs of prompts in the same round whose wording nearly matches."""
    by_round: dict[Round, list[tuple[str, set[tuple[str, ...]]]]] = {}
    for q in bank.questions.values():
        by_round.setdefault(q.round, []).append((q.id, _shingles(_words(q.prompt), 3)))
    findings = []
    for items in by_round.values():
        for (id_a, a), (id_b, b) in combinations(items, 2):
            if a and b and len(a & b) / len(a | b) >= DUPLICATE_SIMILARITY:
                findings.append(Finding(id_a, f"prompt nearly duplicates {id_b}"))
    return findings


def coverage_gaps(bank: Bank) -> list[Finding]:
    """Report rounds and topics below the first-release targets."""
    findings = []
    for round_, target in ROUND_TARGETS.items():
        count = len(bank.select(round_))
        if count < target:
            findings.append(Finding(None, f"{round_.label}: {count} questions, target {target}"))
        slugs, minimum = TOPIC_MINIMUMS[round_]
        counts = Counter(q.topic for q in bank.select(round_))
        for slug in slugs:
            if counts[slug] < minimum:
                findings.append(Finding(None, f"{round_.label}/{slug}: {counts[slug]} questions, minimum {minimum}"))
    return findings


def lint(bank: Bank) -> list[Finding]:
    """Run every content check (not coverage) over the bank."""
    findings = [f for q in bank.questions.values() for f in leaks(q)]
    return findings + near_duplicates(bank)


def coverage_table(bank: Bank) -> str:
    """Render questions per round × difficulty, then per topic × difficulty, as plain text."""

    def row(label: str, questions: list[Question], width: int) -> str:
        counts = Counter(q.difficulty for q in questions)
        cells = "".join(f"{counts[d]:>{w}}" for d, w in zip(Difficulty, (6, 8, 6), strict=True))
        return f"{label:<{width}}{cells}{len(questions):>7}"

    lines = [f"{'round':<15}{'easy':>6}{'medium':>8}{'hard':>6}{'total':>7}"]
    lines += [row(r.label, bank.select(r), 15) for r in Round]
    lines.append(f"{'all':<15}{'':>20}{len(bank):>7}")
    for round_ in Round:
        questions = bank.select(round_)
        if questions:
            lines += ["", f"{round_.label + ' by topic':<32}{'easy':>6}{'medium':>8}{'hard':>6}{'total':>7}"]
            for topic in sorted({q.topic for q in questions}):
                lines.append(row(f"  {topic}", [q for q in questions if q.topic == topic], 32))
    return "\n".join(lines)
