"""Meta-tests: the core stays pure, and every cog loads into a real bot."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import discord
from discord import app_commands

from bot.client import EXTENSIONS, MockInterviewerBot, bot_intents
from bot.config import PROJECT_ROOT, load_settings
from bot.core.bank import load_banks
from bot.db.engine import Database

CORE = PROJECT_ROOT / "bot" / "core"
FORBIDDEN = {"discord", "sqlalchemy", "aiosqlite", "asyncpg", "alembic", "apscheduler"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_nothing_of_discord_sql_or_the_rest_of_the_bot() -> None:
    for path in CORE.rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in FORBIDDEN, f"{path.name} imports {name}"
            if top == "bot":
                assert name.startswith("bot.core"), f"{path.name} imports {name}, outside bot.core"


def test_cogs_reach_the_database_only_through_services() -> None:
    for path in (PROJECT_ROOT / "cogs").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in {"sqlalchemy", "aiosqlite", "asyncpg", "alembic"}, f"{path.name} imports {name}"
            assert not name.startswith("bot.db"), f"{path.name} imports {name}: use a service in bot/services"


def test_importing_core_loads_no_discord_or_sqlalchemy() -> None:
    code = (
        "import sys, bot.core.bank, bot.core.bank_lint, bot.core.questions, bot.core.errors;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'discord', 'sqlalchemy'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


async def test_every_cog_loads_and_command_names_are_unique(tmp_path: Path) -> None:
    settings = load_settings(_env_file=None)
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    bot = MockInterviewerBot(settings, database, load_banks(settings.banks_dir), fire_timers=False)
    assert EXTENSIONS, "no cogs found"
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    assert set(bot.extensions) == set(EXTENSIONS)
    names = [command.name for command in bot.tree.get_commands()]
    assert len(names) == len(set(names))
    assert "help" in names
    for command in bot.tree.walk_commands():
        if isinstance(command, app_commands.Command):
            assert command.description and command.description != "…", f"/{command.qualified_name} lacks a description"
    await bot.close()


def test_bot_asks_for_minimal_intents_and_pings_nobody() -> None:
    intents = bot_intents()
    assert intents.guilds and intents.guild_reactions
    assert not (intents.message_content or intents.members or intents.presences)
    settings = load_settings(_env_file=None)
    bot = MockInterviewerBot(settings, Database.from_url("sqlite+aiosqlite://"), load_banks([]), fire_timers=False)
    mentions = bot.allowed_mentions
    assert mentions is not None and mentions.to_dict()["parse"] == []
    assert bot._connection.max_messages is None
    assert bot._connection.member_cache_flags.value == discord.MemberCacheFlags.none().value
