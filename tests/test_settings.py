"""Bad settings give one clear line, exit status 2 and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import SHIPPED_BANKS, SettingsError, load_settings

CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL", "LOG_LEVEL"}}


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # cwd=tmp_path so a developer's own .env is not read.
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp_path,
        env={**CLEAN_ENV, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_run_without_token_explains_how_to_get_one(tmp_path: Path) -> None:
    result = _run(tmp_path, "run")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "DISCORD_TOKEN is not set: the bot needs a bot token to connect to Discord."
    assert "`bot` and `applications.commands`" in result.stderr
    assert "python -m bot practice" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_database_url_is_one_line_without_echoing_secrets(tmp_path: Path) -> None:
    result = _run(tmp_path, "db", "upgrade", DATABASE_URL="mysql://root:hunter2@db/bot")
    assert result.returncode == 2
    assert result.stderr == ("DATABASE_URL must start with sqlite+aiosqlite:/// or postgresql+asyncpg:// (got mysql)\n")


def test_bad_log_level_is_one_line(tmp_path: Path) -> None:
    result = _run(tmp_path, "run", LOG_LEVEL="LOUD", DISCORD_TOKEN="x")
    assert result.returncode == 2
    assert result.stderr == "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL (got 'LOUD')\n"


def test_malformed_integer_setting_names_the_setting() -> None:
    with pytest.raises(SettingsError, match=r"^DEV_GUILD_ID is invalid: Input should be a valid integer"):
        load_settings(dev_guild_id="my-server")


def test_defaults_are_sqlite_under_data_and_the_shipped_banks() -> None:
    settings = load_settings(_env_file=None)
    assert settings.database_url.startswith("sqlite+aiosqlite:///") and "/data/bot.db" in settings.database_url
    assert settings.banks_dir == [SHIPPED_BANKS]
    assert settings.log_level == "INFO"


def test_extra_bank_directories_come_after_the_shipped_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANKS_DIR", "/srv/our-banks:/srv/more")
    settings = load_settings(_env_file=None)
    assert settings.banks_dir == [SHIPPED_BANKS, Path("/srv/our-banks"), Path("/srv/more")]


def test_token_is_never_shown_in_repr() -> None:
    settings = load_settings(discord_token="super-secret-token", _env_file=None)
    assert "super-secret-token" not in repr(settings)
    assert settings.require_token() == "super-secret-token"


def test_installed_script_runs_the_same_cli(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "mock-interviewer"
    result = subprocess.run([str(script), "banks", "check"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].endswith("0 errors, 0 lint findings, 0 coverage gaps")
