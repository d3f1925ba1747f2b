"""Migrations go up, down and up again on both backends, and match the models."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.config import PROJECT_ROOT, SettingsError
from bot.db.engine import Database
from bot.db.migrate import current_revision, downgrade, ensure_at_head, head_revision, upgrade
from bot.db.models import Base

TABLES = {
    "guild_settings",
    "members",
    "interview_sessions",
    "hints_used",
    "answers",
    "votes",
    "points_ledger",
    "daily_posts",
    "review_prompts",
    "feedback",
    "points_tallies",
    "points_histogram",
    "judge_runs",
    "deck_cards",
    "deck_reviews",
    "daily_solves",
}


async def _tables(db: Database) -> set[str]:
    async with db.engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names())) - {"alembic_version"}


async def test_upgrade_downgrade_upgrade_round_trip(database_url: str) -> None:
    db = Database.from_url(database_url)
    await upgrade(db.engine)
    assert await _tables(db) == TABLES
    assert await current_revision(db.engine) == head_revision()
    await downgrade(db.engine, "base")
    assert await _tables(db) == set()
    assert await current_revision(db.engine) is None
    await upgrade(db.engine)
    assert await _tables(db) == TABLES
    await db.dispose()


async def test_models_match_migrated_schema(database: Database) -> None:
    def diff(conn):
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)

    async with database.engine.connect() as conn:
        assert await conn.run_sync(diff) == []


async def test_start_refused_on_database_behind_head(database_url: str) -> None:
    db = Database.from_url(database_url)
    with pytest.raises(SettingsError, match=r"never been migrated: run `.* -m bot db upgrade`"):
        await ensure_at_head(db.engine, auto_migrate=False)
    await db.dispose()


async def test_auto_migrate_upgrades_instead_of_refusing(database_url: str) -> None:
    db = Database.from_url(database_url)
    await ensure_at_head(db.engine, auto_migrate=True)
    assert await current_revision(db.engine) == head_revision()
    await db.dispose()


def test_run_on_unmigrated_database_exits_2_naming_the_fix(tmp_path) -> None:
    env = {
        **os.environ,
        "DISCORD_TOKEN": "not-a-real-token",
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'old.db'}",
        "AUTO_MIGRATE": "false",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"The database has never been migrated: run `{sys.executable} -m bot db upgrade` (or set AUTO_MIGRATE=true)."
    )
    assert "not-a-real-token" not in result.stderr + result.stdout


def test_db_upgrade_command_creates_the_sqlite_file(tmp_path) -> None:
    path = tmp_path / "nested" / "bot.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{path}"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"created the database at {path} (schema revision {head_revision()})\n"
    assert path.exists()
    again = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True
    )
    assert again.stdout == f"the database at {path} is already at the latest schema revision ({head_revision()})\n"


def test_db_upgrade_on_a_newer_schema_is_one_line_and_changes_nothing(tmp_path) -> None:
    path = tmp_path / "bot.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{path}", "AUTO_MIGRATE": "true"}
    upgrade_cmd = [sys.executable, "-m", "bot", "db", "upgrade"]
    assert subprocess.run(upgrade_cmd, cwd=PROJECT_ROOT, env=env, capture_output=True).returncode == 0
    with sqlite3.connect(path) as conn:  # as a newer version of the bot would leave it
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    expected = (
        "The database is at schema revision 9999, which this version of the bot does not know (a newer version "
        "migrated it?): run that newer version, or point DATABASE_URL at another database."
    )
    for command in (upgrade_cmd, [sys.executable, "-m", "bot", "practice", "coding", "--script"]):
        result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, input="")
        assert (result.returncode, result.stderr.strip()) == (2, expected), result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]
