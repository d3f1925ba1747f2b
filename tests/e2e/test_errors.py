"""A bug in a command shows the member a friendly message with an error id, and the same id is in the log."""

from __future__ import annotations

import re

from tests.e2e.fake_discord import BotProcess, FakeDiscord

BOT_EXTENSIONS = ["e2e_boom"]
FRIENDLY = re.compile(
    r"^Something went wrong on our side\. If it keeps happening, tell an admin error id `([0-9a-f]{8})`\.$"
)


async def test_command_that_raises_shows_a_friendly_error_with_an_id(fake: FakeDiscord, bot: BotProcess) -> None:
    bot.expect_error(r"error [0-9a-f]{8} in /boom\b")
    reply = await fake.user("alice").run_command("boom")

    assert reply.ephemeral
    found = FRIENDLY.match(reply.content)
    assert found, reply.content
    record = await bot.wait_for_log(rf"error {found.group(1)} in /boom\b")
    assert record.level == "ERROR"
    assert "RuntimeError: boom: a bug in a command" in record.text, "the traceback is logged with the id"


async def test_error_after_deferring_replaces_the_thinking_message(fake: FakeDiscord, bot: BotProcess) -> None:
    bot.expect_error(r"error [0-9a-f]{8} in /boom-late\b")
    reply = await fake.user("bob").run_command("boom-late")

    assert reply.response_type == 5
    final = await reply.final()
    assert FRIENDLY.match(final["content"]), final
    assert reply.ephemeral
