"""The deck controls of a reveal keep working after the bot restarts, and a reminder set before it still fires."""

from __future__ import annotations

import datetime as dt

from tests.e2e.fake_discord import FakeDiscord, Harness
from tests.e2e.mock_flow import bot_messages, labels, open_session, query, revealed, session_id

OWN_FAKE = True
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


async def test_add_to_deck_after_a_restart_and_the_reminder_is_rebuilt(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    first = await harness.start()
    alice = fake.user("alice")
    _, thread, card = await open_session(fake, alice, "coding")
    await alice.click(card, label="End")
    sid = session_id(card)
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), 15, "the whole reveal")
    offer = next(m for m in bot_messages(fake, thread) if "Add to review deck" in labels(m))
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=20)).strftime("%H:%M:%S")
    await (await alice.run_command("review remind", switch="on", at=soon)).final()
    assert await first.stop() in (0, 130)

    second = await harness.start()
    try:
        form = await alice.click(offer, label="Add to review deck")
        assert form.response_type == 9
        added = await (await alice.submit_modal(form, {"note": "sliding window"})).final()
        assert added["content"].startswith("Added **")
        past = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime(SQLITE_TIME)
        query(harness.workdir / "bot.db", "UPDATE deck_cards SET due = ?", past)
        reminder = await fake.wait_for(
            lambda: next((m for m in alice.dm_messages() if "review deck" in m.content), None),
            timeout=35,
            what="the reminder rebuilt from the database",
        )
        assert reminder.content.startswith("🔁 1 card(s) in your review deck")
    finally:
        assert await second.stop() in (0, 130)
