"""`/mock` in odd places: forum posts, deleted channels, locked threads, held database locks, forms across restarts."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from tests.e2e.fake_discord import FakeDiscord, Harness, InteractionRecord
from tests.e2e.fake_discord.models import FORUM
from tests.e2e.mock_flow import (
    bot_messages,
    embed_titles,
    is_summary,
    labels,
    open_session,
    query,
    revealed,
    session_id,
)

OWN_FAKE = True
GUILDS_INTENT = 1


def running_sessions(harness: Harness, user_id: int) -> list[tuple[int]]:
    return query(
        harness.workdir / "bot.db", "SELECT id FROM interview_sessions WHERE user_id = ? AND state = 'running'", user_id
    )


@asynccontextmanager
async def write_lock(database: Path, seconds: float) -> AsyncIterator[None]:
    """Hold SQLite's write lock from another connection, as a slow writer would, for `seconds`."""
    conn = sqlite3.connect(database, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    release = asyncio.get_running_loop().call_later(seconds, conn.commit)
    try:
        yield
    finally:
        await asyncio.sleep(max(0.0, release.when() - asyncio.get_running_loop().time()) + 0.05)
        conn.close()


async def test_mock_in_a_forum_post_is_refused_and_leaves_no_session(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        forum = await fake.world.add_channel("questions", FORUM)
        alice = fake.user("alice")
        post = await fake.world.create_thread(forum, alice.user, "Stuck on two pointers")
        reply = await alice.run_command("mock coding", where=post)
        content = (await reply.final())["content"]
        assert reply.ephemeral and content.startswith("Start a mock interview from a text channel")
        assert running_sessions(harness, alice.id) == []
        _, _, card = await open_session(fake, alice, "coding")  # nothing half-open blocks the next one
        assert card.embeds
    finally:
        assert await bot.stop() in (0, 130)


async def test_a_deleted_practice_channel_falls_back_to_here_and_says_so(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        drills = await fake.world.add_channel("drills")
        admin = fake.user("olivia")
        configured = await admin.run_command("config practice-channel", where="practice", channel=drills)
        assert (await configured.final())["content"] == f"Mock interview threads will open in <#{drills.id}>."
        fake.world.guild.channels.pop(drills.id)
        await fake.gateway.dispatch("CHANNEL_DELETE", drills.payload(), intent=GUILDS_INTENT)
        await asyncio.sleep(0.2)
        bob = fake.user("bob")
        reply, thread, _ = await open_session(fake, bob, "behavioral")
        assert thread.parent_id == fake.channel("practice").id
        assert "no longer exists" in (await reply.final())["content"]
    finally:
        assert await bot.stop() in (0, 130)


async def test_a_locked_and_archived_thread_sends_the_key_points_privately_once(
    fake: FakeDiscord, harness: Harness
) -> None:
    await harness.prepare()
    bot = await harness.start()
    carol = fake.user("carol")
    _, thread, card = await open_session(fake, carol, "coding")
    sid = session_id(card)
    thread.locked = thread.archived = True  # a moderator closes it
    await fake.gateway.dispatch("THREAD_UPDATE", thread.payload(), intent=GUILDS_INTENT)
    await asyncio.sleep(0.2)
    try:
        ended = await carol.run_command("mock end", where="practice")
        assert (await ended.final(timeout=10))[
            "content"
        ] == "Session ended: the key points are in your direct messages."
        dms = carol.dm_messages()
        assert any(m.content.startswith("🏁 **Session ended.**") for m in dms)
        assert any(t.startswith("What good looks like") for t in embed_titles(dms))
        assert any(is_summary(m, sid) for m in dms)
        done = "SELECT state, revealed_at IS NOT NULL FROM interview_sessions WHERE id = ?"
        assert query(harness.workdir / "bot.db", done, sid) == [("ended", 1)]
    finally:
        assert await bot.stop() in (0, 130)
    again = await harness.start()  # nothing is retried at start-up: no error, no second copy
    try:
        await asyncio.sleep(1.5)
        assert sum(m.content.startswith("🏁") for m in carol.dm_messages()) == 1
    finally:
        assert await again.stop() in (0, 130)


async def test_a_deleted_thread_with_closed_dms_still_ends_the_session(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        dave = fake.user("dave")
        dave.user.dms_open = False
        _, thread, card = await open_session(fake, dave, "behavioral")
        fake.world.guild.threads.pop(thread.id)
        await fake.gateway.dispatch(
            "THREAD_DELETE",
            {"id": str(thread.id), "guild_id": str(fake.guild.id), "parent_id": str(thread.parent_id), "type": 11},
            intent=GUILDS_INTENT,
        )
        ended = await dave.run_command("mock end", where="practice")
        assert (await ended.final(timeout=10))["content"] == "Session ended: the key points are in its thread."
        done = "SELECT state, revealed_at IS NOT NULL FROM interview_sessions WHERE id = ?"
        assert query(harness.workdir / "bot.db", done, session_id(card)) == [("ended", 1)]
    finally:
        assert await bot.stop() in (0, 130)


async def test_an_answer_form_opened_before_a_restart_is_stored_after_it(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    first = await harness.start()
    erin = fake.user("erin")
    _, thread, card = await open_session(fake, erin, "system-design")
    form = await erin.click(card, label="Submit answer")
    assert form.modal is not None
    assert await first.stop() in (0, 130)
    second = await harness.start()
    try:
        submitted = await erin.submit_modal(form, {"answer": "Start with the users and the latency budget."})
        assert submitted.latency < 3.0
        assert (await submitted.final())["content"] == "Answer saved (44 characters)."
        await fake.wait_for(lambda: any("Answer 1 by" in t for t in embed_titles(bot_messages(fake, thread))))
        stored = query(harness.workdir / "bot.db", "SELECT body FROM answers WHERE session_id = ?", session_id(card))
        assert stored == [("Start with the users and the latency budget.",)]
    finally:
        assert await second.stop() in (0, 130)


async def test_an_answer_form_sent_twice_is_stored_and_posted_once(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        gus = fake.user("gus")
        _, thread, card = await open_session(fake, gus, "behavioral")
        form = await gus.click(card, label="Submit answer")
        first = await gus.submit_modal(form, {"answer": "I owned the migration end to end."})
        again = await gus.submit_modal(form, {"answer": "I owned the migration end to end."})
        assert (await first.final())["content"] == "Answer saved (33 characters)."
        refused = await again.final()
        assert again.ephemeral and refused["content"].startswith("You already submitted exactly this answer")
        stored = query(harness.workdir / "bot.db", "SELECT body FROM answers WHERE session_id = ?", session_id(card))
        assert stored == [("I owned the migration end to end.",)]
        posted = [t for t in embed_titles(bot_messages(fake, thread)) if t.startswith("Answer ")]
        assert len(posted) == 1
    finally:
        assert await bot.stop() in (0, 130)


async def test_an_answer_submitted_after_the_session_ended_comes_back_privately(
    fake: FakeDiscord, harness: Harness
) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        frank = fake.user("frank")
        _, _, card = await open_session(fake, frank, "coding")
        form = await frank.click(card, label="Submit answer")
        await frank.click(card, label="End")
        await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", session_id(card)), what="the whole reveal")
        submitted = await frank.submit_modal(form, {"answer": "Two pointers from both ends."})
        final = await submitted.final()
        assert submitted.ephemeral and final["content"].startswith("This session has already ended")
        assert final["embeds"][0]["description"] == "Two pointers from both ends."
        stored = "SELECT body FROM answers WHERE session_id = ?"
        assert query(harness.workdir / "bot.db", stored, session_id(card)) == []
    finally:
        assert await bot.stop() in (0, 130)


@pytest.mark.parametrize(
    "action",
    [
        "/mock coding",
        "/mock end",
        "/mock forget",
        "/config practice-channel",
        "/review remind",
        "hint",
        "end",
        "rating",
        "answer form",
        "deck note form",
    ],
)
async def test_every_handler_acknowledges_within_3_s_while_the_database_is_write_locked(
    fake: FakeDiscord, harness: Harness, action: str
) -> None:
    await harness.prepare()
    bot = await harness.start()
    try:
        member = fake.user("olivia" if action == "/config practice-channel" else f"locker-{action.replace(' ', '')}")
        run: Callable[[], Awaitable[InteractionRecord]]
        if action == "/mock coding":
            run = lambda: member.run_command("mock coding", where="practice")  # noqa: E731
        elif action == "/review remind":
            run = lambda: member.run_command("review remind", switch="on", at="08:00")  # noqa: E731
        elif action.startswith("/"):
            if action != "/config practice-channel":
                await open_session(fake, member, "coding")
            run = lambda: member.run_command(action[1:], where="practice")  # noqa: E731
        else:
            _, thread, card = await open_session(fake, member, "coding")
            if action == "hint":
                run = lambda: member.click(card, label="Hint")  # noqa: E731
            elif action == "end":
                run = lambda: member.click(card, label="End")  # noqa: E731
            elif action == "deck note form":
                await member.click(card, label="End")
                sid = session_id(card)
                await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), 15, "the whole reveal")
                offer = await fake.wait_for(
                    lambda: next((m for m in bot_messages(fake, thread) if "Add to review deck" in labels(m)), None)
                )
                form = await member.click(offer, label="Add to review deck")
                run = lambda: member.submit_modal(form, {"note": "A note typed while the disk was busy."})  # noqa: E731
            elif action == "answer form":
                form = await member.click(card, label="Submit answer")
                run = lambda: member.submit_modal(form, {"answer": "An answer typed while the disk was busy."})  # noqa: E731
            else:
                await member.click(card, label="End")
                sid = session_id(card)
                await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), 15, "the whole reveal")
                rating = await fake.wait_for(
                    lambda: next(
                        (m for m in bot_messages(fake, thread) if f"mi:r:{sid}:" in str(m.data["components"])), None
                    )
                )
                run = lambda: member.select(rating, ["3"], custom_id=f"mi:r:{sid}:communication")  # noqa: E731
        async with write_lock(harness.workdir / "bot.db", seconds=4.0):
            reply = await run()
            assert reply.response_type in (5, 6) and reply.latency < 3.0, (
                f"{action} answered after {reply.latency:.1f} s"
            )
        if reply.response_type == 5:
            assert (await reply.final(timeout=10))["content"], f"{action} never finished"
        # Hint and End are acknowledged with a silent update: what they post still has to arrive.
        if action == "hint":
            await fake.wait_for(lambda: any("Hint 1/" in t for t in embed_titles(bot_messages(fake, thread))), 15)
        if action == "end":
            await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", session_id(card)), 15, "the whole reveal")
    finally:
        assert await bot.stop() in (0, 130)
