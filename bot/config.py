"""Settings read from the environment and `.env`, with one-line errors."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_BANKS = PROJECT_ROOT / "question_banks"
DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{PROJECT_ROOT / 'data' / 'bot.db'}"
SUPPORTED_SCHEMES = ("sqlite+aiosqlite", "postgresql+asyncpg")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# One rule wherever the command runs from: the project's own .env, unless this variable names another file
# (empty: read none). The environment always wins over the file.
ENV_FILE_VARIABLE = "MOCK_INTERVIEWER_ENV_FILE"
PROJECT_ENV_FILE = PROJECT_ROOT / ".env"

BOT_SETUP_HELP = """\
DISCORD_TOKEN is not set: the bot needs a bot token to connect to Discord.
  1. Open https://discord.com/developers/applications, create an application, then Bot → Reset Token.
  2. Put it in the environment or in {env_file}:  DISCORD_TOKEN=your-token   (see .env.example)
  3. Invite the bot with the scopes `bot` and `applications.commands` and the permissions
     View Channels, Send Messages, Send Messages in Threads, Create Public Threads,
     Create Private Threads, Embed Links, Add Reactions, Read Message History, Manage Messages
     (optional: it removes a reviewer's earlier score reaction).
  4. Register the slash commands once:  {command} sync-commands
No token? Practise in the terminal instead:  {command} practice behavioral"""


def env_file() -> Path | None:
    """Return the .env file settings are read from: the project's, or MOCK_INTERVIEWER_ENV_FILE's (empty: none)."""
    chosen = os.environ.get(ENV_FILE_VARIABLE)
    if chosen is None:
        return PROJECT_ENV_FILE
    return Path(chosen) if chosen.strip() else None


def cli_command() -> str:
    """Return the command that started this program, as a person can retype it from here."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "mock-interviewer":
        return "mock-interviewer" if shutil.which("mock-interviewer") == str(script) else str(script)
    python = Path(sys.executable)
    try:
        shown = str(python.relative_to(Path.cwd()))
    except ValueError:
        shown = "python" if shutil.which("python") == str(python) else str(python)
    return f"{shown} -m bot"


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line a person can act on."""


class Settings(BaseSettings):
    """Everything the bot reads from its environment."""

    # The .env file is chosen by load_settings (see env_file), never the current directory.
    model_config = SettingsConfigDict(env_file=None, env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = None
    database_url: str = DEFAULT_DATABASE_URL
    banks_dir: Annotated[list[Path], NoDecode] = Field(default_factory=lambda: [SHIPPED_BANKS])
    dev_guild_id: int | None = None
    log_level: str = "INFO"
    auto_migrate: bool = False
    judge_workers: int | None = Field(default=None, ge=1, le=64)
    # Several processes can share one database: each connects with its own shards and fires only their timers.
    shard_count: int = Field(default=1, ge=1)
    shard_ids: Annotated[list[int] | None, NoDecode] = None

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_missing(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("database_url")
    @classmethod
    def _supported_url(cls, value: str) -> str:
        scheme = value.split("://", 1)[0] if "://" in value else ""
        if scheme not in SUPPORTED_SCHEMES:
            # Never echo the URL itself: it may carry a password.
            shown = scheme or "no scheme"
            raise ValueError(
                f"DATABASE_URL must start with sqlite+aiosqlite:/// or postgresql+asyncpg:// (got {shown})"
            )
        return value

    @field_validator("banks_dir", mode="before")
    @classmethod
    def _split_dirs(cls, value: Any) -> Any:
        """Read `BANKS_DIR=extra1:extra2`; the shipped banks always come first."""
        if isinstance(value, str):
            extra = [Path(part) for part in value.split(":") if part.strip()]
            return [SHIPPED_BANKS, *(p for p in extra if p.resolve() != SHIPPED_BANKS)]
        return value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        """Read `SHARD_IDS=0,2`; empty means every shard."""
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part] or None
        return value

    @model_validator(mode="after")
    def _shards_exist(self) -> Settings:
        ids = self.shard_ids or []
        if any(not 0 <= i < self.shard_count for i in ids):
            raise ValueError(f"SHARD_IDS must lie in 0..{self.shard_count - 1} (SHARD_COUNT is {self.shard_count})")
        if self.shard_count > 1 and len(ids) != 1:
            raise ValueError("SHARD_IDS must name this process's one shard when SHARD_COUNT is above 1")
        return self

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} (got {value!r})")
        return level

    @property
    def log_level_number(self) -> int:
        """Return the numeric logging level."""
        return logging.getLevelNamesMapping()[self.log_level]

    def require_token(self) -> str:
        """Return the token, or raise with the instructions to get one."""
        if self.discord_token is None:
            raise SettingsError(BOT_SETUP_HELP.format(env_file=env_file() or ".env", command=cli_command()))
        return self.discord_token.get_secret_value()


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the environment, turning validation errors into one line."""
    overrides.setdefault("_env_file", env_file())
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]).upper() if error["loc"] else "settings"
        message = error["msg"].removeprefix("Value error, ")
        if not message.startswith(name):
            message = f"{name} is invalid: {message}"
        raise SettingsError(message) from None
