"""`/review`: a member adds a hard question to their deck, re-attempts it when due, rates recall and exports it."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.db.engine import Database
from bot.services.deck import DeckService
from bot.ui.review import SCALE
from tests.e2e.daily_flow import daily_posts
from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness
from tests.e2e.mock_flow import (
    bot_messages,
    embed_titles,
    is_summary,
    labels,
    open_session,
    query,
    revealed,
    session_id,
    thread_link,
)

OWN_FAKE = True
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
NOTE = 'Two pointers, "shrink" the window;\nthen sum — größer ✓'
ONE_LINE = 'Two pointers, "shrink" the window; then sum — größer ✓'


async def _end_and_reveal(fake: FakeDiscord, human, thread, card, database) -> list:  # type: ignore[no-untyped-def]
    await human.click(card, label="End")
    await fake.wait_for(lambda: revealed(database, session_id(card)), what="the whole reveal")
    return bot_messages(fake, thread)


async def test_add_due_start_rate_and_export(fake: FakeDiscord, bot: BotProcess, harness: Harness) -> None:
    alice, bob = fake.user("alice"), fake.user("bob")
    database = harness.workdir / "bot.db"

    # A session where the candidate needed two hints: the deck is offered in strong words.
    _, thread, card = await open_session(fake, alice, "coding", interviewer=bob)
    title = card.embeds[0]["title"].split(" · ", 1)[1]
    for _ in range(2):
        await alice.click(card, label="Hint")
    await fake.wait_for(lambda: any("Hint 2/" in str(m.embeds) for m in bot_messages(fake, thread)))
    messages = await _end_and_reveal(fake, alice, thread, card, harness.workdir / "bot.db")
    assert not any(m.content.startswith("🔁") for m in messages), "a first attempt asks no recall rating"
    offer = next(m for m in messages if "Add to review deck" in labels(m))
    assert offer.content.startswith("📌 **Worth a second attempt:**") and title in offer.content
    summary = next(i for i, m in enumerate(messages) if is_summary(m, session_id(card)))
    assert messages.index(offer) == summary - 1, "the offer comes right before the summary card"
    assert all(m.content.endswith(SCALE) for m in messages[summary + 1 :]), "then only the peer-review prompts"

    # Only the candidate may add it; the interviewer is told so.
    refused = await bob.click(offer, label="Add to review deck")
    assert refused.ephemeral and refused.content.startswith("Only the candidate can add")

    form = await alice.click(offer, label="Add to review deck")
    assert form.response_type == 9 and form.modal["title"] == "Add to your review deck"
    added = await alice.submit_modal(form, {"note": NOTE})
    assert added.ephemeral
    text = (await added.final())["content"]
    assert text.startswith(f"Added **{title}** to your review deck; first re-attempt <t:") and ONE_LINE in text
    rows = query(database, "SELECT question_id, note, attempts FROM deck_cards WHERE user_id = ?", alice.id)
    assert len(rows) == 1 and rows[0][1:] == (ONE_LINE, 0)
    question_id = rows[0][0]

    # Not due yet; then a day passes (the due date is moved back, as the clock would).
    nothing = await (await alice.run_command("review due")).final()
    assert nothing["content"].startswith("Nothing in your review deck is due now (1 card(s) in it).")
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime(SQLITE_TIME)
    query(database, "UPDATE deck_cards SET due = ? WHERE user_id = ?", past, alice.id)
    due = await alice.run_command("review due")
    listing = (await due.final())["content"]
    assert due.ephemeral and listing.startswith("**1 card(s) due**")
    assert f"**{title}** (`{question_id}`" in listing and f"||{ONE_LINE}||" in listing

    # The re-attempt: a normal timed session on that question; the recall rating comes before the key points.
    start = await alice.run_command("review start", where="practice")
    assert start.ephemeral and start.response_type == 5
    opened = (await start.final())["content"]
    assert opened.startswith("Your session is open in")
    again = fake.world.channel(thread_link(opened))
    again_card = await fake.wait_for(lambda: next((m for m in fake.history(again) if m.embeds), None))
    assert again_card.embeds[0]["title"].endswith(title) and labels(again_card)[:2] == ["Hint", "Submit answer"]
    sid = session_id(again_card)
    form = await alice.click(again_card, label="Submit answer")  # a re-solve: only an answered re-attempt pays
    await (
        await alice.submit_modal(form, {"Your answer": "Depth-first search from each tile, marking the path."})
    ).final()
    await fake.wait_for(lambda: any("Answer 1 by" in t for t in embed_titles(bot_messages(fake, again))))
    shown = len(bot_messages(fake, again))  # the question card and the answer
    reveal = (await _end_and_reveal(fake, alice, again, again_card, harness.workdir / "bot.db"))[shown:]
    recall = next(i for i, m in enumerate(reveal) if m.content.startswith("🔁"))
    key_points = next(i for i, m in enumerate(reveal) if embed_titles([m]))
    assert 0 < recall < key_points, "the recall rating is asked right after the headline, before the key points"
    rated = await alice.select(reveal[recall], ["3"], custom_id=f"mi:deck:recall:{sid}:0")
    assert rated.ephemeral
    said = (await rated.final())["content"]
    assert said.startswith(f"Recall of **{title}**: Good. It comes back <t:") and said.endswith("+10 points.")
    stored = "SELECT attempts, last_rating, due > ? FROM deck_cards WHERE user_id = ?"
    assert query(database, stored, dt.datetime.now(dt.UTC).strftime(SQLITE_TIME), alice.id) == [(1, 3, 1)]
    assert query(database, "SELECT count(*) FROM deck_reviews") == [(2,)]
    points = "SELECT delta, session_id FROM points_ledger WHERE user_id = ? AND reason = 'deck'"
    assert query(database, points, alice.id) == [(10, sid)]
    twice = await alice.select(reveal[recall], ["4"], custom_id=f"mi:deck:recall:{sid}:0")
    assert (await twice.final())["content"].startswith(f"You already rated {question_id} today (Good)")
    stats = await (await alice.run_command("stats")).final(timeout=20)
    deck_field = {f["name"]: f["value"] for f in stats["embeds"][0]["fields"]}["Review deck"]
    assert deck_field == "1 card · 0 due now · recalled 100% of 1 re-attempt"

    # The spreadsheet.
    export = await alice.run_command("review export")
    final = await export.final()
    assert export.ephemeral and final["content"] == "Your review deck: 1 card(s)."
    (attachment,) = final["attachments"]
    assert attachment["filename"] == "review-deck.csv"
    data = fake.download(attachment)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == [
        "question_id",
        "title",
        "round",
        "topic",
        "difficulty",
        "note",
        "attempts",
        "last_rating",
        "last_attempt_utc",
        "next_due_utc",
    ]
    assert len(rows) == 2 and rows[1][:3] == [question_id, title, "coding"] and rows[1][5:8] == [ONE_LINE, "1", "Good"]
    assert rows[1][8].endswith("+00:00") and dt.datetime.fromisoformat(rows[1][9]) > dt.datetime.now(dt.UTC)


async def test_notes_remove_forget_and_reminders(fake: FakeDiscord, bot: BotProcess, harness: Harness) -> None:
    carol = fake.user("carol")
    database = harness.workdir / "bot.db"
    _, thread, card = await open_session(fake, carol, "ml-theory")
    messages = await _end_and_reveal(fake, carol, thread, card, harness.workdir / "bot.db")
    offer = next(m for m in messages if m.content.startswith("📌"))
    assert offer.content.startswith("📌 Found a question hard?")  # no hints: the plain offer
    assert labels(offer) == [f"Add #{i} to review deck" for i in range(1, 6)]
    sid = session_id(card)
    rating = next(m for m in messages if f"mi:r:{sid}:correctness" in str(m.data.get("components")))
    rated = await carol.select(rating, ["1"], custom_id=f"mi:r:{sid}:correctness")
    assert (await rated.final())["content"] == (
        "Saved: correctness = 1. Pick again to change it. Your self-rating is low: **Add to review deck** "
        "(below the ratings) brings this question back later."
    )
    form = await carol.click(offer, label="Add #2 to review deck")
    await (await carol.submit_modal(form, {"note": ""})).final()
    (question_id,) = [
        row[0] for row in query(database, "SELECT question_id FROM deck_cards WHERE user_id = ?", carol.id)
    ]

    noted = await carol.run_command("review note", question=question_id, note="bias–variance, ||spoiler||")
    assert (await noted.final())["content"] == f"Note of `{question_id}` saved: ||bias–variance, \\|\\|spoiler\\|\\|||"
    choices = await carol.autocomplete("review remove", "question", "")
    assert [c["value"] for c in choices] == [question_id]
    # A pasted wall of text as the question (Discord allows 6,000 characters): the error still arrives, clipped.
    huge = await (await carol.run_command("review note", question="y" * 3_000, note="two pointers")).final()
    assert huge["content"].startswith("yyyy") and huge["content"].endswith("…") and len(huge["content"]) <= 2_000

    forgotten = await carol.run_command("mock forget")
    await forgotten.final()
    assert query(database, "SELECT note FROM deck_cards WHERE user_id = ?", carol.id) == [("",)]

    on = await carol.run_command("review remind", switch="on", at="07:45")
    assert (await on.final())["content"] == "Daily review reminders are on at 07:45 (UTC), on days when cards are due."
    assert query(database, "SELECT deck_remind_at FROM members WHERE user_id = ?", carol.id) == [("07:45:00.000000",)]
    bad = await carol.run_command("review remind", switch="on", at="quarter past")
    assert (await bad.final())["content"] == "I could not read 'quarter past' as a time: use HH:MM, e.g. 18:30."
    off = await carol.run_command("review remind", switch="off")
    assert (await off.final())["content"] == "Daily review reminders are off."
    assert query(database, "SELECT deck_remind_at FROM members WHERE user_id = ?", carol.id) == [(None,)]

    removed = await carol.run_command("review remove", question=question_id)
    assert (await removed.final())["content"] == f"Removed `{question_id}` from your review deck."
    gone = await carol.run_command("review remove", question=question_id)
    assert (await gone.final())["content"].startswith(f"{question_id} is not in your review deck.")
    empty = await carol.run_command("review start", where="practice")
    assert (await empty.final())["content"].startswith("Nothing in your review deck is due now.")


async def test_the_daily_reminder_is_a_dm_or_for_closed_dms_a_line_in_the_daily_thread(
    fake: FakeDiscord, bot: BotProcess, harness: Harness
) -> None:
    database = harness.workdir / "bot.db"
    dave, erin = fake.user("dave"), fake.user("erin")
    erin.user.dms_open = False
    for human in (dave, erin):
        _, thread, card = await open_session(fake, human, "coding")
        messages = await _end_and_reveal(fake, human, thread, card, harness.workdir / "bot.db")
        offer = next(m for m in messages if "Add to review deck" in labels(m))
        form = await human.click(offer, label="Add to review deck")
        await (await human.submit_modal(form, {"note": "a heap"})).final()
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime(SQLITE_TIME)
    query(database, "UPDATE deck_cards SET due = ?", past)
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=4)).strftime("%H:%M:%S")
    for human in (dave, erin):
        on = await (await human.run_command("review remind", switch="on", at=soon)).final()
        assert on["content"].startswith(f"Daily review reminders are on at {soon} (UTC)")  # seconds are kept
    reminder = await fake.wait_for(
        lambda: next((m for m in dave.dm_messages() if "review deck" in m.content), None), timeout=15, what="reminder"
    )
    assert (
        reminder.content.startswith("🔁 1 card(s) in your review deck on **") and "`/review start`" in reminder.content
    )
    # Direct messages closed and no daily thread yet: nowhere to remind, one log line.
    await bot.wait_for_log(rf"deck reminder for member {erin.id} not delivered \(50007\); skipped", timeout=15)
    assert erin.dm_messages() == []

    # Once the server has a daily thread, the reminder of a member with closed DMs is a line there, pinging only her.
    olivia = fake.user("olivia")
    await (await olivia.run_command("config daily", channel="daily", time="23:59", timezone="UTC")).final()
    await (await olivia.run_command("daily now")).final()
    post = await fake.wait_for(lambda: daily_posts(fake)[0] if daily_posts(fake) else None, what="the daily post")
    await fake.wait_for(lambda: post.data.get("thread"), what="the daily thread")
    thread = fake.world.channel(post.id)
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=4)).strftime("%H:%M:%S")
    await (await erin.run_command("review remind", switch="on", at=soon)).final()
    line = await fake.wait_for(
        lambda: next((m for m in fake.history(thread) if "review deck" in m.content), None),
        timeout=15,
        what="the reminder in the daily thread",
    )
    assert line.content.startswith(f"🔁 <@{erin.id}>: 1 card(s) in your review deck are due")
    assert [u["id"] for u in line.data["mentions"]] == [str(erin.id)]
    assert erin.dm_messages() == []


async def _due_card(harness: Harness, guild_id: int, *user_ids: int) -> None:
    """Give each member one card, due an hour ago (as if added from a session's reveal days before)."""
    database = Database.from_url(harness.database_url)
    try:
        deck = DeckService(database, load_banks([SHIPPED_BANKS]))
        for user_id in user_ids:
            await deck.add(guild_id, user_id, "cod-arrays-hashing-001", "a hash map", dt.datetime.now(dt.UTC))
    finally:
        await database.dispose()
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).strftime(SQLITE_TIME)
    query(harness.workdir / "bot.db", "UPDATE deck_cards SET due = ?", past)


def _wall_clock_soon(zone: str, seconds: int = 10) -> str:
    """Return the wall-clock time in `zone`, HH:MM:SS, a few seconds from now (hours away from it in UTC)."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)).astimezone(ZoneInfo(zone)).strftime("%H:%M:%S")


def _reminders(human) -> list:  # type: ignore[no-untyped-def]
    return [m for m in human.dm_messages() if "review deck" in m.content]


async def test_a_reminder_that_is_on_follows_a_changed_time_zone(
    fake: FakeDiscord, bot: BotProcess, harness: Harness
) -> None:
    frank, grace, heidi, olivia = (fake.user(name) for name in ("frank", "grace", "heidi", "olivia"))
    await _due_card(harness, fake.guild.id, frank.id, grace.id, heidi.id)

    # frank's reminder is on at a Tokyo wall-clock time seconds away: in UTC, his zone until now, it is hours away.
    tokyo = _wall_clock_soon("Asia/Tokyo")
    on = await (await frank.run_command("review remind", switch="on", at=tokyo)).final()
    assert on["content"].endswith("(UTC), on days when cards are due.")
    moved = await (await frank.run_command("config my-timezone", timezone="Asia/Tokyo")).final()
    assert moved["content"] == (
        "Your time zone is now Asia/Tokyo: your streak days are counted in it, and your review reminders "
        "(`/review remind`) come at their time in it."
    )
    reminder = await fake.wait_for(lambda: _reminders(frank), timeout=25, what="the reminder at Tokyo time")
    assert reminder[0].content.startswith("🔁 1 card(s) in your review deck")

    # The server's zone changes: grace, who follows it, is reminded at the new zone's time; heidi, with a zone of
    # her own (UTC), keeps hers where it was.
    await (await heidi.run_command("config my-timezone", timezone="UTC")).final()
    kolkata = _wall_clock_soon("Asia/Kolkata")
    for human in (grace, heidi):
        on = await (await human.run_command("review remind", switch="on", at=kolkata)).final()
        assert on["content"].endswith("(UTC), on days when cards are due.")
    far = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=12)).astimezone(ZoneInfo("Asia/Kolkata")).strftime("%H:%M")
    daily = await olivia.run_command("config daily", channel="daily", time=far, timezone="Asia/Kolkata")
    await daily.final()
    await fake.wait_for(lambda: _reminders(grace), timeout=25, what="the reminder at the server's new time")
    await asyncio.sleep(1)
    assert _reminders(heidi) == [], "a member with a zone of her own kept her reminder time"
    assert len(_reminders(frank)) == 1
