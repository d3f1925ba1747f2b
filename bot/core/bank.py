"""Load question banks from YAML with precise errors, and select questions from them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.core.bank_yaml import MAX_BANK_BYTES, bank_paths, parse, read_text
from bot.core.questions import MODEL_BY_ROUND, Difficulty, Question, Round

__all__ = ["MAX_BANK_BYTES", "RENAMED_IDS", "Bank", "BankError", "BankLoadError", "load_banks", "load_file"]
# How alike a mistyped topic and a real one must be to suggest it (difflib ratio; `graphs` ~ `graph` is 0.91).
TOPIC_SUGGESTION_CUTOFF = 0.75

# Ids retired when a topic's questions moved into one file and one id range; old sessions still name them.
RENAMED_IDS = {
    f"mlt-probability-statistics-{old}": f"mlt-probability-statistics-{old - 96:03d}" for old in range(101, 109)
}

# What the author can do about each kind of pydantic error; the rest explain themselves.
FIXES = {
    "missing": "add it",
    "extra_forbidden": "remove it or correct its spelling",
    "string_type": "write text here (in quotes if it looks like a number or true/false)",
    "int_parsing": "write a whole number",
    "int_type": "write a whole number",
    "bool_parsing": "write true or false",
    "bool_type": "write true or false",
    "literal_error": "use one of the values listed",
    "enum": "use one of the values listed",
    "string_pattern_mismatch": "follow the format of the shipped banks",
    "string_too_long": "shorten it",
    "string_too_short": "write some text",
    "too_short": "add items",
    "too_long": "remove items",
    "list_type": "write a list (lines starting with `- `)",
    "dict_type": "write a mapping (`key: value` lines)",
    "model_type": "write a mapping (`key: value` lines)",
    "greater_than_equal": "raise it",
    "less_than_equal": "lower it",
}


@dataclass(frozen=True)
class BankError:
    """One problem in a bank file, located by file, line and question id."""

    path: Path
    line: int
    question_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        qid = f" [{self.question_id}]" if self.question_id else ""
        return " ".join(f"{where}{qid}: {self.message}".split())  # always one line


class BankLoadError(Exception):
    """Raised in strict mode when any bank file has errors."""

    def __init__(self, errors: Sequence[BankError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(map(str, self.errors)))


def _line_of(node: yaml.Node, loc: Sequence[int | str]) -> int:
    """Return the 1-based line of the deepest node that `loc` reaches."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:
                match = next((k for k, _ in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            match = node.value[key]
        else:
            match = None
        if match is None:
            break
        node = match
    return node.start_mark.line + 1


def _describe(error: dict[str, Any]) -> str:
    loc = ".".join(str(p) for p in error["loc"] if not str(p).startswith(("function-after", "tagged-union")))
    message = error["msg"].removeprefix("Value error, ")
    fix = FIXES.get(error["type"])
    message = f"{message}; {fix}" if fix else message
    return f"{loc}: {message}" if loc else message


def _question_at(root: yaml.Node | None, line: int) -> str | None:
    """Return the id of the question whose YAML spans a 1-based line, if any."""
    if not isinstance(root, yaml.MappingNode):
        return None
    items = next((v for k, v in root.value if k.value == "questions"), None)
    if not isinstance(items, yaml.SequenceNode):
        return None
    for item in items.value:
        if item.start_mark.line < line <= item.end_mark.line + 1 and isinstance(item, yaml.MappingNode):
            qid = next((v for k, v in item.value if k.value == "id"), None)
            return qid.value if isinstance(qid, yaml.ScalarNode) and qid.value else None
    return None


@dataclass
class LoadedFile:
    """The questions and errors found in one bank file."""

    path: Path
    questions: list[Question] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)


def load_file(path: Path) -> LoadedFile:
    """Validate one bank file; never raises for bad content, it reports."""
    result = LoadedFile(path)

    def fail(line: int, message: str, qid: str | None = None) -> LoadedFile:
        result.errors.append(BankError(path, line, qid, message))
        return result

    try:
        text = read_text(path)
    except ValueError as exc:
        return fail(1, str(exc))
    parsed = parse(text)
    root = parsed.root
    if parsed.problems:  # the whole file is skipped: its data cannot be trusted
        for problem in parsed.problems:
            fail(problem.line, problem.message, _question_at(root, problem.line))
        return result
    if not isinstance(root, yaml.MappingNode):
        return fail(
            1 if root is None else root.start_mark.line + 1,
            "a bank file is a mapping with `round:` and `questions:`; see the shipped banks for the layout",
        )
    data = parsed.data
    unknown = sorted(str(key) for key in data if key not in ("round", "questions"))
    if unknown:
        return fail(
            _line_of(root, [unknown[0]]), f"unknown top-level key {unknown[0]!r}; only round and questions belong here"
        )
    try:
        round_ = Round.parse(str(data.get("round", "")))
    except ValueError:
        choices = ", ".join(r.value for r in Round)
        return fail(_line_of(root, ["round"]), f"round {data.get('round')!r} is not one of {choices}; use one of them")
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        return fail(
            _line_of(root, ["questions"]), "questions must be a non-empty list; add questions as `- id: ...` items"
        )

    model = MODEL_BY_ROUND[round_]
    for index, item in enumerate(items):
        qnode_loc: list[int | str] = ["questions", index]
        if not isinstance(item, dict):
            fail(_line_of(root, qnode_loc), "each question must be a mapping; write its fields as `key: value` lines")
            continue
        qid = str(item.get("id")) if item.get("id") is not None else None
        if "round" in item:
            fail(
                _line_of(root, [*qnode_loc, "round"]),
                "round is set once per file, not per question; remove it here",
                qid,
            )
            continue
        try:
            question = model.model_validate({**item, "round": round_})
            result.questions.append(question)
            result.lines[question.id] = _line_of(root, qnode_loc)
        except ValidationError as exc:
            for err in exc.errors():
                fail(_line_of(root, [*qnode_loc, *err["loc"]]), _describe(err), qid)
    return result


@dataclass(frozen=True)
class Bank:
    """Every loaded question, indexed by id, with the errors met while loading."""

    questions: dict[str, Question]
    errors: tuple[BankError, ...] = ()
    # Where each question was written: file and 1-based line of its `- id:` item.
    origins: dict[str, tuple[Path, int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question | None:
        """Return a question by id (following a renamed id to its new one), or None."""
        return self.questions.get(RENAMED_IDS.get(question_id, question_id))

    def select(
        self,
        round_: Round,
        *,
        difficulty: Difficulty | None = None,
        topic: str | None = None,
        exclude: Iterable[str] = (),
    ) -> list[Question]:
        """Return the questions of a round matching the filters, minus excluded ids."""
        excluded = {RENAMED_IDS.get(qid, qid) for qid in exclude}
        return [
            q
            for q in self.questions.values()
            if q.round is round_
            and (difficulty is None or q.difficulty is difficulty)
            and (topic is None or q.topic == topic or topic in q.tags)
            and q.id not in excluded
        ]

    def topics(self, round_: Round) -> list[str]:
        """Return the sorted topic slugs of a round, for autocomplete."""
        return sorted({q.topic for q in self.questions.values() if q.round is round_})

    def topic_names(self, round_: Round) -> set[str]:
        """Return every slug a `topic` filter accepts for a round: its topics and its questions' tags."""
        return {name for q in self.questions.values() if q.round is round_ for name in (q.topic, *q.tags)}

    def match_topic(self, round_: Round, text: str) -> str | None:
        """Return the slug a typed topic means (`Graph Traversal` → `graph-traversal`), or None."""
        slug = re.sub(r"[\s_]+", "-", text.strip().lower())
        return slug if slug in self.topic_names(round_) else None

    def suggest_topics(self, round_: Round, text: str, limit: int = 3) -> list[str]:
        """Return the topics closest to a mistyped one, best first (whole slug or one of its words)."""
        typed = re.sub(r"[\s_]+", "-", text.strip().lower())

        def closeness(name: str) -> float:
            return max(SequenceMatcher(None, typed, part).ratio() for part in (name, *name.split("-")))

        scored = sorted(((closeness(t), t) for t in self.topics(round_)), key=lambda pair: (-pair[0], pair[1]))
        return [name for score, name in scored if score >= TOPIC_SUGGESTION_CUTOFF][:limit]


def load_banks(directories: Sequence[Path], *, strict: bool = False) -> Bank:
    """Load every `*.yaml`/`*.yml` under the directories (hidden ones skipped); in strict mode any error raises."""
    questions: dict[str, Question] = {}
    origins: dict[str, tuple[Path, int]] = {}
    errors: list[BankError] = []
    for directory in directories:
        if not directory.is_dir():
            problem = "is not a directory" if directory.exists() else "does not exist"
            errors.append(BankError(directory, 1, None, f"bank directory {problem}; create it or fix BANKS_DIR"))
            continue
        paths, problems = bank_paths(directory)
        errors += [BankError(path, 1, None, message) for path, message in problems]
        for path in paths:
            loaded = load_file(path)
            errors.extend(loaded.errors)
            for question in loaded.questions:
                line = loaded.lines.get(question.id, 1)
                if question.id in questions:
                    first, first_line = origins[question.id]
                    message = f"duplicate id, first defined at {first}:{first_line}; give this question a new id"
                    errors.append(BankError(path, line, question.id, message))
                    continue
                questions[question.id] = question
                origins[question.id] = (path, line)
    if strict and errors:
        raise BankLoadError(errors)
    return Bank(questions, tuple(errors), origins)
