"""Hand-written custom banks that used to crash or load silently wrong (issue 12, items 1-5)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.core import render
from bot.core.bank import load_banks, load_file
from bot.core.bank_yaml import parse
from bot.core.questions import CodingQuestion
from tests.banks.test_loader import GOOD

CODING = textwrap.dedent(
    """\
    round: coding
    questions:
      - id: cod-arrays-hashing-901
        title: Valid calendar day
        difficulty: easy
        time_limit_minutes: 20
        prompt: Given a date written as YYYY-MM-DD, return whether it names a real calendar day.
        hints:
          - Which months have fewer than 31 days?
          - Leap years follow three rules, not one.
        follow_ups:
          - How would you handle other calendars?
          - What if the input may have surrounding spaces?
        key_points:
          - point: Checks the month range first.
            must_have: true
          - point: Applies the full leap-year rule.
          - point: Rejects day zero.
        model_answer: Split the text, check the month, then compare the day with that month's length.
        rubric:
          communication: Explains the checks.
          problem_solving: Finds the leap-year rule.
          technical: Clean parsing.
          testing: Tries February.
        pattern: arrays-hashing
        signature: "def is_real_day(text: str) -> bool:"
        examples:
          - args: [2023-02-28]
            output: YES
        tests:
          - {args: [2023-02-29], expected: false}
          - {args: ["2024-02-29"], expected: true}
          - {args: ["2023-13-01"], expected: false}
          - {args: ["2023-04-31"], expected: false, hidden: true}
          - {args: ["2000-02-29"], expected: true, hidden: true}
        reference_complexity: {time: O(1), space: O(1)}
    """
)


def _bank_dir(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    folder = tmp_path / "custom"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _check(*dirs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "banks", "check", *map(str, dirs)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _errors(folder: Path) -> list[str]:
    return [str(e).removeprefix(f"{folder}/") for e in load_banks([folder]).errors]


def _assert_check_fails_with(folder: Path, line: str) -> None:
    result = _check(folder)
    assert result.returncode == 1
    assert f"error: {folder}/{line}" in result.stdout.splitlines()
    assert "Traceback" not in result.stdout + result.stderr


# -- 1. a value YAML cannot construct -------------------------------------------------------------


def test_unquoted_impossible_date_is_kept_as_the_text_written(tmp_path: Path) -> None:
    folder = _bank_dir(tmp_path, CODING)
    bank = load_banks([folder])
    assert bank.errors == ()
    question = bank.get("cod-arrays-hashing-901")
    assert isinstance(question, CodingQuestion)
    assert question.tests[0].args == ["2023-02-29"]
    assert question.examples[0].args == ["2023-02-28"]  # a real date stays text too, not datetime.date
    result = _check(folder)
    assert result.returncode == 0, result.stdout
    assert "Traceback" not in result.stderr


def test_value_yaml_cannot_build_is_one_line_and_skips_the_file(tmp_path: Path) -> None:
    # A flow mapping keyed by a list: YAML parses it, but no mapping can be built from it.
    folder = _bank_dir(tmp_path, CODING.replace("{args: [2023-02-29], expected: false}", "{[2023, 2]: 29}"))
    line = "bank.yaml:31 [cod-arrays-hashing-901]: YAML cannot build this value (found unhashable key); "
    assert _errors(folder) == [line + "quote it to keep it as text"]
    assert load_banks([folder]).questions == {}
    _assert_check_fails_with(folder, line + "quote it to keep it as text")


# -- 2. explicit tags -----------------------------------------------------------------------------


def test_include_tag_is_refused_in_one_line(tmp_path: Path) -> None:
    text = GOOD.replace(
        "model_answer: An illustration", "model_answer: !include answers/x.md\n    notes: An illustration"
    )
    folder = _bank_dir(tmp_path, text)
    expected = (
        "bank.yaml:22 [beh-teamwork-901]: YAML tags such as !include are not supported; "
        "write the value itself, in quotes if it starts with !"
    )
    assert _errors(folder) == [expected]
    _assert_check_fails_with(folder, expected)


def test_standard_and_python_tags_are_refused_too(tmp_path: Path) -> None:
    text = GOOD.replace("time_limit_minutes: 12", "time_limit_minutes: !!int '12'").replace(
        "- Blames the teammate.", "- !!python/object/apply:os.system ['touch pwned']"
    )
    folder = _bank_dir(tmp_path, text)
    errors = _errors(folder)
    assert [e.split(":", 2)[1] for e in errors] == ["6 [beh-teamwork-901]", "35 [beh-teamwork-901]"]
    assert "tag:yaml.org,2002:int are not supported" in errors[0]
    assert "tag:yaml.org,2002:python/object/apply:os.system are not supported" in errors[1]
    assert not (PROJECT_ROOT / "pwned").exists()


# -- 3. folder entries that are not readable regular files ----------------------------------------


def test_broken_symlink_is_reported_and_skipped_at_check_and_start_up(tmp_path: Path) -> None:
    folder = _bank_dir(tmp_path, GOOD)
    (folder / "old.yaml").symlink_to(tmp_path / "gone.yaml")
    expected = f"old.yaml:1: is a broken symbolic link (to {tmp_path / 'gone.yaml'}); fix the link or delete it"
    assert _errors(folder) == [expected]
    assert load_banks([folder]).get("beh-teamwork-901") is not None  # the good file still loads
    _assert_check_fails_with(folder, expected)

    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env |= {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'p.db'}", "BANKS_DIR": str(folder)}
    practice = subprocess.run(
        [sys.executable, "-m", "bot", "practice", "behavioral", "--topic", "teamwork", "--script"],
        input="e\n",
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert practice.returncode == 0, practice.stderr
    assert f"WARNING  bot.launcher: bank problem skipped: {folder}/{expected}" in practice.stderr
    assert "Traceback" not in practice.stderr


def test_directory_and_fifo_named_like_banks_are_reported_without_hanging(tmp_path: Path) -> None:
    folder = _bank_dir(tmp_path, GOOD)
    (folder / "drafts.yaml").mkdir()
    os.mkfifo(folder / "pipe.yaml")
    assert _errors(folder) == [
        "drafts.yaml:1: is a directory named like a bank file; rename it so it does not end in .yaml",
        "pipe.yaml:1: is not a regular file (a pipe, socket or device); replace it with a .yaml file",
    ]
    assert len(load_banks([folder])) == 1


def test_unreadable_file_and_folder_are_reported_in_one_line_each() -> None:
    # Root reads everything: check as an unprivileged user, as the bot would usually run.
    drop = ["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"] if os.geteuid() == 0 else []
    folder = Path(tempfile.mkdtemp(prefix="banks-"))
    try:
        folder.chmod(0o755)
        (folder / "secret.yaml").write_text(GOOD, encoding="utf-8")
        (folder / "secret.yaml").chmod(0)
        (folder / "locked").mkdir(mode=0)
        result = subprocess.run(
            [*drop, sys.executable, "-m", "bot", "banks", "check", str(folder)],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        (folder / "locked").chmod(0o755)
        shutil.rmtree(folder)
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stdout.splitlines() if line.startswith("error: ")]
    assert errors == [
        f"error: {folder}/locked:1: this folder cannot be listed; make it readable by the user the bot runs as",
        f"error: {folder}/secret.yaml:1: cannot be read (permission denied); make it readable by the user the bot runs as",
    ]
    assert "Traceback" not in result.stderr


def test_hidden_files_and_folders_are_not_banks(tmp_path: Path) -> None:
    folder = _bank_dir(tmp_path, GOOD)
    (folder / ".#bank.yaml").symlink_to("root@host.1234:1700000000")  # an editor's lock file
    (folder / ".git").mkdir()
    (folder / ".git" / "broken.yaml").write_text("round: [", encoding="utf-8")
    (folder / ".draft.yaml").write_text("round: nonsense\n", encoding="utf-8")
    bank = load_banks([folder])
    assert bank.errors == ()
    assert list(bank.questions) == ["beh-teamwork-901"]


# -- 4. duplicate keys ----------------------------------------------------------------------------


def test_second_hints_key_is_refused_naming_both_lines(tmp_path: Path) -> None:
    text = GOOD.replace(
        "    follow_ups:", "    hints:\n      - A second list that would replace the first.\n    follow_ups:"
    )
    folder = _bank_dir(tmp_path, text)
    expected = (
        "bank.yaml:11 [beh-teamwork-901]: duplicate key 'hints', first at line 8; "
        "keep one and merge their contents (YAML would silently drop the first)"
    )
    assert _errors(folder) == [expected]
    assert len(load_banks([folder])) == 0
    _assert_check_fails_with(folder, expected)


def test_duplicate_keys_are_refused_at_every_depth(tmp_path: Path) -> None:
    text = GOOD.replace("      task: Own role clear.", "      task: Own role clear.\n      situation: Vague.")
    text = text.replace("round: behavioral\n", "round: behavioral\nround: coding\n")
    errors = _errors(_bank_dir(tmp_path, text))
    assert [e.split(": ", 1)[0] for e in errors] == ["bank.yaml:2", "bank.yaml:27 [beh-teamwork-901]"]
    assert "duplicate key 'round', first at line 1" in errors[0]
    assert "duplicate key 'situation', first at line 25" in errors[1]


# -- 5. YAML 1.1 implicit typing ------------------------------------------------------------------


def test_unquoted_no_is_shown_to_candidates_as_no(tmp_path: Path) -> None:
    question = load_file(_bank_dir(tmp_path, CODING) / "bank.yaml").questions[0]
    assert isinstance(question, CodingQuestion)
    assert question.examples[0].output == "YES"
    assert "→ `'YES'`" in render.question_body(question)
    no = parse("output: NO\n").data
    assert no == {"output": "NO"}
    assert yaml.safe_load("output: NO\n") == {"output": False}  # what YAML 1.1 would have shown


def test_times_dates_octal_and_yes_no_words_stay_as_written() -> None:
    written = "[12:30, 2024-01-01, 2001-12-14t21:59:43.10-05:00, 0755, 1_000, 0b101, yes, Off, y, '=', <<]"
    kept = ["12:30", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "0755", "1_000", "0b101", "yes", "Off", "y"]
    assert parse(f"v: {written}\n").data == {"v": [*kept, "=", "<<"]}
    # YAML's own types still work where the author meant them.
    typed = parse("v: [true, False, null, ~, 42, -7, 0o17, 0x1F, 1.5, -.5, 1.0e+3, .inf]\n").data["v"]
    assert typed == [True, False, None, None, 42, -7, 15, 31, 1.5, -0.5, 1000.0, float("inf")]


def test_text_fields_keep_the_authors_words(tmp_path: Path) -> None:
    text = GOOD.replace("- Blames the teammate.", "- NO\n      - 10:30\n      - 0777").replace(
        "title: A teammate who went quiet", "title: On"
    )
    question = load_file(_bank_dir(tmp_path, text) / "bank.yaml").questions[0]
    assert question.title == "On"
    assert question.red_flags == ["NO", "10:30", "0777"]


def _same(before: object, after: object, where: str) -> list[str]:
    if type(before) is not type(after):
        return [f"{where}: {before!r} became {after!r}"]
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [] if list(before) == list(after) else [f"{where}: keys changed"]
        return keys + [d for k in before for d in _same(before[k], after.get(k), f"{where}.{k}")]
    if isinstance(before, list) and isinstance(after, list):
        length = [] if len(before) == len(after) else [f"{where}: length changed"]
        return length + [
            d for i, (b, a) in enumerate(zip(before, after, strict=False)) for d in _same(b, a, f"{where}[{i}]")
        ]
    return [] if before == after else [f"{where}: {before!r} became {after!r}"]


def test_shipped_banks_load_exactly_as_yaml_safe_load_read_them() -> None:
    files = sorted(SHIPPED_BANKS.rglob("*.yaml"))
    assert len(files) > 50
    changes, written = [], 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        expected = yaml.load(text, Loader=yaml.CSafeLoader)
        changes += _same(expected, parse(text).data, path.name)
        written += len(expected.get("questions", []))
    assert changes == []
    assert len(load_banks([SHIPPED_BANKS], strict=True)) == written


ODD_VALUES = [
    "!!binary abc", "? [a, b]\n  : c", "{[1]: 2}", "[1, [2, {3: 4}]]", "1e400", ".nan", "<<: {a: 1}", "=",
    "!!python/name:os.system", "&a x", "*a", "~", "'", '"\\x"', "0o9", "12:30:45", "{a: 1, a: 2}", "- - -",
    "|\n    text", "!!set {a, b}", "!!timestamp 2023-02-29", "9" * 30, "%", "@x", "\t", "\x00", "[" * 50,
]  # fmt: skip


def test_no_mangled_bank_crashes_the_loader_and_every_error_is_one_line(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "bank.yaml"
    for base in (GOOD, CODING):
        lines = base.splitlines()
        for _ in range(300):
            mangled = list(lines)
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(mangled))
                key = mangled[i].split(":", 1)[0]
                mangled[i] = f"{key}: {rng.choice(ODD_VALUES)}"
            path.write_text("\n".join(mangled) + "\n", encoding="utf-8")
            loaded = load_file(path)  # must not raise
            assert all("\n" not in str(e) and str(e).startswith(f"{path}:") for e in loaded.errors)
            assert loaded.errors or loaded.questions
