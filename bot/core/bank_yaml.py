"""Read one bank file's YAML safely and literally, or say, line by line, why it cannot be read."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# A bank file is a few hundred questions at most; anything bigger is a mistake or an attack.
MAX_BANK_BYTES = 1024 * 1024

try:  # libyaml's safe loader is ~10x faster; both construct only plain YAML types.
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader


class BankLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """A safe loader that keeps what the author wrote: YAML 1.2 core scalars, no 1.1 re-typing.

    YAML 1.1 (PyYAML's default) turns `NO`/`on`/`y` into booleans, `12:30` into 750, `0755` into 493 and
    `2023-02-29` into a date (or an error). Here only `true`/`false`, `null`/`~`, decimal, `0o` and `0x`
    integers and decimal floats are typed; every other plain scalar stays the text it was written as.
    """

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        """Build an int from the core schema's decimal, `0o` octal or `0x` hex forms."""
        text = str(self.construct_scalar(node))
        sign, digits = (-1, text[1:]) if text.startswith("-") else (1, text.lstrip("+"))
        base = {"0o": 8, "0x": 16}.get(digits[:2], 10)
        return sign * int(digits[2:] if base != 10 else digits, base)


_CORE_SCALARS = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    # A leading zero (`0755`) is not a number here: it stays text, as written.
    ("tag:yaml.org,2002:int", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
]
for _tag, _pattern, _first in _CORE_SCALARS:
    BankLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
BankLoader.add_constructor("tag:yaml.org,2002:int", BankLoader.construct_yaml_int)


@dataclass(frozen=True)
class Problem:
    """Why (part of) a file cannot be read: a 1-based line and one sentence `what; how to fix`."""

    line: int
    message: str


@dataclass
class ParsedFile:
    """A bank file's node tree (for line numbers), its plain data, and any problems."""

    root: yaml.Node | None = None
    data: Any = None
    problems: list[Problem] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Return a bank file's text; raises ValueError with `what; how to fix` if it is not a readable file."""
    try:
        # O_NONBLOCK: a FIFO named *.yaml must not hang start-up; fstat then tells us it is no file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ValueError(_unreadable(path, exc)) from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ValueError("is a directory named like a bank file; rename it so it does not end in .yaml")
        if not stat.S_ISREG(mode):
            raise ValueError("is not a regular file (a pipe, socket or device); replace it with a .yaml file")
        try:
            raw = handle.read(MAX_BANK_BYTES + 1)
        except OSError as exc:
            raise ValueError(_unreadable(path, exc)) from None
    if len(raw) > MAX_BANK_BYTES:
        size = os.stat(path).st_size
        raise ValueError(f"file is {size} bytes, over the limit of {MAX_BANK_BYTES}; split it by topic")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("file is not UTF-8 text; save it with UTF-8 encoding") from None


def _unreadable(path: Path, exc: OSError) -> str:
    if path.is_symlink() and not path.exists():
        return f"is a broken symbolic link (to {os.readlink(path)}); fix the link or delete it"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read (permission denied); make it readable by the user the bot runs as"
    if exc.errno == errno.EISDIR:
        return "is a directory named like a bank file; rename it so it does not end in .yaml"
    return f"cannot be read ({exc.strerror or exc}); make it a readable regular file"


def parse(text: str) -> ParsedFile:
    """Parse bank YAML: refuse aliases, explicit tags and duplicate keys, then build plain data."""
    result = ParsedFile()
    try:
        for event in yaml.parse(text, Loader=BankLoader):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                # Aliases enable "billion laughs" expansion; banks never need them. Stop before composing.
                result.problems.append(
                    Problem(line, "YAML anchors and aliases are not allowed; write the value out in full")
                )
                return result
            tag = _explicit_tag(event)
            if tag is not None:
                message = (
                    f"YAML tags such as {tag} are not supported; write the value itself, in quotes if it starts with !"
                )
                result.problems.append(Problem(line, message))
        loader = BankLoader(text)
        try:
            result.root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context
        result.problems.append(
            Problem(mark.line + 1 if mark else 1, f"invalid YAML: {problem}; check quoting and indentation here")
        )
        return result
    except yaml.YAMLError as exc:
        result.problems.append(Problem(1, f"invalid YAML: {exc}; check the file's syntax"))
        return result
    if result.root is not None:
        result.problems += duplicate_keys(result.root)
    if result.problems or result.root is None:
        return result
    result.data = _construct(result.root, result.problems)
    return result


def _explicit_tag(event: yaml.Event) -> str | None:
    """Return the tag written on a node (`!include`, `!!str`), or None when YAML resolves it implicitly."""
    tag = getattr(event, "tag", None)
    implicit = getattr(event, "implicit", True)
    explicit = implicit is False or (isinstance(implicit, tuple) and not any(implicit))
    return tag if tag is not None and explicit else None


def duplicate_keys(node: yaml.Node) -> list[Problem]:
    """Report every key that a mapping repeats, naming both lines (YAML would silently keep the last)."""
    problems = []
    for mapping in _mappings(node):
        first: dict[str, int] = {}
        for key, _ in mapping.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            line = key.start_mark.line + 1
            if key.value in first:
                problems.append(
                    Problem(
                        line,
                        f"duplicate key {key.value!r}, first at line {first[key.value]}; "
                        "keep one and merge their contents (YAML would silently drop the first)",
                    )
                )
            else:
                first[key.value] = line
    return problems


def _mappings(node: yaml.Node) -> Iterator[yaml.MappingNode]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            yield current
            stack += [n for pair in current.value for n in pair]
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value


def _construct(root: yaml.Node, problems: list[Problem]) -> Any:
    loader = BankLoader("")
    try:
        return loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(Problem(line, f"YAML cannot build this value ({exc.problem}); quote it to keep it as text"))
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        problems.append(Problem(1, f"YAML cannot build a value ({exc}); quote unusual values to keep them as text"))
    finally:
        loader.dispose()
    return None


def bank_paths(directory: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Return the bank files under a directory in sorted order, and entries that cannot be banks.

    Names starting with `.` (editor lock files, `.git`) are not banks and are skipped silently.
    """
    paths: list[Path] = []
    problems: list[tuple[Path, str]] = []

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else directory
        problems.append((where, "this folder cannot be listed; make it readable by the user the bot runs as"))

    for folder, dirnames, filenames in os.walk(directory, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            if _is_bank_name(name) and not (Path(folder) / name).is_symlink():
                message = "is a directory named like a bank file; rename it so it does not end in .yaml"
                problems.append((Path(folder) / name, message))
        paths += [Path(folder) / n for n in filenames if _is_bank_name(n) and not n.startswith(".")]
        paths += [Path(folder) / n for n in dirnames if _is_bank_name(n) and (Path(folder) / n).is_symlink()]
    return sorted(paths), problems


def _is_bank_name(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))
