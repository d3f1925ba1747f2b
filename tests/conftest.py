"""Shared fixtures: a fresh database on SQLite (a real file) and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.db.engine import Database
from bot.db.migrate import upgrade

# CI sets TEST_POSTGRES_URL (from .ci/start-postgres) and REQUIRE_POSTGRES=1, so these tests run, never skip.
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")
REQUIRE_POSTGRES = os.environ.get("REQUIRE_POSTGRES") == "1"
# Programs the tests start read no .env: not the developer's in the project, whatever the current directory.
os.environ["MOCK_INTERVIEWER_ENV_FILE"] = ""


async def reset_postgres(url: str) -> None:
    """Empty a PostgreSQL database (drop and recreate its public schema), for tests and benchmarks."""
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(text("DROP SCHEMA public CASCADE"))
        await conn.execute(text("CREATE SCHEMA public"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return the URL of an empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    if POSTGRES_URL is None:
        if REQUIRE_POSTGRES:
            pytest.fail("REQUIRE_POSTGRES=1 but TEST_POSTGRES_URL is not set")
        pytest.skip("TEST_POSTGRES_URL not set (run .ci/start-postgres)")
    await reset_postgres(POSTGRES_URL)
    return POSTGRES_URL


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """Return a database migrated to head."""
    db = Database.from_url(database_url)
    await upgrade(db.engine)
    yield db
    await db.dispose()
