"""Peer review through the fake Discord: reactions become votes, written feedback, helpful marks, the window's result.

One bot process reviews a session live; then it is stopped, peers react while it is down, and the restarted bot
counts those reactions when the window closes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import sqlite3

from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness, Message
from tests.e2e.fake_discord.rest import UPLOADS
from tests.e2e.mock_flow import bot_messages, is_summary, open_session, query, revealed, session_id

OWN_FAKE = True
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
CRITERIA = ("communication", "problem_solving", "technical", "testing")


def _peer_votes(harness: Harness, sid: int) -> list[tuple[int, str, int]]:
    sql = "SELECT reviewer_id, criterion, score FROM votes WHERE session_id = ? AND kind = 'peer' ORDER BY 1, 2"
    return query(harness.workdir / "bot.db", sql, sid)


def _reactors(message: Message, emoji: str) -> list[int]:
    reaction = message.reactions.get(emoji)
    return list(reaction.user_ids) if reaction else []


async def test_peer_review_from_reactions_feedback_and_the_window_closing_after_a_restart(
    fake: FakeDiscord, harness: Harness
) -> None:
    await harness.prepare()
    first = await harness.start()
    alice, bob, carol, dave, erin = (fake.user(n) for n in ("alice", "bob", "carol", "dave", "erin"))
    _, thread, card = await open_session(fake, alice, "coding")
    sid = session_id(card)
    difficulty = next(f["value"] for f in card.embeds[0]["fields"] if f["name"] == "Difficulty")
    opened = await alice.click(card, label="Submit answer")
    await (await alice.submit_modal(opened, {"Your answer": "Two pointers from both ends, O(n) time."})).final()
    await alice.click(card, label="End")
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), what="the whole reveal")
    summary = next(m for m in bot_messages(fake, thread) if is_summary(m, sid))
    invite = next(f["value"] for f in summary.embeds[0]["fields"] if f["name"] == "Peer review")
    assert "Review closes <t:" in invite
    prompts = {
        c: m for c, m in zip(CRITERIA, [m for m in bot_messages(fake, thread) if m.id > summary.id], strict=True)
    }
    communication, technical = prompts["communication"], prompts["technical"]

    # A reaction is a vote; a second score replaces the first and the bot takes the old reaction away.
    await bob.react(communication, "3️⃣")
    await fake.wait_for(lambda: _peer_votes(harness, sid) == [(bob.id, "communication", 3)], what="bob's vote")
    await bob.react(communication, "4️⃣")
    await fake.wait_for(lambda: bob.id not in _reactors(communication, "3️⃣"), what="the old reaction removed")
    assert _peer_votes(harness, sid) == [(bob.id, "communication", 4)]
    # Removing the reaction withdraws the vote; the candidate's own, other emoji and the bot's never count.
    await bob.unreact(communication, "4️⃣")
    await alice.react(technical, "4️⃣")
    await carol.react(technical, "🎉")
    await carol.react(technical, "2️⃣")
    await fake.wait_for(lambda: _peer_votes(harness, sid) == [(carol.id, "technical", 2)], what="carol's vote")

    # Written feedback: posted in the thread without pinging; the candidate marks it helpful.
    own = await alice.click(summary, label="Leave feedback")
    assert own.ephemeral and own.content == "Reviews come from peers: you cannot review your own session."
    form = await carol.click(summary, label="Leave feedback")
    assert form.response_type == 9 and form.modal["title"] == "Written feedback"
    text = "@everyone <@&1> Clear plan before coding; next time say the complexity out loud."
    sent = await carol.submit_modal(form, {"What went well, and what to try next": text})
    assert sent.response_type == 5 and sent.ephemeral
    assert (await sent.final())["content"] == "Thank you: your feedback is posted in the thread."
    feedback = await fake.wait_for(
        lambda: next((m for m in bot_messages(fake, thread) if "Feedback from Carol" in str(m.embeds)), None)
    )
    assert feedback.embeds[0]["description"] == text
    assert feedback.data["mentions"] == [] and not feedback.data["mention_everyone"]
    assert feedback.data["mention_roles"] == []
    refused = await (await bob.click(feedback, label="Helpful")).final()
    assert refused["content"] == "Only the candidate of this session can mark feedback helpful."
    thanked = await alice.click(feedback, label="Helpful")
    assert (await thanked.final())["content"] == "Marked helpful: the reviewer earns points for it."
    again = await alice.click(feedback, label="Helpful")
    assert (await again.final())["content"] == "You already marked this helpful."

    # The bot stops; peers react while it is down, then the window closes a few seconds after the restart.
    assert await first.stop() in (0, 130)
    await dave.react(prompts["testing"], "2️⃣")
    await erin.react(prompts["problem_solving"], "1️⃣")
    await erin.react(prompts["problem_solving"], "3️⃣")  # two scores: nobody could remove the first
    await carol.unreact(technical, "2️⃣")  # withdrawn while the bot is down
    await carol.react(technical, "3️⃣")
    crowd = [fake.user(f"peer{i:03d}") for i in range(105)]  # more than one page of reaction users (100)
    for peer in crowd:
        await peer.react(communication, "4️⃣")
    closes = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).strftime(SQLITE_TIME)
    query(harness.workdir / "bot.db", "UPDATE interview_sessions SET review_closes_at = ? WHERE id = ?", closes, sid)
    second = await harness.start()
    try:
        result = await fake.wait_for(
            lambda: next((m for m in bot_messages(fake, thread) if m.content.startswith("📊")), None),
            timeout=15,
            what="the review result",
        )
        assert result.content.splitlines() == [
            f"📊 **Peer review of session {sid} closed**: 108 reviewers. Thank you!",
            "- Communication: 4.0 / 4 (105 votes)",
            "- Problem solving: 3.0 / 4 (1 vote)",
            "- Technical: 3.0 / 4 (1 vote)",
            "- Testing: 2.0 / 4 (1 vote)",
        ]
        assert result.data["mentions"] == []
        pages = fake.calls_to("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}")
        assert any("after" in c.query for c in pages), "reaction users are read page by page"
        assert _peer_votes(harness, sid) == sorted(
            [(carol.id, "technical", 3), (dave.id, "testing", 2), (erin.id, "problem_solving", 3)]
            + [(peer.id, "communication", 4) for peer in crowd]
        )
        named = {alice.id, carol.id, dave.id, erin.id}
        ledger = [
            row
            for row in query(harness.workdir / "bot.db", "SELECT user_id, reason, delta FROM points_ledger")
            if row[0] in named
        ]
        assert sorted(ledger) == sorted(
            [
                (alice.id, "session", {"easy": 75, "medium": 100, "hard": 150}[difficulty]),
                (carol.id, "feedback", 10),
                (carol.id, "helpful", 15),
                (carol.id, "review", 10),
                (dave.id, "review", 10),
                (erin.id, "review", 10),
            ]
        )
        # /stats: the profile with the peers' scores, and a PNG chart attached (drawn off the event loop).
        stats = await alice.run_command("stats")
        assert stats.response_type == 5 and stats.ephemeral
        shown = await stats.final(timeout=20)
        fields = {f["name"]: f["value"] for f in shown["embeds"][0]["fields"]}
        assert fields["Sessions"] == "coding 1"
        assert "Technical: self — · interviewer — · peer 3.0" in fields["Mean scores (1–4)"]
        assert fields["Next"] == "Work on testing (mean 2.0 / 4): try `/mock coding` next."
        assert shown["embeds"][0]["image"]["url"] == "attachment://stats.png"
        (chart,) = shown["attachments"]
        assert chart["filename"] == "stats.png" and UPLOADS[int(chart["id"])].startswith(b"\x89PNG\r\n\x1a\n")
        carol_stats = await (await alice.run_command("stats", member=carol)).final(timeout=20)
        assert {f["name"]: f["value"] for f in carol_stats["embeds"][0]["fields"]}["Reviews given"] == "2"

        # After closing, reactions change nothing.
        await bob.react(communication, "2️⃣")
        await second.settle(quiet=0.3)
        assert (bob.id, "communication", 2) not in _peer_votes(harness, sid)
    finally:
        assert await second.stop() in (0, 130)


def _dispatched_reactions(proc: BotProcess) -> int:
    """Count the reaction events discord.py handed to the bot (logged at DEBUG)."""
    return sum("Dispatching event raw_reaction_add" in r.text for r in proc.records)


async def test_sigterm_writes_the_queued_votes_and_stops_cleanly(fake: FakeDiscord, harness: Harness) -> None:
    """`docker stop` and systemd send SIGTERM: the bot shuts down as on Ctrl-C, writing every vote it received."""
    await harness.prepare()
    proc = await harness.start(extra={"LOG_LEVEL": "DEBUG"})
    gina, hank = fake.user("gina"), fake.user("hank")
    peers = [fake.user(f"late{i}") for i in range(3)]
    _, thread, card = await open_session(fake, gina, "ml-theory")
    sid = session_id(card)
    await gina.click(card, label="End")
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), what="the whole reveal")
    summary = next(m for m in bot_messages(fake, thread) if is_summary(m, sid))
    prompt = [m for m in bot_messages(fake, thread) if m.id > summary.id][-1]
    await proc.settle(quiet=0.5, limit=5)  # the bot's own reactions on the prompts are in
    before = _dispatched_reactions(proc)

    # A slow disk: another program holds the write lock, so the first vote's batch waits and the next ones queue.
    lock = sqlite3.connect(harness.workdir / "bot.db", isolation_level=None)
    try:
        lock.execute("BEGIN IMMEDIATE")
        await hank.react(prompt, "2️⃣")
        await fake.wait_for(lambda: _dispatched_reactions(proc) == before + 1, what="hank's reaction at the bot")
        await asyncio.sleep(0.3)  # the writer has taken it and waits for the lock
        for peer in peers:
            await peer.react(prompt, "3️⃣")
        await fake.wait_for(lambda: _dispatched_reactions(proc) == before + 4, what="the peers' reactions at the bot")
        await asyncio.sleep(0.2)
        proc.process.send_signal(signal.SIGTERM)
        await proc.wait_for_log(r"SIGTERM received: shutting down")
        await proc.wait_for_log(r"writing 3 queued reaction events before stopping")
    finally:
        lock.rollback()
        lock.close()
    assert await proc.wait_exit(timeout=15) == 0
    assert proc.find(r"stopped cleanly: timers stopped, queued reaction events written, database closed")
    votes = query(harness.workdir / "bot.db", "SELECT reviewer_id, score FROM votes WHERE session_id = ?", sid)
    assert sorted(votes) == sorted([(hank.id, 2)] + [(peer.id, 3) for peer in peers])
