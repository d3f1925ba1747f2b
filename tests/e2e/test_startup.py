"""The bot starts through its real entry point, logs in, identifies, heartbeats and reaches READY; bad tokens stop it."""

from __future__ import annotations

from bot.client import bot_intents
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness
from tests.e2e.fake_discord.gateway import IDENTIFY

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


async def test_wrong_token_is_refused_at_login_and_the_bot_exits_non_zero(
    fake: FakeDiscord, harness: Harness, bot: BotProcess
) -> None:
    identified = len(fake.gateway.received(IDENTIFY))
    proc = await harness.cli("run", token="not-the-token")
    proc.expect_error(r"LoginFailure: Improper token has been passed")

    assert proc.returncode not in (0, None)
    assert "Improper token has been passed." in proc.text()
    assert fake.calls_to("GET", "/users/@me")[-1].status == 401
    assert len(fake.gateway.received(IDENTIFY)) == identified, "a refused login never reaches the gateway"


async def test_token_the_gateway_rejects_closes_4004_and_the_bot_exits_non_zero(
    fake: FakeDiscord, harness: Harness, bot: BotProcess
) -> None:
    fake.gateway_rejected_tokens.add(fake.token)  # e.g. the token was reset between login and IDENTIFY
    try:
        proc = await harness.cli("run")
    finally:
        fake.gateway_rejected_tokens.clear()
    proc.expect_error(r"ConnectionClosed: Shard ID None WebSocket closed with 4004")

    assert proc.returncode not in (0, None)
    assert "WebSocket closed with 4004" in proc.text()
    assert fake.gateway.connections[-1].server_close_code == 4004
