"""Hostile submissions: each is contained with a clear verdict, and the judge keeps serving."""

from __future__ import annotations

import asyncio
import os
import socket
import time
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT, SHIPPED_BANKS
from bot.core.judge import Verdict
from bot.judge.runner import Judge
from tests.judge.conftest import TEST_LIMITS, probe_question, total_question

CORRECT = "def total(nums):\n    return sum(nums)\n"
# The most a contained run may take: the wall clock plus process start-up and teardown.
WALL = TEST_LIMITS.max_wall_seconds + 3


async def _run_beside_a_correct_one(judge: Judge, source: str, question=None):
    """Run a hostile source and a correct one at once; the correct one must still pass."""
    started = time.monotonic()
    hostile, fine = await asyncio.gather(
        judge.run(question or total_question(), source), judge.run(total_question(), CORRECT)
    )
    assert fine.verdict is Verdict.PASSED, "a correct run beside the hostile one failed"
    assert time.monotonic() - started < WALL
    return hostile


async def test_infinite_loop_times_out(judge: Judge) -> None:
    report = await _run_beside_a_correct_one(judge, "def total(nums):\n    while True:\n        pass\n")
    assert report.verdict is Verdict.TIME_LIMIT


async def test_loop_that_ignores_the_alarm_hits_the_wall_clock(judge: Judge) -> None:
    source = (
        "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
        "def total(nums):\n    while True:\n        pass\n"
    )
    report = await _run_beside_a_correct_one(judge, source)
    assert report.verdict is Verdict.TIME_LIMIT
    assert report.note is not None and "wall-clock" in report.note


async def test_sleeping_past_the_wall_clock_is_stopped(judge: Judge) -> None:
    source = (
        "import signal, time\nsignal.setitimer(signal.ITIMER_REAL, 0)\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
        "time.sleep(3600)\ndef total(nums):\n    return sum(nums)\n"
    )
    report = await _run_beside_a_correct_one(judge, source)
    assert report.verdict is Verdict.TIME_LIMIT


async def test_fork_bomb_stops_at_the_process_limit(judge: Judge) -> None:
    source = "import os\ndef total(nums):\n    while True:\n        os.fork()\n"
    report = await _run_beside_a_correct_one(judge, source)
    assert report.verdict is Verdict.ERROR
    assert report.cases[0][1].error == "line 4: BlockingIOError: [Errno 11] Resource temporarily unavailable"


async def test_allocating_8_gib_is_a_memory_error(judge: Judge) -> None:
    report = await _run_beside_a_correct_one(judge, "def total(nums):\n    return len(bytearray(8 << 30))\n")
    assert report.verdict is Verdict.ERROR
    assert report.cases[0][1].error == "line 2: MemoryError"


async def test_writing_a_1_gib_file_stops_at_the_file_size_limit(judge: Judge) -> None:
    source = (
        "def total(nums):\n    with open('big.bin', 'wb') as f:\n"
        "        for _ in range(1024):\n            f.write(bytes(1 << 20))\n    return sum(nums)\n"
    )
    report = await _run_beside_a_correct_one(judge, source)
    assert report.verdict is Verdict.ERROR
    assert "File too large" in (report.cases[0][1].error or "")


async def test_printing_100_mb_is_cut(judge: Judge) -> None:
    source = "def total(nums):\n    for _ in range(100):\n        print('x' * (1 << 20))\n    return sum(nums)\n"
    report = await _run_beside_a_correct_one(judge, source)
    assert report.verdict is Verdict.ERROR
    assert "File too large" in (report.cases[0][1].error or "")
    assert len(report.stdout) <= TEST_LIMITS.output_chars + 20


async def test_sockets_reach_neither_localhost_nor_outside(judge: Judge) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    source = (
        "import socket\ndef probe(n):\n    found = []\n"
        f"    for address in [('127.0.0.1', {port}), ('1.1.1.1', 53), ('8.8.8.8', 443)]:\n"
        "        try:\n            socket.create_connection(address, timeout=0.2)\n            found.append(address)\n"
        "        except OSError:\n            pass\n    return 'blocked' if not found else repr(found)\n"
    )
    try:
        report = await _run_beside_a_correct_one(judge, source, probe_question())
        assert report.verdict is Verdict.PASSED, [r.actual for _, r in report.cases]
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing connected from the sandbox
    finally:
        listener.close()


async def test_bot_files_and_proc_environ_are_unreadable(judge: Judge, tmp_path: Path) -> None:
    secret = tmp_path / ".env"
    secret.write_text("DISCORD_TOKEN=not-for-you\n")
    database = tmp_path / "bot.db"
    database.write_bytes(b"SQLite format 3\x00 secret rows")
    paths = [
        str(secret),
        str(database),
        str(PROJECT_ROOT / ".env.example"),
        str(PROJECT_ROOT / "pyproject.toml"),
        str(SHIPPED_BANKS / "coding" / "arrays-hashing.yaml"),
        "/proc/1/environ",
        "/proc/self/environ",
        "/etc/passwd",
    ]
    source = (
        "import os\ndef probe(n):\n    found = []\n"
        f"    for path in {paths!r}:\n"
        "        try:\n            with open(path, 'rb') as f:\n                data = f.read()\n"
        "        except OSError:\n            continue\n"
        "        if b'not-for-you' in data or b'secret' in data or b'round:' in data or b'TOKEN' in data:\n"
        "            found.append(path)\n"
        f"    for folder in [{str(SHIPPED_BANKS)!r}, {str(PROJECT_ROOT)!r}, {str(tmp_path)!r}]:\n"
        "        if os.path.exists(folder):\n            found.append(folder)\n"
        "    return 'blocked' if not found else repr(found)\n"
    )
    report = await judge.run(probe_question(), source)
    assert report.verdict is Verdict.PASSED, [r.actual for _, r in report.cases]


async def test_token_in_the_bot_environment_is_unreachable(judge: Judge, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "token-from-the-parent-environment")
    source = (
        "import os\ndef probe(n):\n    if 'token-from' in repr(dict(os.environ)):\n        return 'found in environ'\n"
        "    for pid in os.listdir('/proc'):\n        try:\n"
        "            data = open(f'/proc/{pid}/environ', 'rb').read()\n"
        "        except (OSError, NotADirectoryError):\n            continue\n"
        "        if b'token-from' in data:\n            return 'found in ' + pid\n"
        "    return 'blocked'\n"
    )
    report = await judge.run(probe_question(), source)
    assert report.verdict is Verdict.PASSED, [r.actual for _, r in report.cases]


async def test_deleting_files_changes_nothing_outside(judge: Judge, tmp_path: Path) -> None:
    keep = tmp_path / "keep.txt"
    keep.write_text("still here")
    source = (
        "import os, shutil, sys\ndef probe(n):\n    done = []\n"
        f"    for path in [{str(keep)!r}, sys.executable, os.__file__]:\n"
        "        try:\n            os.remove(path)\n            done.append(path)\n        except OSError:\n            pass\n"
        "    shutil.rmtree(os.path.dirname(os.__file__), ignore_errors=True)\n"
        "    return 'blocked' if not done else repr(done)\n"
    )
    report = await judge.run(probe_question(), source)
    assert report.verdict is Verdict.PASSED, [r.actual for _, r in report.cases]
    assert keep.read_text() == "still here"
    assert (await judge.run(total_question(), CORRECT)).verdict is Verdict.PASSED  # the runtime is intact


def _processes_with(marker: str) -> list[str]:
    found = []
    for pid in os.listdir("/proc"):
        try:
            if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
        except OSError:
            continue
    return found


async def test_background_process_does_not_outlive_the_run(judge: Judge) -> None:
    marker = f"judge-test-straggler-{os.getpid()}"
    source = (
        "import os, sys, time\ndef total(nums):\n    child = os.fork()\n    if child == 0:\n        os.setsid()\n"
        f"        os.execv(sys.executable, [sys.executable, '-c', 'import time; time.sleep(60)', {marker!r}])\n"
        "    time.sleep(0.05)\n"
        "    alive = os.waitpid(child, os.WNOHANG) == (0, 0)\n"
        "    return sum(nums) if alive else -1  # a wrong answer unless the straggler really started\n"
    )
    report = await judge.run(total_question(), source)
    assert report.verdict is Verdict.PASSED
    await asyncio.sleep(0.2)
    assert _processes_with(marker) == []
