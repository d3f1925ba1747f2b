"""`/leaderboard` and the leaderboard channel through the fake Discord, before and after a restart."""

from __future__ import annotations

import datetime as dt

from bot.db.engine import Database
from bot.db.repositories import PointsRepository
from tests.e2e.fake_discord import FakeDiscord, Harness, Human, InteractionRecord

OWN_FAKE = True


async def _seed(
    harness: Harness, guild_id: int, members: list[Human], source: str = "seed", delta: int | None = None
) -> None:
    """Award points through the bot's own ledger: member i earns 10 × (i + 1), the last two tie (or all `delta`)."""
    database = Database.from_url(harness.database_url)
    try:
        async with database.write() as tx:
            points = PointsRepository(tx)
            for i, member in enumerate(members):
                earned = delta or (10 * (i + 1) if i < len(members) - 1 else 10 * i)
                await points.award(guild_id, member.id, earned, "session", f"{source}:{i}", dt.datetime.now(dt.UTC))
    finally:
        await database.dispose()


def _lines(reply: InteractionRecord) -> list[str]:
    return reply.original.embeds[0]["description"].splitlines()


def _field(reply: InteractionRecord, name: str) -> str:
    return next(f["value"] for f in reply.original.embeds[0]["fields"] if f["name"] == name)


async def test_pages_fair_ranks_own_rank_and_the_channel_board_edited_in_place(
    fake: FakeDiscord, harness: Harness
) -> None:
    await harness.prepare()
    members = [fake.user(f"member{i:02d}") for i in range(14)]
    await _seed(harness, fake.guild.id, members)
    first = await harness.start()
    try:
        caller = members[0]  # the fewest points: off the first page
        reply = await caller.run_command("leaderboard")
        assert reply.response_type == 5 and reply.ephemeral
        await reply.final()
        assert reply.original.embeds[0]["title"] == "🏆 Points · this week · every round"
        lines = _lines(reply)
        assert len(lines) == 10
        # The two members on 130 share first place; the next is third.
        assert set(lines[:2]) == {f"🥇 <@{members[12].id}> · 130 points", f"🥇 <@{members[13].id}> · 130 points"}
        assert lines[2] == f"🥉 <@{members[11].id}> · 120 points"
        assert _field(reply, "Your rank") == "#14 of 14 · 10 points"
        assert reply.original.data["mentions"] == [], "names are shown, nobody is pinged"
        assert reply.original.embeds[0]["footer"]["text"].startswith("Page 1/2 · 14 members · since ")

        turned = await caller.click(reply, label="Next")
        assert turned.response_type == 6
        await fake.wait_for(lambda: len(_lines(reply)) == 4, what="page 2 in place")
        assert _lines(reply)[-1] == f"`#14` <@{caller.id}> · 10 points"

        olivia = fake.user("olivia")  # the server's owner
        done = await olivia.run_command("config leaderboard-channel", where="general", channel="daily")
        assert done.response_type == 5
        assert (await done.final())[
            "content"
        ] == f"The leaderboard will be kept up to date in <#{fake.channel('daily').id}>."
        board = await fake.wait_for(lambda: next(iter(fake.history("daily")), None), what="the channel board")
        assert board.embeds[0]["title"] == "🏆 Points · this week · every round"
        assert "Your rank" not in str(board.embeds)
    finally:
        assert await first.stop() in (0, 130)

    # More points while the bot is down; after the restart the same message is edited, none is posted.
    await _seed(harness, fake.guild.id, [caller], source="later", delta=500)
    second = await harness.start()
    try:
        top = f"🥇 <@{caller.id}> · 510 points"
        await fake.wait_for(lambda: board.embeds[0]["description"].startswith(top), what="the board edited")
        assert [m.id for m in fake.history("daily")] == [board.id]
        back = await caller.click(reply, label="Previous")  # a button from before the restart
        assert back.response_type == 6
        await fake.wait_for(lambda: len(_lines(reply)) == 10, what="page 1 again")
    finally:
        assert await second.stop() in (0, 130)
