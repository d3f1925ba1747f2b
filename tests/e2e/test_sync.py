"""`python -m bot sync-commands` registers exactly the commands the cogs define, globally or in one server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.client import EXTENSIONS, MockInterviewerBot
from bot.config import load_settings
from bot.core.bank import load_banks
from bot.db.engine import Database
from tests.e2e.fake_discord import FakeDiscord, Harness

SERVER_FIELDS = {
    "id",
    "application_id",
    "version",
    "guild_id",
    "dm_permission",
    "integration_types",
    "contexts",
    "nsfw",
}


async def _tree_payload(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """Load every cog in-process (as tests/test_architecture.py does) and return the tree's command payloads."""
    settings = load_settings(_env_file=None)
    bot = MockInterviewerBot(
        settings, Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'tree.db'}"), load_banks([]), fire_timers=False
    )
    for extension in EXTENSIONS:
        await bot.load_extension(extension)
    payload = {command.name: command.to_dict(bot.tree) for command in bot.tree.get_commands()}
    await bot.close()
    return payload


def _without_server_fields(command: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in command.items() if k not in SERVER_FIELDS}


async def test_global_sync_registers_every_command_the_cogs_define(
    fake: FakeDiscord, harness: Harness, tmp_path: Path
) -> None:
    proc = await harness.cli("sync-commands")
    expected = await _tree_payload(tmp_path)

    assert proc.returncode == 0, proc.text()
    assert proc.stdout == [f"synced {len(expected)} commands: {', '.join(sorted(expected))}"]
    synced = {c["name"]: c for c in fake.commands()}
    assert set(synced) == set(expected)
    for name, command in synced.items():
        assert command["id"].isdigit() and command["application_id"] == str(fake.me.id)
        assert _without_server_fields(command) == _without_server_fields(expected[name]), name
    assert fake.calls_to("PUT", "/applications/{application_id}/commands")[-1].status == 200


async def test_guild_sync_registers_the_same_commands_in_one_server(
    fake: FakeDiscord, harness: Harness, tmp_path: Path
) -> None:
    global_before = [c["id"] for c in fake.commands()]
    proc = await harness.cli("sync-commands", "--guild", str(fake.guild.id))
    expected = await _tree_payload(tmp_path)

    assert proc.returncode == 0, proc.text()
    synced = {c["name"]: c for c in fake.commands(guild=True)}
    assert set(synced) == set(expected)
    assert all(c["guild_id"] == str(fake.guild.id) for c in synced.values())
    assert [c["id"] for c in fake.commands()] == global_before, "a guild sync leaves global commands alone"


async def test_resyncing_keeps_command_ids(fake: FakeDiscord, harness: Harness) -> None:
    first = {c["name"]: c["id"] for c in fake.commands(guild=True)}
    proc = await harness.cli("sync-commands", "--guild", str(fake.guild.id))

    assert proc.returncode == 0, proc.text()
    assert {c["name"]: c["id"] for c in fake.commands(guild=True)} == first
