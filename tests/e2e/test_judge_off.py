"""Where bubblewrap is missing the judge is off: the button and /help say so, and no code runs."""

from __future__ import annotations

import re

from tests.e2e.fake_discord import FakeDiscord, Harness
from tests.e2e.mock_flow import open_session

OWN_FAKE = True
OFF = "bubblewrap (bwrap) is not installed"


async def test_button_and_help_explain_that_the_judge_is_off(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    bot = await harness.start(extra={"PATH": "/nonexistent"})  # no bwrap to find
    try:
        await bot.wait_for_log(re.escape("the judge is off: " + OFF))
        alice = fake.user("alice")
        _, _, card = await open_session(fake, alice, "coding")
        pressed = await alice.click(card, label="Run tests")
        assert pressed.response_type == 4 and pressed.ephemeral, "no form opens"
        assert pressed.content == f"Run tests is off on this server: {OFF}. Paste your code as an answer instead."
        shown = await alice.run_command("help")
        fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
        assert fields["Run tests"].startswith(f"Off on this server: {OFF}.")
    finally:
        await bot.stop()
