"""Expected failures of the command line are one line naming the cause and what to check, exit 2, no secret shown.

Real failures only: a PostgreSQL port where nothing listens, the test PostgreSQL refusing a role or database that
does not exist, a SQLite path that cannot exist. Discord's side (token refused, out of reach) is in
tests/e2e/test_startup.py, against the fake Discord.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.config import PROJECT_ROOT
from bot.db.migrate import head_revision
from tests.conftest import POSTGRES_URL, REQUIRE_POSTGRES

CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL", "LOG_LEVEL"}}
PASSWORD = "hunter2-not-shown"


def _run(cwd: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**CLEAN_ENV, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


COMMANDS = [("db", "upgrade"), ("practice", "coding", "--script"), ("run",)]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_postgresql_out_of_reach_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    port = _free_port()
    url = f"postgresql+asyncpg://mi:{PASSWORD}@127.0.0.1:{port}/mock"
    result = _run(tmp_path, *command, DATABASE_URL=url, DISCORD_TOKEN="secret-token")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"Cannot reach the database postgresql://mi@127.0.0.1:{port}/mock (Connect call failed "
        f"('127.0.0.1', {port})). Check that it runs, and DATABASE_URL's host and port."
    ]
    assert PASSWORD not in result.stdout + result.stderr and "secret-token" not in result.stderr


def _refusing(**parts: str) -> str:
    if POSTGRES_URL is None:
        if REQUIRE_POSTGRES:
            pytest.fail("REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set")
        pytest.skip("TEST_POSTGRES_URL not set (run .ci/start-postgres)")
    return make_url(POSTGRES_URL).set(**parts).render_as_string(hide_password=False)


@pytest.mark.postgres
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_postgresql_refusing_the_role_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    url = _refusing(username="no_such_member", password=PASSWORD)
    shown = make_url(url)
    result = _run(tmp_path, *command, DATABASE_URL=url, DISCORD_TOKEN="secret-token")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"The database postgresql://no_such_member@{shown.host}:{shown.port}/{shown.database} refused the "
        'connection: role "no_such_member" does not exist. Check DATABASE_URL\'s user, password and name.'
    ]
    assert PASSWORD not in result.stdout + result.stderr


@pytest.mark.postgres
def test_postgresql_refusing_the_database_is_one_line_and_the_traceback_is_logged_at_debug(tmp_path: Path) -> None:
    url = _refusing(database="no_such_database", password=PASSWORD)
    quiet = _run(tmp_path, "db", "upgrade", DATABASE_URL=url)
    assert quiet.returncode == 2
    assert len(quiet.stderr.splitlines()) == 1
    assert 'refused the connection: database "no_such_database" does not exist.' in quiet.stderr
    debug = _run(tmp_path, "db", "upgrade", DATABASE_URL=url, LOG_LEVEL="DEBUG")
    assert debug.returncode == 2
    assert "DEBUG    bot.failures: database failure" in debug.stderr and "Traceback" in debug.stderr
    assert debug.stderr.splitlines()[-1] == quiet.stderr.strip()
    assert PASSWORD not in quiet.stderr + debug.stderr


def test_a_sqlite_file_that_cannot_be_created_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = _run(tmp_path, "db", "upgrade", DATABASE_URL=f"sqlite+aiosqlite:///{blocker}/bot.db")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"Cannot create the SQLite database {blocker}/bot.db (File exists). "
        "Check that DATABASE_URL's path leads into a folder you can write."
    ]


@pytest.mark.parametrize(
    ("command", "target", "reason"),
    [
        (("review", "export"), "{tmp}", "it is a folder; give the name of a file in it"),
        (("review", "export"), "/nonexistent/x.csv", "the folder /nonexistent does not exist"),
        (("stats",), "/proc/x.png", "No such file or directory"),
        (("stats",), "{tmp}/charts/x.png", "the folder {tmp}/charts does not exist"),
    ],
    ids=["export to a folder", "export into a missing folder", "chart into /proc", "chart into a missing folder"],
)
def test_a_file_the_command_line_cannot_write_is_one_line(
    tmp_path: Path, command: tuple[str, ...], target: str, reason: str
) -> None:
    out = target.format(tmp=tmp_path)
    result = _run(tmp_path, *command, "--out", out, DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [f"Cannot write {out}: {reason.format(tmp=tmp_path)}."]


@pytest.mark.parametrize(
    "command",
    [("banks", "topics", "coding"), ("banks", "stats"), ("review", "export"), ("leaderboard",)],
    ids=lambda c: " ".join(c),
)
def test_output_into_a_pipe_closed_early_ends_quietly_with_status_1(tmp_path: Path, command: tuple[str, ...]) -> None:
    # `python -m bot banks topics coding | head -5`, with the reader gone before the command writes anything.
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *command],
        cwd=tmp_path,
        env={**CLEAN_ENV, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, stderr = proc.communicate(timeout=120)
    assert (proc.returncode, stderr) == (1, "")


def test_db_without_an_action_names_the_actions_not_an_internal_name(tmp_path: Path) -> None:
    result = _run(tmp_path, "db")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "python -m bot db: error: choose what to do: upgrade"
    assert "db_command" not in result.stderr


def test_env_is_read_from_the_project_whatever_the_current_directory(tmp_path: Path) -> None:
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    for part in ("bot", "migrations"):
        shutil.copytree(PROJECT_ROOT / part, project / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT_ROOT / "alembic.ini", project / "alembic.ini")
    (project / ".env").write_text(f"DATABASE_URL=sqlite+aiosqlite:///{tmp_path / 'from-project-env.db'}\n")
    elsewhere.mkdir()
    (elsewhere / ".env").write_text(f"DATABASE_URL=sqlite+aiosqlite:///{tmp_path / 'from-cwd-env.db'}\n")
    env = {k: v for k, v in CLEAN_ENV.items() if k != "MOCK_INTERVIEWER_ENV_FILE"}
    env["PYTHONPATH"] = str(project)

    def upgrade(**extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "db", "upgrade"],
            cwd=elsewhere,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
        )

    result = upgrade()
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == f"created the database at {tmp_path / 'from-project-env.db'} (schema revision {head_revision()})\n"
    )
    assert not (tmp_path / "from-cwd-env.db").exists()
    chosen = upgrade(MOCK_INTERVIEWER_ENV_FILE=str(elsewhere / ".env"))
    assert chosen.stdout.startswith(f"created the database at {tmp_path / 'from-cwd-env.db'} ")
    overridden = upgrade(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'from-environment.db'}")
    assert overridden.stdout.startswith(f"created the database at {tmp_path / 'from-environment.db'} ")
