"""`/mock`: a member runs each round in a thread, as a study server would."""

from __future__ import annotations

import asyncio

import pytest

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
)

ROUNDS = {
    "coding": ("communication", "problem_solving", "technical", "testing"),
    "ml-coding": ("communication", "problem_solving", "technical", "testing"),
    "ml-theory": ("correctness", "depth", "communication"),
    "system-design": ("framing", "data_and_labels", "metrics", "architecture_and_serving", "operations", "trade_offs"),
    "behavioral": ("situation", "task", "action", "result", "reflection"),
}
SERIES = {"ml-theory": 5, "behavioral": 2}
NO_SESSION = "You have no running session."


@pytest.mark.parametrize("round_label", list(ROUNDS))
async def test_a_whole_session_of_each_round(
    fake: FakeDiscord, bot: BotProcess, harness: Harness, round_label: str
) -> None:
    alice = fake.user("alice")
    reply, thread, card = await open_session(fake, alice, round_label)

    # The thread: in #practice, named `<round> · <member> · <title>`, with the candidate in it.
    assert thread.parent_id == fake.channel("practice").id
    embed = card.embeds[0]
    title = embed["title"].split(" · ", 1)[1]
    assert thread.name == f"{round_label} · Alice · {title}"[:100]
    added = fake.calls_to("PUT", "/channels/{channel_id}/thread-members/{user_id}")
    assert {"channel_id": str(thread.id), "user_id": str(alice.id)} in [c.params for c in added]
    # The card: prompt, difficulty, time limit, live countdown and the agenda; the controls.
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Difficulty"] in ("easy", "medium", "hard")
    assert ":R>" in fields["Ends"] and fields["Agenda"]
    expected_buttons = ["Hint", "Submit answer"] + (["Next question"] if round_label in SERIES else []) + ["End"]
    expected_buttons += ["Run tests"] if round_label in ("coding", "ml-coding") else []
    assert labels(card) == expected_buttons
    sid = session_id(card)

    hint_click = await alice.click(card, label="Hint")
    assert hint_click.response_type == 6
    hint = await fake.wait_for(
        lambda: next((m for m in bot_messages(fake, thread) if "Hint 1/" in str(m.embeds)), None)
    )
    assert hint.embeds[0]["description"].startswith("||"), "hints are spoiler-tagged"

    opened = await alice.click(card, label="Submit answer")
    assert opened.response_type == 9 and opened.modal["title"] == "Submit your answer"
    story = "When I joined the team I decided to rewrite the flaky tests and cut failures by 40%. I learned a lot."
    saved = await alice.submit_modal(opened, {"Your answer": story})
    assert (await saved.final())["content"] == f"Answer saved ({len(story)} characters)."
    echoed = await fake.wait_for(lambda: [t for t in embed_titles(bot_messages(fake, thread)) if "Answer 1" in t])
    assert echoed == ["Answer 1 by Alice"]
    answer = next(m for m in bot_messages(fake, thread) if "Answer 1 by Alice" in embed_titles([m]))
    insights = [f["value"] for f in answer.embeds[0].get("fields", []) if f["name"] == "Insights"]
    if round_label == "behavioral":  # insights, not grades
        assert insights[0].startswith("Heuristic insights (word patterns, not a grade):")
        assert "Result quantified: yes" in insights[0]
    else:
        assert insights == []

    if round_label in SERIES:
        await alice.click(card, label="Next question")
        await fake.wait_for(
            lambda: any(f"(2/{SERIES[round_label]})" in t for t in embed_titles(bot_messages(fake, thread)))
        )

    await alice.click(card, label="End")
    summary = await fake.wait_for(
        lambda: next((m for m in bot_messages(fake, thread) if is_summary(m, sid)), None), what="summary card"
    )
    messages = bot_messages(fake, thread)
    texts = "\n".join(m.content for m in messages)
    assert "**Session ended.** Here is what good looks like:" in texts
    assert "**Follow-up questions**" in texts
    reveals = [t for t in embed_titles(messages) if t.startswith("What good looks like · ")]
    assert len(reveals) == SERIES.get(round_label, 1)
    assert "**Key points**" in str(messages) and "**Model answer**" in str(messages)

    # One rating select per rubric criterion, at most five to a message.
    selects = [c for m in messages for row in m.data.get("components", []) for c in row["components"] if c["type"] == 3]
    assert [s["custom_id"].rsplit(":", 1)[1] for s in selects] == list(ROUNDS[round_label])
    rating_message = next(
        m for m in messages if any(c["type"] == 3 for r in m.data.get("components", []) for c in r["components"])
    )
    criterion = ROUNDS[round_label][0]
    rated = await alice.select(rating_message, ["3"], custom_id=f"mi:r:{sid}:{criterion}")
    assert rated.ephemeral and rated.response_type == 5, "acknowledged before the vote is written"
    assert (await rated.final())["content"].startswith(f"Saved: {criterion.replace('_', ' ')} = 3")

    database = harness.workdir / "bot.db"
    stored = "SELECT state, summary_message_id, thread_id FROM interview_sessions WHERE id = ?"
    await fake.wait_for(lambda: query(database, stored, sid) == [("ended", summary.id, thread.id)], what="stored card")
    await fake.wait_for(lambda: revealed(database, sid), what="the whole reveal")
    # After the summary card: one review prompt per criterion, each with the four scores pre-added by the bot.
    prompts = [m for m in bot_messages(fake, thread) if m.id > summary.id]
    assert [m.content.split("**")[1] for m in prompts] == [
        c.replace("_", " ").capitalize() for c in ROUNDS[round_label]
    ]
    for prompt in prompts:
        assert [(r.emoji["name"], r.user_ids) for r in prompt.reactions.values()] == [
            (e, [fake.me.id]) for e in ("1️⃣", "2️⃣", "3️⃣", "4️⃣")
        ]
    assert query(database, "SELECT count(*) FROM hints_used WHERE session_id = ?", sid) == [(1,)]
    assert query(database, "SELECT body FROM answers WHERE session_id = ?", sid) == [(story,)]
    assert query(database, "SELECT kind, criterion, score FROM votes WHERE session_id = ?", sid) == [
        ("self", criterion, 3)
    ]
    assert reply.latency < 3.0


async def test_partner_mode_packet_reaches_only_the_interviewer(
    fake: FakeDiscord, bot: BotProcess, harness: Harness
) -> None:
    alice, bob, carol = fake.user("erin"), fake.user("bob"), fake.user("carol")
    reply, thread, card = await open_session(fake, alice, "coding", interviewer=bob)
    assert "is your interviewer" in (await reply.final())["content"]
    assert labels(card)[-2:] == ["Interviewer packet", "Run tests"]

    refused = await alice.click(card, label="Interviewer packet")
    assert refused.ephemeral and "Only this session's interviewer" in refused.content

    packet = await bob.click(card, label="Interviewer packet")
    assert packet.ephemeral and packet.original.visible_to == bob.id
    packet_text = packet.text()
    assert "Interviewer packet · " in packet_text and "Hint ladder" in packet_text and "**Model answer**" in packet_text
    # The candidate sees nothing of the packet before the end.
    model_answer = packet.embeds[0]["description"].split("**Model answer**\n", 1)[1].split("\n", 1)[0]
    assert not any(model_answer in str(m.data) for m in fake.history(thread))

    stranger = await carol.click(card, label="Hint")
    refusal = await stranger.followup(0)
    assert refusal.visible_to == carol.id
    assert refusal.content == "Only the candidate and their interviewer can use this session's buttons."
    stranger_answer = await carol.click(card, label="Submit answer")
    assert stranger_answer.ephemeral and stranger_answer.content == refusal.content, "whose session, not whose answers"

    by_interviewer = await bob.click(card, label="Hint")
    assert by_interviewer.response_type == 6
    await fake.wait_for(lambda: any("from the interviewer" in t for t in embed_titles(bot_messages(fake, thread))))
    interviewer_answer = await bob.click(card, label="Submit answer")
    assert interviewer_answer.ephemeral and "Only the candidate submits answers" in interviewer_answer.content
    await bob.click(card, label="End")
    await fake.wait_for(lambda: any(is_summary(m, session_id(card)) for m in bot_messages(fake, thread)))
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", session_id(card)), what="the whole reveal")
    # The interviewer scores the candidate with the same selects; the vote is stored as theirs.
    sid = session_id(card)
    rating = next(m for m in bot_messages(fake, thread) if f"mi:r:{sid}:technical" in str(m.data["components"]))
    scored = await bob.select(rating, ["4"], custom_id=f"mi:r:{sid}:technical")
    assert scored.ephemeral and (await scored.final())["content"].startswith("Saved: technical = 4")
    votes = "SELECT kind, reviewer_id, criterion, score FROM votes WHERE session_id = ?"
    assert query(harness.workdir / "bot.db", votes, sid) == [("interviewer", bob.id, "technical", 4)]


async def test_one_running_session_per_member_and_status(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("frank")
    _, thread, _ = await open_session(fake, alice, "behavioral")
    second = await alice.run_command("mock coding", where="practice")
    content = (await second.final())["content"]
    assert content == (
        f"You already have a behavioral session open. Finish it with `/mock end` first. Its thread: <#{thread.id}>."
    )
    status = await alice.run_command("mock status")
    assert status.ephemeral and f"<#{thread.id}>" in status.content and ":R>" in status.content
    # Two /mock end at once: one ends the session, the other hears it is over, never a second success.
    ends = await asyncio.gather(alice.run_command("mock end"), alice.run_command("mock end"))
    said = [(await e.final())["content"] for e in ends]
    success = f"Session ended: the key points are in <#{thread.id}>."
    assert said.count(success) == 1, said
    assert {*said} - {success} <= {"That session had already ended: the key points are in its thread.", NO_SESSION}
    late = await alice.run_command("mock end")
    assert late.ephemeral and (await late.final())["content"] == NO_SESSION
    nothing = await alice.run_command("mock status")
    assert nothing.ephemeral and nothing.content == "You have no running session."


async def test_bad_arguments_get_an_ephemeral_explanation(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("grace")
    reply = await alice.run_command("mock coding", where="practice", topic="underwater-basket-weaving")
    assert (await reply.final())["content"] == (
        "No coding questions match topic underwater-basket-weaving: try fewer filters."
    )
    assert reply.ephemeral
    themselves = await alice.run_command("mock coding", where="practice", interviewer=alice)
    assert (await themselves.final())["content"] == "You cannot interview yourself: pick another member as interviewer."


async def test_topic_autocomplete_comes_from_the_banks(fake: FakeDiscord, bot: BotProcess) -> None:
    choices = await fake.user("alice").autocomplete("mock coding", "topic", "point")
    assert {c["value"] for c in choices} == {"two-pointers", "fast-slow-pointers"}


async def test_echoed_answers_never_ping(fake: FakeDiscord, bot: BotProcess, harness: Harness) -> None:
    alice = fake.user("heidi")
    _, thread, card = await open_session(fake, alice, "coding")
    opened = await alice.click(card, label="Submit answer")
    await (
        await alice.submit_modal(opened, {"Your answer": "@everyone <@&1> look at my answer " + "x" * 3_900})
    ).final()
    echoed = await fake.wait_for(
        lambda: next((m for m in bot_messages(fake, thread) if "Answer 1" in str(m.embeds)), None)
    )
    assert not echoed.data["mention_everyone"] and echoed.data["mentions"] == [] and echoed.data["mention_roles"] == []
    assert len(echoed.embeds[0]["description"]) <= 4_096
    forgotten = await alice.run_command("mock forget")
    assert (await forgotten.final())["content"] == "Deleted 1 stored answer(s) and cleared your review-deck notes."
    await alice.click(card, label="End")
    await fake.wait_for(lambda: any(is_summary(m, session_id(card)) for m in bot_messages(fake, thread)))
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", session_id(card)), what="the whole reveal")


async def test_practice_channel_is_set_by_admins_only(fake: FakeDiscord, bot: BotProcess, harness: Harness) -> None:
    # Members see /config (for /config my-timezone), so every server setting checks Manage Server in code.
    config = next(c for c in fake.commands(guild=True) if c["name"] == "config")
    assert config.get("default_member_permissions") is None
    refused = await fake.user("ivan").run_command("config practice-channel", where="practice", channel="daily")
    assert refused.ephemeral
    assert refused.content == "Only members with the Manage Server permission can change the bot's settings."
    olivia = fake.user("olivia")
    done = await olivia.run_command("config practice-channel", where="general", channel="daily")
    assert done.ephemeral and done.response_type == 5, "acknowledged before the setting is written"
    assert (await done.final())["content"] == f"Mock interview threads will open in <#{fake.channel('daily').id}>."
    _, thread, card = await open_session(fake, olivia, "ml-theory")
    assert thread.parent_id == fake.channel("daily").id
    await olivia.click(card, label="End")
    await fake.wait_for(lambda: any(is_summary(m, session_id(card)) for m in bot_messages(fake, thread)))
    await fake.wait_for(lambda: revealed(harness.workdir / "bot.db", session_id(card)), what="the whole reveal")
    await (await olivia.run_command("config practice-channel", where="general")).final()
