"""The gateway connection survives drops: the bot resumes its session and keeps answering."""

from __future__ import annotations

from tests.e2e.fake_discord import BotProcess, FakeDiscord
from tests.e2e.fake_discord.gateway import RESUME


async def _resumed(fake: FakeDiscord, bot: BotProcess, before: int) -> None:
    await fake.wait_for(lambda: len(fake.gateway.sent_events("RESUMED")) > before, what="RESUMED")
    await bot.wait_for_log(r"has successfully RESUMED session")


async def test_dropped_connection_resumes_and_commands_still_work(fake: FakeDiscord, bot: BotProcess) -> None:
    session = fake.gateway.live_session()
    assert session is not None
    resumed = len(fake.gateway.sent_events("RESUMED"))

    await fake.gateway.drop(code=4000)
    await _resumed(fake, bot, resumed)

    resume = fake.gateway.received(RESUME)[-1].data
    assert resume["session_id"] == session.id and resume["seq"] >= 2
    assert fake.gateway.paths[-1].startswith("/resume?"), "discord.py reconnects to READY's resume_gateway_url"
    assert fake.gateway.live_session() is session
    reply = await fake.user("alice").run_command("help")
    assert reply.ephemeral and reply.embeds


async def test_interaction_sent_while_the_connection_is_down_is_replayed_on_resume(
    fake: FakeDiscord, bot: BotProcess
) -> None:
    resumed = len(fake.gateway.sent_events("RESUMED"))
    fake.gateway.abort()  # the TCP connection dies without a close frame
    reply = await fake.user("bob").run_command("help", wait=False)

    await _resumed(fake, bot, resumed)
    await reply.wait_ack()
    assert reply.ephemeral


async def test_reconnect_request_is_honoured(fake: FakeDiscord, bot: BotProcess) -> None:
    resumed = len(fake.gateway.sent_events("RESUMED"))
    await fake.gateway.request_reconnect()

    await _resumed(fake, bot, resumed)
    assert (await fake.user("alice").run_command("help")).ephemeral
