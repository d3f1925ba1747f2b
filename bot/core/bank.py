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

from bot.core.questions import MODEL_BY_ROUND, Difficulty, Question, Round

# A bank file is a few hundred questions at most; anything bigger is a mistake or an attack.
MAX_BANK_BYTES = 1024 * 1024
# How alike a mistyped topic and a real one must be to suggest it (difflib ratio; `graphs` ~ `graph` is 0.91).
TOPIC_SUGGESTION_CUTOFF = 0.75

try:  # libyaml's safe loader is ~10x faster; both construct only plain YAML types.
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader


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
        return f"{where}{qid}: {self.message}"


class BankLoadError(Exception):
    """Raised in strict mode when any bank file has errors."""

    def __init__(self, errors: Sequence[BankError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(map(str, self.errors)))


def _compose(text: str) -> yaml.Node | None:
    """Parse YAML into a node tree with positions, refusing anchors and aliases."""
    loader = _SafeLoader(text)
    try:
        for event in _events(text):
            # Aliases enable "billion laughs" expansion; banks never need them.
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise yaml.MarkedYAMLError(problem="YAML anchors and aliases are not allowed", problem_mark=mark)
        return loader.get_single_node()
    finally:
        loader.dispose()


def _events(text: str) -> Iterable[yaml.Event]:
    return yaml.parse(text, Loader=_SafeLoader)


def _construct(node: yaml.Node) -> Any:
    loader = _SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


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
    return f"{loc}: {message}" if loc else message


@dataclass
class LoadedFile:
    """The questions and errors found in one bank file."""

    path: Path
    questions: list[Question] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)


def load_file(path: Path) -> LoadedFile:
    """Validate one bank file; never raises for bad content, it reports."""
    result = LoadedFile(path)

    def fail(line: int, message: str, qid: str | None = None) -> LoadedFile:
        result.errors.append(BankError(path, line, qid, message))
        return result

    size = path.stat().st_size
    if size > MAX_BANK_BYTES:
        return fail(1, f"file is {size} bytes; the limit is {MAX_BANK_BYTES} (split it by topic)")
    try:
        text = path.read_text(encoding="utf-8")
        root = _compose(text)
    except UnicodeDecodeError:
        return fail(1, "file is not UTF-8 text")
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return fail(line, f"invalid YAML: {exc.problem or exc.context}")
    except yaml.YAMLError as exc:
        return fail(1, f"invalid YAML: {exc}")

    if not isinstance(root, yaml.MappingNode):
        return fail(
            1 if root is None else root.start_mark.line + 1, "a bank file is a mapping with `round:` and `questions:`"
        )
    data = _construct(root)
    unknown = sorted(set(data) - {"round", "questions"})
    if unknown:
        return fail(_line_of(root, [unknown[0]]), f"unknown top-level key {unknown[0]!r}; expected round and questions")
    try:
        round_ = Round.parse(str(data.get("round", "")))
    except ValueError:
        choices = ", ".join(r.value for r in Round)
        return fail(_line_of(root, ["round"]), f"round {data.get('round')!r} is not one of {choices}")
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        return fail(_line_of(root, ["questions"]), "questions must be a non-empty list")

    model = MODEL_BY_ROUND[round_]
    for index, item in enumerate(items):
        qnode_loc: list[int | str] = ["questions", index]
        if not isinstance(item, dict):
            fail(_line_of(root, qnode_loc), "each question must be a mapping")
            continue
        qid = str(item.get("id")) if item.get("id") is not None else None
        if "round" in item:
            fail(_line_of(root, [*qnode_loc, "round"]), "round is set once per file, not per question", qid)
            continue
        try:
            result.questions.append(model.model_validate({**item, "round": round_}))
        except ValidationError as exc:
            for err in exc.errors():
                fail(_line_of(root, [*qnode_loc, *err["loc"]]), _describe(err), qid)
    return result


@dataclass(frozen=True)
class Bank:
    """Every loaded question, indexed by id, with the errors met while loading."""

    questions: dict[str, Question]
    errors: tuple[BankError, ...] = ()

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question | None:
        """Return a question by id, or None."""
        return self.questions.get(question_id)

    def select(
        self,
        round_: Round,
        *,
        difficulty: Difficulty | None = None,
        topic: str | None = None,
        exclude: Iterable[str] = (),
    ) -> list[Question]:
        """Return the questions of a round matching the filters, minus excluded ids."""
        excluded = set(exclude)
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
    """Load every `*.yaml` under the directories; in strict mode any error raises."""
    questions: dict[str, Question] = {}
    origin: dict[str, Path] = {}
    errors: list[BankError] = []
    for directory in directories:
        if not directory.is_dir():
            errors.append(BankError(directory, 1, None, "bank directory does not exist"))
            continue
        for path in sorted(directory.rglob("*.y*ml")):
            loaded = load_file(path)
            errors.extend(loaded.errors)
            for question in loaded.questions:
                if question.id in questions:
                    line = _first_line_with(path, question.id)
                    message = f"duplicate id; first defined in {origin[question.id]}"
                    errors.append(BankError(path, line, question.id, message))
                    continue
                questions[question.id] = question
                origin[question.id] = path
    if strict and errors:
        raise BankLoadError(errors)
    return Bank(questions, tuple(errors))


def _first_line_with(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    return 1
