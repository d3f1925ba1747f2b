"""`/mock` when things go wrong: the bot killed mid-session, and threads Discord will not create."""

from __future__ import annotations

import datetime as dt
import signal

from tests.e2e.fake_discord import FakeDiscord, Harness
from tests.e2e.fake_discord import permissions as perms
from tests.e2e.mock_flow import bot_messages, embed_titles, is_summary, open_session, query, revealed, session_id

OWN_FAKE = True
# How SQLAlchemy stores a UTC timestamp in SQLite.
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


def _set_times(harness: Harness, sid: int, **times: dt.datetime) -> None:
    for column, value in times.items():
        stored = value.astimezone(dt.UTC).strftime(SQLITE_TIME)
        query(harness.workdir / "bot.db", f"UPDATE interview_sessions SET {column} = ? WHERE id = ?", stored, sid)


async def test_kill_9_mid_session_loses_nothing(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    first = await harness.start()
    alice, bob, erin = fake.user("alice"), fake.user("bob"), fake.user("erin")
    _, pending_thread, pending_card = await open_session(fake, alice, "coding")
    _, overdue_thread, overdue_card = await open_session(fake, bob, "behavioral")
    _, nudged_thread, nudged_card = await open_session(fake, erin, "system-design")
    await alice.click(pending_card, label="Hint")
    await fake.wait_for(lambda: any("Hint 1/" in t for t in embed_titles(bot_messages(fake, pending_thread))))

    first.process.kill()  # kill -9: no shutdown code runs
    assert await first.wait_exit() == -9
    # While it is down: one session's deadline comes soon, the other's passes.
    due = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=6)
    now = dt.datetime.now(dt.UTC)
    _set_times(harness, session_id(pending_card), deadline=due)
    _set_times(harness, session_id(overdue_card), deadline=now - dt.timedelta(minutes=2))
    # Shift the third session so that its second agenda stage starts a few seconds after the restart.
    agenda = next(f["value"] for f in nudged_card.embeds[0]["fields"] if f["name"] == "Agenda").splitlines()
    offset, stage = int(agenda[1].split(" min · ")[0]), agenda[1].split(" min · ")[1]
    started = now + dt.timedelta(seconds=6) - dt.timedelta(minutes=offset)
    _set_times(harness, session_id(nudged_card), started_at=started, deadline=started + dt.timedelta(minutes=45))

    second = await harness.start()
    try:
        notice = "🏁 **Time is up (while the bot was offline).** Here is what good looks like:"
        await fake.wait_for(lambda: any(m.content == notice for m in bot_messages(fake, overdue_thread)), timeout=10)

        # A button on a message sent before the crash still works, and the hint count carried over.
        click = await alice.click(pending_card, label="Hint")
        assert click.response_type == 6
        await fake.wait_for(lambda: any("Hint 2/" in t for t in embed_titles(bot_messages(fake, pending_thread))))

        ended = await fake.wait_for(
            lambda: next((m for m in bot_messages(fake, pending_thread) if m.content.startswith("🏁")), None),
            timeout=15,
            what="the rebuilt deadline",
        )
        fired = dt.datetime.fromisoformat(ended.data["timestamp"])
        assert abs((fired - due).total_seconds()) < 5, f"deadline fired {fired - due} from its time"
        assert ended.content == "🏁 **Time is up.** Here is what good looks like:"
        nudge = await fake.wait_for(
            lambda: next((m for m in bot_messages(fake, nudged_thread) if m.content.startswith("⏰")), None),
            timeout=15,
            what="the agenda nudge",
        )
        assert nudge.content == f"⏰ Time to move on: **{stage.rsplit(' (', 1)[0]}** ({stage.rsplit('(', 1)[1]}."
        states = query(harness.workdir / "bot.db", "SELECT state FROM interview_sessions ORDER BY id")
        assert states == [("ended",), ("ended",), ("running",)]
    finally:
        assert await second.stop() in (0, 130)


async def test_sigterm_during_the_reveal_is_one_log_line_and_the_reveal_resumes(
    fake: FakeDiscord, harness: Harness
) -> None:
    """`docker stop` mid-reveal: the cut is not logged as a bug, and the next start posts the rest exactly once."""
    await harness.prepare()
    first = await harness.start()
    gina = fake.user("gina")
    _, thread, card = await open_session(fake, gina, "ml-theory")
    sid = session_id(card)
    fault = fake.hold_responses("POST", rf"/channels/{thread.id}/messages", after=2)
    await gina.click(card, label="End")
    await fake.wait_for(lambda: fault.held == 1, what="the reveal's third part in flight")
    first.process.send_signal(signal.SIGTERM)
    await first.wait_for_log(r"button end of session \d+ cut short by the shutdown \(\w+\)")
    fault.release()
    fake.held_responses.remove(fault)
    assert await first.wait_exit(timeout=15) == 0
    assert not [r.text for r in first.records if r.is_error], "the shutdown is not a bug"

    second = await harness.start()
    try:
        await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), timeout=15, what="the whole reveal")
        reveal = bot_messages(fake, thread)[1:]
        assert len([m for m in reveal if m.content.startswith("🏁")]) == 1
        assert len([m for m in reveal if is_summary(m, sid)]) == 1
    finally:
        assert await second.stop() in (0, 130)


async def test_kill_9_during_the_reveal_posts_every_part_exactly_once(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    first = await harness.start()
    frank = fake.user("frank")
    _, thread, card = await open_session(fake, frank, "ml-theory")
    sid = session_id(card)
    # Discord stores the reveal's third part (after the headline and the first key points), but the bot dies
    # before it reads the answer: the part exists, and the bot never recorded it.
    fault = fake.hold_responses("POST", rf"/channels/{thread.id}/messages", after=2)
    await frank.click(card, label="End")
    await fake.wait_for(lambda: fault.held == 1, what="the reveal's third part in flight")
    first.process.kill()
    assert await first.wait_exit() == -9
    fault.release()
    fake.held_responses.remove(fault)
    assert query(harness.workdir / "bot.db", "SELECT reveal_step FROM interview_sessions WHERE id = ?", sid) == [(2,)]

    second = await harness.start()
    try:
        await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), timeout=15, what="the whole reveal")
        reveal = bot_messages(fake, thread)[1:]  # after the question card
        headlines = [m for m in reveal if m.content.startswith("🏁")]
        key_points = [t for t in embed_titles(reveal) if t.startswith("What good looks like")]
        follow_ups = [m for m in reveal if m.content.startswith("**Follow-up questions**")]
        ratings = [m for m in reveal if m.content.startswith("Rate the session on the rubric")]
        summaries = [m for m in reveal if is_summary(m, sid)]
        assert len(headlines) == 1 and headlines[0].content.startswith("🏁 **Session ended.**")
        assert len(key_points) == 5 and len(set(key_points)) == 5  # one per question of the series
        assert (len(follow_ups), len(ratings), len(summaries)) == (1, 1, 1)
        signatures = [(m.content, tuple(embed_titles([m]))) for m in reveal]
        assert len(signatures) == len(set(signatures)), "a reveal message was posted twice"
        rows = query(
            harness.workdir / "bot.db", "SELECT revealed_at IS NOT NULL FROM interview_sessions WHERE id = ?", sid
        )
        assert rows == [(1,)]
    finally:
        assert await second.stop() in (0, 130)


async def test_thread_creation_rate_limited_for_minutes_leaves_no_session(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()  # the module's database, whichever test runs first
    bot = await harness.start()
    try:
        rule = fake.rate_limit("POST", r"/channels/\d+/threads", limit=0, per=600)
        carol = fake.user("carol")
        reply = await carol.run_command("mock coding", where="practice")
        assert reply.response_type == 5 and reply.latency < 3.0
        assert (await reply.final(timeout=3))["content"] == (
            "Discord is rate-limiting thread creation here for 600 s, so no session was opened. "
            "Please try again in a few minutes."
        )
        assert reply.ephemeral and rule.limited == 1
        fake.rate_limits.remove(rule)
        rows = query(harness.workdir / "bot.db", "SELECT state FROM interview_sessions WHERE user_id = ?", carol.id)
        assert rows == [("cancelled",)]
        _, _, card = await open_session(fake, carol, "coding")  # nothing half-open blocks a new session
        await carol.click(card, label="End")
        sid = session_id(card)
        await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", sid), 15, "the whole reveal")
    finally:
        assert await bot.stop() in (0, 130)


async def test_missing_thread_permission_is_explained(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()  # the module's database, whichever test runs first
    bot = await harness.start()
    practice = fake.channel("practice")
    practice.overwrites[fake.me.id] = (0, perms.CREATE_PUBLIC_THREADS)
    practice.overwrite_types[fake.me.id] = 1
    try:
        dave = fake.user("dave")
        reply = await dave.run_command("mock behavioral", where="practice")
        content = (await reply.final(timeout=3))["content"]
        assert content.startswith("I am not allowed to create threads in this channel, so no session was opened.")
        assert "`/config practice-channel`" in content
        rows = query(harness.workdir / "bot.db", "SELECT state FROM interview_sessions WHERE user_id = ?", dave.id)
        assert rows == [("cancelled",)]
    finally:
        del practice.overwrites[fake.me.id]
        assert await bot.stop() in (0, 130)


async def test_kill_9_while_a_nudge_is_posted_never_posts_it_twice(fake: FakeDiscord, harness: Harness) -> None:
    await harness.prepare()
    first = await harness.start()
    ivy = fake.user("ivy")
    _, thread, card = await open_session(fake, ivy, "system-design")
    sid = session_id(card)
    first.process.kill()
    assert await first.wait_exit() == -9
    # Move the session back in time so that its first nudge comes due 4 s after the next start.
    agenda = next(f["value"] for f in card.embeds[0]["fields"] if f["name"] == "Agenda").splitlines()
    offset = int(agenda[1].split(" min · ")[0])
    started = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=4) - dt.timedelta(minutes=offset)
    _set_times(harness, sid, started_at=started, deadline=started + dt.timedelta(minutes=45))
    # Discord stores the nudge, but the bot dies before it reads the answer; the next start fires it again.
    fault = fake.hold_responses("POST", rf"/channels/{thread.id}/messages", after=0)
    second = await harness.start()
    await fake.wait_for(lambda: fault.held == 1, timeout=15, what="the nudge in flight")
    second.process.kill()
    assert await second.wait_exit() == -9
    fault.release()
    fake.held_responses.remove(fault)
    third = await harness.start()
    try:
        posts = lambda: fake.calls_to("POST", "/channels/{channel_id}/messages")  # noqa: E731
        nudge_posts = lambda: [c for c in posts() if isinstance(c.body, dict) and c.body.get("nonce") == f"mi-n{sid}-0"]  # noqa: E731
        await fake.wait_for(lambda: len(nudge_posts()) == 2, timeout=15, what="the restarted bot sending the nudge")
        hint = await ivy.click(card, label="Hint")  # the session still works after two crashes
        assert hint.response_type == 6
        await fake.wait_for(lambda: any("Hint 1/" in t for t in embed_titles(bot_messages(fake, thread))))
        nudges = [m.content for m in bot_messages(fake, thread) if m.content.startswith("⏰")]
        assert len(nudges) == 1, f"the nudge was posted {len(nudges)} times"
    finally:
        assert await third.stop() in (0, 130)


async def test_kill_9_while_the_thread_is_created_lets_the_member_start_again(
    fake: FakeDiscord, harness: Harness
) -> None:
    await harness.prepare()
    first = await harness.start()
    gus = fake.user("gus")
    practice = fake.channel("practice")
    # Discord creates the thread, but the bot dies before it learns the thread's id.
    fault = fake.hold_responses("POST", rf"/channels/{practice.id}/threads", after=0)
    await gus.run_command("mock coding", where="practice")
    await fake.wait_for(lambda: fault.held == 1, what="thread creation in flight")
    first.process.kill()
    assert await first.wait_exit() == -9
    fault.release()
    fake.held_responses.remove(fault)
    states = "SELECT state FROM interview_sessions WHERE user_id = ?"
    assert query(harness.workdir / "bot.db", states, gus.id) == [("running",)]
    second = await harness.start()
    try:
        assert query(harness.workdir / "bot.db", states, gus.id) == [("cancelled",)]
        again = await gus.run_command("mock coding", where="practice")
        assert "<#" in (await again.final())["content"], "a new session opens in its thread"
    finally:
        assert await second.stop() in (0, 130)
