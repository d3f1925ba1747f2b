"""The daily problem end to end, on a controllable clock: configuration, the post and its thread, hints, solving,
`/daily now`, a crash between the claim and the send, and the cutoff after a long outage."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio

from tests.e2e.daily_flow import FakeClock, bot_lines, daily_posts
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness
from tests.e2e.fake_discord import permissions as perms
from tests.e2e.mock_flow import labels, query, thread_link

OWN_FAKE = True
BERLIN = ZoneInfo("Europe/Berlin")
DAY1 = dt.datetime(2026, 12, 2, 9, 30, tzinfo=BERLIN).astimezone(dt.UTC)
DAY = dt.timedelta(days=1)
LEAD = dt.timedelta(seconds=4)  # the clock is set this long before a post is due


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def clock(harness: Harness) -> FakeClock:
    clock = FakeClock(harness.workdir / "clock")
    harness.settings.update(clock.env())
    clock.set(DAY1 - dt.timedelta(hours=1))
    return clock


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def daily_bot(harness: Harness, clock: FakeClock) -> AsyncIterator[dict[str, BotProcess]]:
    await harness.prepare(["e2e_clock"])
    procs = {"bot": await harness.start(["e2e_clock"])}
    yield procs
    proc = procs["bot"]
    if proc.returncode is None:
        assert await proc.stop() in (0, 130), proc.text()


async def test_members_are_refused_and_bad_times_and_zones_explained(fake: FakeDiscord, daily_bot) -> None:
    alice, olivia = fake.user("alice"), fake.user("olivia")
    refused = await alice.run_command("config daily", channel="daily", time="09:30", timezone="Europe/Berlin")
    assert refused.ephemeral
    assert refused.content == "Only members with the Manage Server permission can change the bot's settings."
    bad_time = await olivia.run_command("config daily", channel="daily", time="9.30am", timezone="Europe/Berlin")
    assert bad_time.ephemeral and "`09:30`" in bad_time.content and "9.30am" in bad_time.content
    bad_zone = await olivia.run_command("config daily", channel="daily", time="09:30", timezone="Berlin/Germany")
    assert bad_zone.ephemeral and "`Europe/Berlin`" in bad_zone.content
    choices = await olivia.autocomplete("config daily", "timezone", "berl")
    assert choices[0]["value"] == "Europe/Berlin"
    assert not daily_posts(fake)
    assert query(daily_bot["bot"].cwd / "bot.db", "SELECT count(*) FROM guild_settings WHERE daily_enabled")[0][0] == 0


async def test_the_post_appears_at_the_configured_time_with_its_thread_then_hints(
    fake: FakeDiscord, clock: FakeClock, daily_bot
) -> None:
    olivia = fake.user("olivia")
    clock.set(DAY1 - LEAD)
    done = await olivia.run_command(
        "config daily", channel="daily", time="09:30", timezone="Europe/Berlin", round="coding", difficulty="easy"
    )
    assert "every day at 09:30 Europe/Berlin" in (await done.final())["content"]
    assert not daily_posts(fake), "nothing is posted before its time"
    post = (await fake.wait_for(lambda: daily_posts(fake), timeout=15, what="the daily post"))[0]
    embed = post.embeds[0]
    assert embed["title"].startswith("Daily problem · Wed 02 Dec · ")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Difficulty"] == "easy" and fields["Round"] == "coding"
    assert fields["Pattern / topic"].startswith("||") and fields["Pattern / topic"].endswith("||")
    assert not post.content and not post.data["mention_roles"], "no role is pinged unless one is configured"
    await fake.wait_for(lambda: post.data.get("thread"), what="the discussion thread")
    thread = fake.world.channel(post.id)  # a thread started on the post has the post's id
    assert thread.parent_id == fake.channel("daily").id and thread.name.startswith("Daily 2026-12-02 · ")
    assert not bot_lines(fake, thread), "no hint before its hour"

    await (await olivia.run_command("config review-window", hours=24)).final()
    shown = await olivia.run_command("config show")
    text = (await shown.final())["content"]
    assert "**Daily time:** 09:30 Europe/Berlin" in text and "**Daily difficulty:** easy" in text
    # every server setting, not only the daily ones
    assert "**Peer review window:** 24 h after a session ends" in text and "**Leaderboard channel:** none" in text

    clock.set(DAY1 + dt.timedelta(hours=3, seconds=5))
    hint = await fake.wait_for(lambda: bot_lines(fake, thread), timeout=10, what="the first hint")
    assert hint[0].startswith("💡 Hint 1/") and "||" in hint[0]
    clock.set(DAY1 + dt.timedelta(hours=6, seconds=5))
    await fake.wait_for(lambda: len(bot_lines(fake, thread)) == 2, timeout=10, what="the second hint")
    assert bot_lines(fake, thread)[1].startswith("💡 Hint 2/")


async def test_a_check_mark_counts_once_and_daily_now_does_not_post_twice(fake: FakeDiscord, daily_bot) -> None:
    bot = daily_bot["bot"]
    alice, olivia = fake.user("alice"), fake.user("olivia")
    post = daily_posts(fake)[0]
    since = len(bot.records)
    await alice.react(post, "✅")
    await bot.wait_for_log("solved by a member", since=since)
    await alice.unreact(post, "✅")
    await alice.react(post, "✅")
    again = await alice.run_command("daily solved")
    assert "you had already marked it" in (await again.final())["content"]
    streak = await alice.run_command("streak")
    assert "Current streak: **1** day(s)" in (await streak.final())["content"]
    database = bot.cwd / "bot.db"
    assert query(database, "SELECT sum(delta) FROM points_ledger WHERE user_id = ?", alice.id) == [(10,)]
    assert len([r for r in bot.records[since:] if "solved by a member" in r.text]) == 1

    refused = await alice.run_command("daily now")
    assert refused.content == "Only members with the Manage Server permission can change the bot's settings."
    now = await olivia.run_command("daily now")
    assert "Today's problem is posted" in (await now.final())["content"]
    assert f"/{post.id})" in (await now.final())["content"]
    shown = await alice.run_command("daily show")
    assert f"<#{post.id}>" in (await shown.final())["content"]
    assert len(daily_posts(fake)) == 1


async def test_the_posts_button_opens_a_timed_session_on_the_days_question(fake: FakeDiscord, daily_bot) -> None:
    bob = fake.user("bob")
    post = daily_posts(fake)[0]
    title = post.embeds[0]["title"].split(" · ", 2)[2]
    click = await bob.click(post, label="Practise as a timed session")
    assert click.ephemeral and click.response_type == 5
    thread = fake.world.channel(thread_link((await click.final())["content"]))
    card = await fake.wait_for(lambda: next((m for m in fake.history(thread) if m.embeds), None), what="question card")
    assert title in card.embeds[0]["title"] and "Hint" in labels(card)
    await bob.click(card, label="End")
    await fake.wait_for(lambda: any(m.content.startswith("🏁") for m in fake.history(thread)), what="the session's end")


async def test_a_crash_between_the_claim_and_the_send_leaves_exactly_one_post(
    fake: FakeDiscord, harness: Harness, clock: FakeClock, daily_bot
) -> None:
    daily = fake.channel("daily")
    before = len(fake.calls)
    fault = fake.hold_responses("POST", rf"/channels/{daily.id}/messages")
    clock.set(DAY1 + DAY - LEAD)
    # Discord stores the message, but the bot never hears back: it is killed while waiting.
    await fake.wait_for_call("POST", "/channels/{channel_id}/messages", timeout=15, after=before)
    await fake.wait_for(lambda: len(daily_posts(fake)) == 2, what="the held message stored")
    daily_bot["bot"].process.kill()
    assert await daily_bot["bot"].wait_exit() == -9
    fault.release()
    fake.held_responses.remove(fault)
    daily_bot["bot"] = await harness.start(["e2e_clock"])
    await fake.wait_for(
        lambda: fake.world.channel(daily_posts(fake)[-1].id) if daily_posts(fake)[1].data.get("thread") else None,
        timeout=15,
        what="the resumed post's thread",
    )
    posts = daily_posts(fake)
    assert len(posts) == 2, "the resent message carried the same nonce: Discord kept one"
    assert posts[1].embeds[0]["title"].startswith("Daily problem · Thu 03 Dec · ")
    sends = [c for c in fake.calls[before:] if c.method == "POST" and c.path == f"/channels/{daily.id}/messages"]
    assert len(sends) == 2 and sends[0].body["nonce"] == sends[1].body["nonce"]


async def test_after_a_long_outage_the_missed_post_is_skipped_and_logged_then_posting_resumes(
    fake: FakeDiscord, harness: Harness, clock: FakeClock, daily_bot
) -> None:
    await daily_bot["bot"].stop()
    clock.set(DAY1 + 2 * DAY + dt.timedelta(hours=7))
    daily_bot["bot"] = bot = await harness.start(["e2e_clock"])
    await bot.wait_for_log(r"daily post of server \d+ skipped: due 2026-12-04T08:30\+00:00, 7:00:\d\d late")
    assert len(daily_posts(fake)) == 2
    role = fake.guild.role("Interviewer")
    olivia = fake.user("olivia")
    done = await olivia.run_command(
        "config daily", channel="daily", time="09:30", timezone="Europe/Berlin", round="mix", role=role.name
    )
    await done.final()
    clock.set(DAY1 + 3 * DAY - LEAD)
    await fake.wait_for(lambda: len(daily_posts(fake)) == 3, timeout=15, what="the next day's post")
    post = daily_posts(fake)[-1]
    assert post.content == f"<@&{role.id}>" and post.data["mention_roles"] == [str(role.id)]


async def test_a_crash_between_the_post_and_its_thread_gets_the_thread_after_the_restart(
    fake: FakeDiscord, harness: Harness, clock: FakeClock, daily_bot
) -> None:
    daily = fake.channel("daily")
    before = len(fake.calls)
    fault = fake.hold_responses("POST", rf"/channels/{daily.id}/messages/\d+/threads")
    clock.set(DAY1 + 4 * DAY - LEAD)
    await fake.wait_for_call("POST", "/channels/{channel_id}/messages/{message_id}/threads", timeout=15, after=before)
    daily_bot["bot"].process.kill()
    assert await daily_bot["bot"].wait_exit() == -9
    fault.release()
    fake.held_responses.remove(fault)
    post = daily_posts(fake)[-1]
    assert len(daily_posts(fake)) == 4 and post.embeds[0]["title"].startswith("Daily problem · Sun 06 Dec · ")
    # Discord made the thread, but the bot never learnt it: after the restart it asks again, hears "already
    # created" (160004), and records the thread, whose id is the post's.
    daily_bot["bot"] = bot = await harness.start(["e2e_clock"])
    await bot.wait_for_log(r"given its thread after a restart")
    stored = query(bot.cwd / "bot.db", "SELECT thread_id FROM daily_posts WHERE message_id = ?", post.id)
    assert stored == [(post.id,)]
    assert len(daily_posts(fake)) == 4, "the post itself is not sent again"
    assert [t for t in fake.world.guild.threads.values() if t.id == post.id]


async def test_a_channel_closed_to_the_bot_is_one_warning_not_an_error(
    fake: FakeDiscord, clock: FakeClock, daily_bot
) -> None:
    daily = fake.channel("daily")
    daily.overwrites[fake.me.id] = (0, perms.SEND_MESSAGES)
    daily.overwrite_types[fake.me.id] = 1
    try:
        bot = daily_bot["bot"]
        since = len(bot.records)
        clock.set(DAY1 + 5 * DAY - LEAD)
        await bot.wait_for_log(r"daily post of server \d+ not sent: channel \d+ is gone or closed to us", since=since)
        assert len(daily_posts(fake)) == 4
    finally:
        del daily.overwrites[fake.me.id]


@pytest.mark.parametrize("typed", ["Kiritimati", "etc/gmt+12"])
async def test_zones_around_the_date_line_autocomplete(fake: FakeDiscord, daily_bot, typed: str) -> None:
    choices = await fake.user("alice").autocomplete("config my-timezone", "timezone", typed)
    assert choices and typed.lower() in choices[0]["value"].lower()
