"""Slash commands as a member sees them."""

from __future__ import annotations

from typing import Any

from tests.e2e.fake_discord import BotProcess, FakeDiscord


def _listed(commands: list[dict[str, Any]]) -> list[str]:
    """Return `/name` or `/name sub` for every leaf command, as a member would type it."""
    names = []

    def walk(prefix: str, options: list[dict[str, Any]]) -> None:
        subs = [o for o in options if o["type"] in (1, 2)]
        if not subs:
            names.append(prefix)
        for sub in subs:
            walk(f"{prefix} {sub['name']}", sub.get("options", []))

    for command in commands:
        walk(f"/{command['name']}", command.get("options", []))
    return names


async def test_help_answers_privately_listing_every_command(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.user("alice").run_command("help")

    assert reply.response_type == 4 and reply.ephemeral
    embed = reply.embeds[0]
    assert embed["title"] == "Mock Interviewer"
    listing = "\n".join(f["value"] for f in embed["fields"])
    for name in _listed(fake.commands(guild=True)):
        assert f"`{name}`" in listing, f"{name} missing from /help"
    assert not any(m.data["author"]["id"] == str(fake.me.id) for m in fake.history("general")), "nothing public"


async def test_help_works_in_any_channel_and_for_any_member(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.run_command("bob", "help", where="practice")

    assert reply.ephemeral and reply.channel.name == "practice"
    assert reply.message["channel_id"] == str(fake.channel("practice").id)
