"""`python -m bot judge QUESTION_ID FILE.py` and the practice terminal's `run_file`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.judge.runner import MAX_SOURCE_BYTES
from bot.judge.terminal import find_question, run_file
from tests.judge.conftest import make_judge, total_question

QUESTION = "cod-arrays-hashing-001"


def _judge(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "judge", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )


def test_reference_solution_exits_0_with_per_test_lines() -> None:
    done = _judge(QUESTION, str(SHIPPED_BANKS / "solutions" / f"{QUESTION}.py"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"{QUESTION}: ✅ passed — 7/7 tests passed")
    assert "✓ example 1: count_card_pairs([5, 1, 4, 5, 2], 6) → passed" in done.stdout
    assert done.stdout.count("count_card_pairs([5, 1, 4, 5, 2], 6)") == 1, "the test repeating example 1 runs once"
    assert "Hidden tests: 3 passed, 0 failed, 0 timed out (of 3)" in done.stdout


def test_wrong_solution_exits_1(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def count_card_pairs(values, target):\n    return len(values)\n")
    done = _judge(QUESTION, str(wrong))
    assert done.returncode == 1
    assert "❌ wrong answer — 1/7 tests passed" in done.stdout
    assert "    expected 3\n    got      5\n" in done.stdout


@pytest.mark.parametrize(
    ("question_id", "content", "message"),
    [
        ("cod-nope-999", b"def f():\n    pass\n", "unknown question id 'cod-nope-999'"),
        (
            "mlt-computer-vision-001",
            b"def f():\n    pass\n",
            "mlt-computer-vision-001 is a ml-theory question; the judge runs coding and ML-coding questions",
        ),
        (QUESTION, b"\xff\xfe not text", "is not UTF-8 text"),
        (QUESTION, b"#" * (MAX_SOURCE_BYTES + 1), "the judge takes files up to 64,000 bytes"),
    ],
    ids=["unknown-id", "not-coding", "not-utf8", "too-large"],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, question_id: str, content: bytes, message: str) -> None:
    path = tmp_path / "solution.py"
    path.write_bytes(content)
    done = _judge(question_id, str(path))
    assert done.returncode == 2
    assert len(done.stdout.strip().splitlines()) == 1 and message in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


async def test_run_file_returns_the_report_text(tmp_path: Path) -> None:
    path = tmp_path / "mine.py"
    path.write_text("def total(nums):\n    return sum(nums)\n")
    text = await run_file(total_question(), path, make_judge())
    assert text.startswith("cod-test-001: ✅ passed — 7/7 tests passed")
    assert await run_file(total_question(), tmp_path / "missing.py", make_judge()) == (
        f"cannot read {tmp_path / 'missing.py'}: No such file or directory"
    )


def test_find_question_accepts_ml_coding() -> None:
    assert find_question("mlc-metrics-001", [SHIPPED_BANKS]).id == "mlc-metrics-001"
