"""A custom question too long for one Discord message still reaches the interviewer whole (issue 12, item 6)."""

from __future__ import annotations

from typing import Any

from bot.core import render
from bot.core.questions import Round
from tests.e2e.fake_discord import FakeDiscord, Harness
from tests.e2e.mock_flow import open_session
from tests.factories import OVERSIZED_PACKET, make_question, question_data, write_bank

OWN_FAKE = True
TOPIC = "oversized-packet"


def _chars(embeds: list[dict[str, Any]]) -> int:
    """Count an embed set's characters as Discord does for its 6,000-character limit."""
    total = 0
    for embed in embeds:
        total += len(embed.get("title", "")) + len(embed.get("description", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
        total += len((embed.get("footer") or {}).get("text", ""))
    return total


async def test_oversized_interviewer_packet_arrives_in_messages_that_each_fit(
    fake: FakeDiscord, harness: Harness
) -> None:
    overrides = {"tags": [TOPIC], "title": "A question with a very long packet", **OVERSIZED_PACKET}
    write_bank(harness.workdir / "custom-banks", Round.CODING, question_data(Round.CODING, 901, **overrides))
    question = make_question(Round.CODING, 901, **overrides)
    packet_chars = len(render.reveal(question)) + sum(map(len, [*question.hints, *question.follow_ups]))
    assert packet_chars > 7_000  # Discord refuses more than 6,000 characters of embeds in one message
    harness.settings["BANKS_DIR"] = str(harness.workdir / "custom-banks")
    await harness.prepare()
    bot = await harness.start()

    alice, bob = fake.user("alice"), fake.user("bob")
    _, _, card = await open_session(fake, alice, "coding", interviewer=bob, topic=TOPIC)
    assert card.embeds[0]["title"].endswith("A question with a very long packet")
    packet = await bob.click(card, label="Interviewer packet")
    await fake.wait_for(lambda: len(packet.followups) >= 1, what="the rest of the packet")
    await bot.settle()

    messages = [packet.original, *packet.followups]
    assert all(m is not None and m.visible_to == bob.id for m in messages)
    assert all(m is not None and 1 <= len(m.embeds) <= 10 and _chars(m.embeds) <= 6_000 for m in messages)
    text = packet.text()
    assert "Something went wrong" not in text
    assert text.startswith("Interviewer packet · A question with a very long packet")
    for paragraph in question.model_answer.split("\n\n"):
        assert paragraph in text
    for item in [*question.hints, *question.follow_ups, *(k.point for k in question.key_points)]:
        assert item in text
    assert await bot.stop() in (0, 130)
