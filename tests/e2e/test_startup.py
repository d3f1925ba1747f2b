"""The bot starts through its real entry point, logs in, identifies, heartbeats and reaches READY; bad tokens stop it."""

from __future__ import annotations

import socket
from pathlib import Path

from bot.client import bot_intents
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness
from tests.e2e.fake_discord.gateway import IDENTIFY
from tests.e2e.fake_discord.process import bot_env

OWN_FAKE = True  # a fresh fake and a fresh start, not the bot other modules share


async def test_bot_logs_in_identifies_and_reaches_ready(fake: FakeDiscord, bot: BotProcess) -> None:
    calls = [c.route for c in fake.calls if c.at > bot.started_at]
    assert calls[:2] == ["/users/@me", "/oauth2/applications/@me"], "login, then the application"
    assert not fake.calls_to("GET", "/gateway/bot"), "a non-sharded client goes straight to the gateway"

    identify = fake.gateway.received(IDENTIFY)
    assert len(identify) == 1
    assert identify[0].data["intents"] == bot_intents().value
    assert fake.gateway.heartbeats >= 1, "discord.py heartbeats as soon as it gets HELLO"
    assert [r.event for r in fake.gateway.log if r.event][:2] == ["READY", "GUILD_CREATE"]
    assert fake.gateway.paths[0].startswith("/?v=10&encoding=json&compress=zlib-stream")

    ready = bot.find(r"connected as mock-interviewer to 1 servers")
    assert ready is not None and ready.level == "INFO", bot.text()


async def test_start_to_ready_time(fake: FakeDiscord, bot: BotProcess) -> None:
    assert bot.ready_at is not None
    identified = fake.gateway.received(IDENTIFY)[0].at - bot.started_at
    ready = bot.ready_at - bot.started_at
    # discord.py dispatches on_ready guild_ready_timeout (2 s by default) after the last GUILD_CREATE.
    assert ready < 6, f"start to READY took {ready:.2f} s"
    print(f"process start → IDENTIFY {identified:.2f} s, → on_ready {ready:.2f} s (2 s of it is guild_ready_timeout)")


def _stderr_lines(proc: BotProcess) -> list[str]:
    """Return what the process printed on stderr besides its INFO log: warnings, errors, tracebacks, plain lines."""
    return [line for record in proc.records if record.level != "INFO" for line in record.lines]


async def test_wrong_token_is_refused_at_login_in_one_line_and_the_bot_exits_2(
    fake: FakeDiscord, harness: Harness, bot: BotProcess
) -> None:
    identified = len(fake.gateway.received(IDENTIFY))
    for command in (["run"], ["sync-commands", "--guild", str(fake.guild.id)]):
        proc = await harness.cli(*command, token="not-the-token")
        assert proc.returncode == 2, proc.text()
        assert _stderr_lines(proc) == [
            "Discord rejected the token (401). Check DISCORD_TOKEN, or reset it in the developer portal."
        ]
        assert "not-the-token" not in proc.text() + "\n".join(proc.stdout)
        assert fake.calls_to("GET", "/users/@me")[-1].status == 401
    assert len(fake.gateway.received(IDENTIFY)) == identified, "a refused login never reaches the gateway"


async def test_token_the_gateway_rejects_closes_4004_and_the_bot_exits_2_in_one_line(
    fake: FakeDiscord, harness: Harness, bot: BotProcess
) -> None:
    fake.gateway_rejected_tokens.add(fake.token)  # e.g. the token was reset between login and IDENTIFY
    try:
        proc = await harness.cli("run")
    finally:
        fake.gateway_rejected_tokens.clear()
    assert proc.returncode == 2, proc.text()
    assert _stderr_lines(proc) == [
        "Discord's gateway rejected the token (close code 4004): check DISCORD_TOKEN, or reset it in the "
        "developer portal."
    ]
    assert fake.gateway.connections[-1].server_close_code == 4004


async def test_discord_out_of_reach_is_one_line_for_run_and_sync_commands(
    harness: Harness, bot: BotProcess, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = bot_env(
        {"FAKE_DISCORD_URL": f"http://127.0.0.1:{port}", "DISCORD_TOKEN": "secret-token"}, harness.database_url
    )
    for command in (["run"], ["sync-commands"]):
        proc = BotProcess(["-m", "bot", *command], env=env, cwd=tmp_path, name=" ".join(command))
        await proc.start()
        assert await proc.wait_exit(30) == 2, proc.text()
        assert _stderr_lines(proc) == [
            f"Cannot reach Discord (Connect call failed ('127.0.0.1', {port})). Check the network connection, "
            "a proxy or a firewall."
        ]
        assert "secret-token" not in proc.text()
