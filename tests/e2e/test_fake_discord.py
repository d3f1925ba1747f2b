"""The fake, driven by the real discord.py client: the bot runs with a test-only `/probe` extension that uses each
Discord feature once (views, modals, deferrals, follow-ups, threads, reactions, DMs, history, autocomplete)."""

from __future__ import annotations

import pytest

from tests.e2e.fake_discord import BotProcess, FakeDiscord, permissions

BOT_EXTENSIONS = ["e2e_probe"]


async def test_button_updates_its_message_in_place(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    panel = await alice.run_command("probe panel")
    assert panel.response_type == 4 and not panel.ephemeral and panel.content == "count 0"
    assert fake.history("general")[-1].id == panel.original.id  # type: ignore[union-attr]

    for expected in ("count 1", "count 2"):
        click = await alice.click(panel, label="Count")
        assert click.response_type == 7 and panel.content == expected
    assert panel.content == "count 2"
    assert [c["custom_id"] for c in panel.components[0]["components"]] == [
        "probe:count",
        "probe:modal",
        "probe:later",
        "probe:crash",
    ]
    assert not fake.gateway.sent_events("MESSAGE_CREATE"), "no GUILD_MESSAGES intent: no message events"


async def test_modal_opened_from_a_button_is_submitted(fake: FakeDiscord, bot: BotProcess) -> None:
    bob = fake.user("bob")
    panel = await bob.run_command("probe panel")
    opened = await bob.click(panel, "probe:modal")
    assert opened.response_type == 9 and opened.modal is not None and opened.modal["title"] == "Feedback"

    with pytest.raises(ValueError, match="takes 0–4000 characters"):
        await bob.submit_modal(opened, {"probe:answer": "x" * 4001})
    reply = await bob.submit_modal(opened, {"Your answer": "Use a heap. " * 100})

    assert reply.ephemeral and reply.content == "got 1200 chars: Use a heap. Use a heap. Use a heap. Use "


async def test_deferred_update_then_edit_through_original(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    panel = await alice.run_command("probe panel")
    later = await alice.click(panel, label="Later")

    assert later.response_type == 6
    await fake.wait_for(lambda: panel.content == "updated later", what="the edit")
    button = panel.components[0]["components"][2]
    assert button["disabled"] is True
    with pytest.raises(PermissionError, match="disabled"):
        await alice.click(panel, label="Later")


async def test_select_answers_privately(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    panel = await alice.run_command("probe panel")

    reply = await alice.select(panel, ["Graphs"])

    assert reply.ephemeral and reply.content == "picked graphs"
    with pytest.raises(ValueError, match="not an option"):
        await alice.select(panel, ["trees"])
    with pytest.raises(PermissionError):
        await fake.user("bob").click(reply, "anything")


async def test_defer_then_follow_ups(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    reply = await alice.run_command("probe think")
    assert reply.response_type == 5

    final = await reply.final()
    extra = await reply.followup(1)

    assert final["content"] == "thought about it" and not reply.ephemeral
    assert reply.followups[0].id == reply.original_id, "the first follow-up replaced the thinking message"
    assert extra.content == "and one more thing" and extra.visible_to == alice.id


async def test_ephemeral_defer_edit_and_fetch_original(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.user("bob").run_command("probe edit")

    final = await reply.final()
    note = await reply.followup(0)

    assert reply.ephemeral and final["content"] == "edited" and final["embeds"][0]["title"] == "Result"
    assert note.content == "original says edited"
    assert fake.calls_to("GET", "/webhooks/{application_id}/{token}/messages/{message_id}")[-1].status == 200


async def test_thread_is_opened_joined_and_archived(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    name = "Mock interview — alice — behavioral"
    reply = await alice.run_command("probe thread", where="practice", name=name)
    note = await reply.followup(0)
    thread = fake.thread(name)

    assert note.content == f"thread {thread.id} archived=True locked=False"
    assert thread.parent_id == fake.channel("practice").id and thread.type == 11
    assert thread.member_ids == [fake.me.id, alice.id] and thread.archived and not thread.locked
    assert [m.content for m in fake.history(thread)] == [f"Welcome {alice.mention}"]
    assert fake.history("practice")[-1].data["type"] == 18, "Discord announces the thread in the channel"
    events = [
        e.event for e in fake.gateway.log if e.event in ("THREAD_CREATE", "THREAD_UPDATE", "THREAD_MEMBERS_UPDATE")
    ]
    assert events[-2:] == ["THREAD_CREATE", "THREAD_UPDATE"], "no GUILD_MEMBERS intent: no event for alice joining"


async def test_locking_a_thread_needs_manage_threads(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    reply = await alice.run_command("probe thread", where="practice", name="locked one", lock=True)
    note = await reply.followup(0)
    assert note.content == "could not lock the thread: 50013 Missing Permissions"

    role = fake.guild.role("Mock Interviewer")
    role.permissions |= permissions.MANAGE_THREADS
    try:
        reply = await alice.run_command("probe thread", where="practice", name="locked two", lock=True)
        note = await reply.followup(0)
    finally:
        role.permissions &= ~permissions.MANAGE_THREADS
    assert note.content.endswith("archived=True locked=True") and fake.thread("locked two").locked


async def test_private_thread(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.user("bob").run_command("probe thread", where="practice", name="peer review", private=True)
    await reply.followup(0)

    assert fake.thread("peer review").type == 12


async def test_thread_name_over_100_characters_is_refused_to_the_bot(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.user("alice").run_command("probe thread", where="practice", name="n" * 101)
    note = await reply.followup(0)

    assert (
        note.content
        == "could not open the thread: 50035 Invalid Form Body\nIn name: Must be between 1 and 100 in length."
    )


async def test_thread_from_a_message(fake: FakeDiscord, bot: BotProcess) -> None:
    await fake.user("alice").run_command("probe starter")
    thread = await fake.wait_for(
        lambda: next((t for t in fake.guild.threads.values() if t.name.endswith("discussion")), None)
    )
    await fake.wait_for(lambda: fake.history(thread), what="the first message in the thread")

    starter = fake.world.messages[thread.id]
    assert starter.content == "Question of the day" and starter.data["thread"]["id"] == str(thread.id)
    assert fake.history(thread)[0].content == "Spoilers go here"


async def test_reactions_are_echoed_listed_and_counted(fake: FakeDiscord, bot: BotProcess) -> None:
    alice, bob = fake.user("alice"), fake.user("bob")
    reply = await alice.run_command("probe vote")
    message = fake.resolve_message(int(reply.content.split()[-1]))
    own = fake.gateway.sent_events("MESSAGE_REACTION_ADD")
    assert [emoji for emoji in message.reactions] == ["1️⃣", "2️⃣"] and len(own) >= 2

    for human, emoji, tally in ((alice, "1️⃣", "1️⃣ 1 | 2️⃣ 0"), (bob, "1️⃣", "1️⃣ 2 | 2️⃣ 0"), (bob, "2️⃣", "1️⃣ 2 | 2️⃣ 1")):
        await human.react(message, emoji)
        await fake.wait_for(lambda tally=tally: message.content == f"votes: {tally}", what=f"votes: {tally}")
    await alice.unreact(message, "1️⃣")
    await fake.wait_for(lambda: message.content == "votes: 1️⃣ 1 | 2️⃣ 1", what="the tally after a removal")
    assert fake.calls_to("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}")


async def test_direct_message(fake: FakeDiscord, bot: BotProcess) -> None:
    alice, bob = fake.user("alice"), fake.user("bob")
    reply = await alice.run_command("probe dm")
    assert reply.content == "check your DMs"
    assert [m.content for m in alice.dm_messages()] == ["hello in private"]

    bob.user.dms_open = False
    try:
        refused = await bob.run_command("probe dm")
    finally:
        bob.user.dms_open = True
    assert refused.content == "cannot DM you: 50007"


async def test_history_without_message_content_intent(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    await alice.say("daily", "my secret answer")
    await alice.say("daily", f"{fake.me.mention} is this right?")

    reply = await alice.run_command("probe history", where="daily")

    assert reply.content == f"{fake.me.mention} is this right? / <empty>"


async def test_bot_messages_ping_nobody(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")
    await alice.run_command("probe ping", where="daily")
    message = fake.history("daily")[-1]

    assert message.content == f"{alice.mention} your turn"
    assert message.data["mentions"] == [] and not message.data["mention_everyone"]


async def test_bot_reads_discords_validation_error(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.user("alice").run_command("probe long")

    assert reply.content == "400 50035 Invalid Form Body\nIn content: Must be 2000 or fewer in length."


async def test_autocomplete_offers_choices(fake: FakeDiscord, bot: BotProcess) -> None:
    alice = fake.user("alice")

    choices = await alice.autocomplete("probe topic", "topic", "graph")
    reply = await alice.run_command("probe topic", topic="graphs")

    assert choices == [{"name": "Graphs", "value": "graphs"}]
    assert reply.content == "topic graphs"
    with pytest.raises(ValueError, match="required"):
        await alice.run_command("probe topic")


async def test_late_acknowledgement_is_unknown_interaction(fake: FakeDiscord, bot: BotProcess) -> None:
    bot.expect_error(r"error [0-9a-f]{8} in /probe slow")
    fake.ack_deadline = 0.3  # Discord's 3 s, shortened to keep the suite fast
    try:
        reply = await fake.user("alice").run_command("probe slow", delay=0.5, wait=False)
        with pytest.raises(AssertionError, match="did not acknowledge /probe slow"):
            await reply.wait_ack()
        # The bot's error handler tries to apologise with a second callback: just as late.
        await bot.wait_for_log(r"could not deliver an error reply")
    finally:
        fake.ack_deadline = 3.0
    assert [c["status"] for c in reply.callbacks] == [404, 404] and not reply.acknowledged


async def test_errors_discord_py_only_logs_are_caught(fake: FakeDiscord, bot: BotProcess) -> None:
    bot.expect_error(r"Ignoring exception in view <Panel .* for item <Button .*label='Crash'")
    bot.expect_error(r"Ignoring exception in on_raw_reaction_add")
    alice = fake.user("alice")
    panel = await alice.run_command("probe panel")
    vote = await alice.run_command("probe vote")
    message = fake.resolve_message(int(vote.content.split()[-1]))

    crash = await alice.click(panel, label="Crash", wait=False)
    in_view = await bot.wait_for_log(r"Ignoring exception in view")
    await alice.react(message, "💥")
    in_listener = await bot.wait_for_log(r"Ignoring exception in on_raw_reaction_add")

    assert in_view.is_error and "RuntimeError: a bug in a view" in in_view.text
    assert in_listener.is_error and "RuntimeError: a bug in a listener" in in_listener.text
    assert not crash.acknowledged, "the member sees 'This interaction failed'"
    assert {r.text for r in bot.errors()} >= {in_view.text, in_listener.text}, (
        "the fixture would fail an unexpected one"
    )
