"""scripts/test stops and deletes the throwaway PostgreSQL it started: after passing, failing and Ctrl-C."""

from __future__ import annotations

import glob
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT

pytestmark = pytest.mark.skipif(not glob.glob("/usr/lib/postgresql/*/bin/initdb"), reason="PostgreSQL is not installed")
BANNER = re.compile(r"scripts/test: a throwaway PostgreSQL on 127\.0\.0\.1:(\d+) in (\S+), stopped and deleted")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"TEST_POSTGRES_URL", "REQUIRE_POSTGRES"}}
    env["NO_INSTALL"] = "1"  # this suite runs from the installed .venv already
    return env


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _server_of(stderr: str) -> tuple[int, Path]:
    found = BANNER.search(stderr)
    assert found, stderr
    return int(found.group(1)), Path(found.group(2))


# The inner runs select tests of other modules only: selecting this one would start scripts/test again, forever.
@pytest.mark.parametrize(("selection", "status"), [("round_trip", 0), ("no_such_test", 5)])
def test_the_server_is_gone_after_the_tests_pass_or_fail(selection: str, status: int) -> None:
    # REQUIRE_POSTGRES=1: the PostgreSQL round trip passes only if scripts/test handed the tests its server.
    result = subprocess.run(
        [str(PROJECT_ROOT / "scripts" / "test"), "-q", "tests/db/test_migrations.py", "-k", selection],
        env={**_env(), "REQUIRE_POSTGRES": "1"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == status, result.stdout + result.stderr
    if status == 0:
        assert "2 passed" in result.stdout  # on SQLite and on the throwaway PostgreSQL
    port, folder = _server_of(result.stderr)
    assert not folder.exists() and not _listening(port)


def test_the_server_is_gone_after_ctrl_c() -> None:
    # A new session, like a terminal's foreground job: Ctrl-C sends SIGINT to the whole group.
    proc = subprocess.Popen(
        [str(PROJECT_ROOT / "scripts" / "test"), "-q", "tests/cli/test_practice.py"],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stderr is not None
    banner = proc.stderr.readline()
    port, folder = _server_of(banner)
    deadline = time.monotonic() + 60
    while not _listening(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _listening(port), "the server never started"
    time.sleep(2)  # the tests are running
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0, out + err
    assert not folder.exists() and not _listening(port), out + err
