"""Quality checks over a loaded bank: leaks, near-duplicates and coverage."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import combinations, pairwise
from pathlib import Path

from bot.core.bank import Bank
from bot.core.questions import (
    CODING_PATTERNS,
    COMPETENCIES,
    DESIGN_FAMILIES,
    ML_CODING_GROUPS,
    ML_THEORY_TOPICS,
    CodingQuestion,
    Difficulty,
    Question,
    Round,
)

# A hint sharing this many consecutive words with the model answer gives the answer away.
LEAK_SHINGLE_WORDS = 8
# A model answer is shown after the attempt: long enough to teach, short enough to read.
ANSWER_WORDS = (80, 250)
# Rounds whose hints climb from a question to the key step, so hint 1 must not name the technique.
STAGED_HINT_ROUNDS = (Round.CODING, Round.ML_CODING, Round.ML_THEORY)
# Words too common to make a key point's wording distinctive.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "each",
        "every",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "its",
        "no",
        "not",
        "of",
        "on",
        "one",
        "or",
        "per",
        "than",
        "that",
        "the",
        "then",
        "this",
        "to",
        "two",
        "when",
        "with",
    ]
)
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
    """One lint finding, tied to a question (and where it is written) when it concerns one."""

    question_id: str | None
    message: str
    path: Path | None = None
    line: int = 1

    def __str__(self) -> str:
        qid = f"[{self.question_id}]" if self.question_id else ""
        if self.path is not None:
            return (
                f"{self.path}:{self.line} {qid}: {self.message}" if qid else f"{self.path}:{self.line}: {self.message}"
            )
        return f"{qid} {self.message}" if qid else self.message


def located(bank: Bank, findings: list[Finding]) -> list[Finding]:
    """Return the findings with the file and line of their question, where the bank knows it."""
    return [
        replace(f, path=bank.origins[f.question_id][0], line=bank.origins[f.question_id][1])
        if f.question_id in bank.origins
        else f
        for f in findings
    ]


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
                findings.append(
                    Finding(
                        question.id,
                        f"{kind} {number} repeats the model answer; reword it so it does not give the answer away",
                    )
                )
    return findings


def answer_length(question: Question) -> list[Finding]:
    """Flag a model answer outside ANSWER_WORDS words."""
    count = len(question.model_answer.split())
    low, high = ANSWER_WORDS
    if low <= count <= high:
        return []
    return [Finding(question.id, f"model answer has {count} words; keep it within {low}-{high}")]


def untested_rules(question: Question) -> list[Finding]:
    """Flag each declared prompt rule that no test case is labelled with."""
    if not isinstance(question, CodingQuestion):
        return []
    tested = {case.rule for case in question.tests}
    return [
        Finding(question.id, f"rule {rule!r} has no test labelled `rule: {rule}`")
        for rule in question.rules
        if rule not in tested
    ]


def _stems(text: str) -> list[str]:
    """Return content words cut to five letters, so 'normalise' and 'normalisation' meet."""
    return [w[:5] for w in _words(text) if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


def _pairs(text: str) -> set[tuple[str, str]]:
    stems = _stems(text)
    return set(pairwise(stems))


def hint_one_asks(question: Question) -> list[Finding]:
    """Flag a first hint that does not ask a question, in rounds whose hints climb a ladder."""
    if question.round not in STAGED_HINT_ROUNDS or "?" in question.hints[0]:
        return []
    return [Finding(question.id, "hint 1 should ask a question (hint 2 names the tool, hint 3 the key step)")]


def hint_one_gives_away(question: Question) -> list[Finding]:
    """Flag a first hint that repeats a must-have key point's distinctive wording.

    Distinctive wording is a pair of adjacent content words of the key point, at least one of which
    the title and prompt never use; hint 1 should ask a question, not name the technique.
    """
    if question.round not in STAGED_HINT_ROUNDS:
        return []
    given = set(_stems(f"{question.title} {question.prompt}"))
    hint = _pairs(question.hints[0])
    for key_point in question.key_points:
        if not key_point.must_have:
            continue
        shared = sorted(p for p in _pairs(key_point.point) & hint if not set(p) <= given)
        if shared:
            words = ", ".join(" ".join(p) for p in shared)
            return [Finding(question.id, f"hint 1 names a must-have key point ({words}); ask a question instead")]
    return []


def near_duplicates(bank: Bank) -> list[Finding]:
    """Flag pairs of prompts in the same round whose wording nearly matches, on the later-loaded question (a
    custom bank's, when it repeats a shipped one)."""
    by_round: dict[Round, list[tuple[str, set[tuple[str, ...]]]]] = {}
    for q in bank.questions.values():
        by_round.setdefault(q.round, []).append((q.id, _shingles(_words(q.prompt), 3)))
    findings = []
    for items in by_round.values():
        for (id_a, a), (id_b, b) in combinations(items, 2):
            if a and b and len(a & b) / len(a | b) >= DUPLICATE_SIMILARITY:
                findings.append(Finding(id_b, f"prompt nearly duplicates {id_a}; reword one of them or drop it"))
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
    checks = (leaks, answer_length, untested_rules, hint_one_asks, hint_one_gives_away)
    findings = [f for q in bank.questions.values() for check in checks for f in check(q)]
    return located(bank, findings + near_duplicates(bank))


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
