"""The fake's gateway and its event echoes, checked with a raw websocket client playing the bot (no discord.py)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from tests.e2e.fake_discord import FakeDiscord
from tests.e2e.fake_discord.gateway import (
    GUILD_MEMBERS,
    GUILD_MESSAGE_REACTIONS,
    GUILD_MESSAGES,
    GUILD_PRESENCES,
    GUILDS,
)

OWN_FAKE = True


class RawClient:
    """A bare gateway client: text frames, explicit opcodes, every dispatch kept."""

    def __init__(self, session: aiohttp.ClientSession, fake: FakeDiscord) -> None:
        self.session = session
        self.fake = fake
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.events: list[dict[str, Any]] = []
        self.seq = 0

    async def connect(self, path: str = "/") -> dict[str, Any]:
        """Open a connection and return HELLO."""
        self.ws = await self.session.ws_connect(f"ws://127.0.0.1:{self.fake.port}{path}?v=10&encoding=json")
        return await self.receive()

    async def send(self, op: int, d: Any) -> None:
        """Send one payload."""
        assert self.ws is not None
        await self.ws.send_str(json.dumps({"op": op, "d": d}))

    async def receive(self, timeout: float = 3.0) -> dict[str, Any]:
        """Return the next payload, or {"close": code} when the fake closes the connection."""
        assert self.ws is not None
        msg = await self.ws.receive(timeout)
        if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING):
            return {"close": self.ws.close_code}
        payload = json.loads(msg.data)
        if payload.get("s"):
            self.seq = payload["s"]
        if payload["op"] == 0:
            self.events.append(payload)
        return payload

    async def event(self, name: str, timeout: float = 3.0) -> dict[str, Any]:
        """Return the next dispatch with this name (skipping others)."""
        while True:
            payload = await self.receive(timeout)
            assert "close" not in payload, payload
            if payload.get("t") == name:
                return payload

    async def identify(self, intents: int, token: str | None = None) -> dict[str, Any]:
        """IDENTIFY and return READY (or the close)."""
        await self.send(2, {"token": token or self.fake.token, "intents": intents, "properties": {"os": "linux"}})
        return await self.receive()

    async def close(self) -> None:
        """Close from the client side with 4000 (resumable)."""
        if self.ws is not None and not self.ws.closed:
            await self.ws.close(code=4000)


@pytest_asyncio.fixture(loop_scope="session")
async def client(fake: FakeDiscord) -> AsyncIterator[RawClient]:
    """A raw gateway client (closed after the test)."""
    async with aiohttp.ClientSession() as session:
        raw = RawClient(session, fake)
        yield raw
        await raw.close()


@pytest_asyncio.fixture(loop_scope="session")
async def api(fake: FakeDiscord) -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP session authorised as the bot."""
    async with aiohttp.ClientSession(base_url=fake.api_url + "/", headers={"Authorization": f"Bot {fake.token}"}) as s:
        yield s


async def test_handshake_ready_and_guild_create(fake: FakeDiscord, client: RawClient) -> None:
    hello = await client.connect()
    assert hello == {"op": 10, "d": {"heartbeat_interval": 41250, "_trace": ["fake-gateway"]}}
    await client.send(1, None)
    assert await client.receive() == {"op": 11}

    ready = await client.identify(GUILDS)
    guild = await client.event("GUILD_CREATE")

    assert ready["t"] == "READY" and ready["s"] == 1
    assert ready["d"]["v"] == 10 and ready["d"]["user"]["bot"] is True
    assert ready["d"]["guilds"] == [{"id": str(fake.guild.id), "unavailable": True}]
    assert ready["d"]["resume_gateway_url"] == f"ws://127.0.0.1:{fake.port}/resume"
    data = guild["d"]
    assert [c["name"] for c in data["channels"]] == ["general", "practice", "daily"]
    assert {"@everyone", "Admin", "Interviewer", "Mock Interviewer"} <= {r["name"] for r in data["roles"]}
    assert [m["user"]["id"] for m in data["members"]] == [str(fake.me.id)], "only the bot without GUILD_PRESENCES"
    assert data["member_count"] == len(fake.guild.members) >= 4


async def test_presences_intent_must_be_enabled_and_then_lists_members(fake: FakeDiscord, client: RawClient) -> None:
    await client.connect()
    closed = await client.identify(GUILDS | GUILD_PRESENCES)
    assert closed == {"close": 4014}

    fake.world.app.privileged_intents |= GUILD_PRESENCES
    try:
        await client.connect()
        await client.identify(GUILDS | GUILD_PRESENCES)
        guild = await client.event("GUILD_CREATE")
    finally:
        fake.world.app.privileged_intents = 0
    assert {m["user"]["username"] for m in guild["d"]["members"]} >= {"olivia", "alice", "bob"}


@pytest.mark.parametrize(
    ("token", "op", "code"), [("wrong", 2, 4004), (None, 3, 4003)], ids=["bad-token", "not-identified"]
)
async def test_gateway_closes_with_discords_codes(client: RawClient, token: str | None, op: int, code: int) -> None:
    await client.connect()
    if op == 2:
        await client.identify(GUILDS, token=token)
    else:
        await client.send(op, {"status": "online", "since": 0, "activities": [], "afk": False})
    assert await client.receive() == {"close": code}


async def test_message_and_reaction_events_follow_intents(fake: FakeDiscord, client: RawClient) -> None:
    await client.connect()
    await client.identify(GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS)
    await client.event("GUILD_CREATE")
    alice = fake.user("alice")

    plain = await alice.say("general", "no content intent, no text")
    created = (await client.event("MESSAGE_CREATE"))["d"]
    await alice.say("general", f"{fake.me.mention} mentions are readable")
    mentioned = (await client.event("MESSAGE_CREATE"))["d"]
    await alice.react(plain, "👍")
    added = (await client.event("MESSAGE_REACTION_ADD"))["d"]
    await alice.unreact(plain, "👍")
    removed = (await client.event("MESSAGE_REACTION_REMOVE"))["d"]

    assert created["id"] == str(plain.id) and created["content"] == "" and created["guild_id"] == str(fake.guild.id)
    assert "user" not in created["member"] and created["author"]["id"] == str(alice.id)
    assert mentioned["content"] == f"{fake.me.mention} mentions are readable"
    assert added["type"] == 0 and added["burst"] is False and added["emoji"] == {"id": None, "name": "👍"}
    assert added["member"]["user"]["id"] == str(alice.id) and added["message_author_id"] == str(alice.id)
    assert removed["type"] == 0 and removed["user_id"] == str(alice.id) and "member" not in removed


async def test_resume_replays_missed_events_then_resumed(fake: FakeDiscord, client: RawClient) -> None:
    await client.connect()
    ready = await client.identify(GUILDS | GUILD_MESSAGES)
    await client.event("GUILD_CREATE")
    seq = client.seq
    await client.close()
    missed = await fake.user("bob").say("general", "while you were away")

    await client.connect("/resume")
    await client.send(6, {"token": fake.token, "session_id": ready["d"]["session_id"], "seq": seq})
    replayed = await client.receive()
    resumed = await client.receive()

    assert (replayed["t"], replayed["s"], replayed["d"]["id"]) == ("MESSAGE_CREATE", seq + 1, str(missed.id))
    assert (resumed["t"], resumed["s"]) == ("RESUMED", seq + 2)


async def test_resuming_an_unknown_session_is_invalid(fake: FakeDiscord, client: RawClient) -> None:
    await client.connect()
    await client.send(6, {"token": fake.token, "session_id": "nope", "seq": 3})

    assert await client.receive() == {"op": 9, "d": False}


async def test_rest_calls_echo_events(fake: FakeDiscord, client: RawClient, api: aiohttp.ClientSession) -> None:
    fake.world.app.privileged_intents |= GUILD_MEMBERS
    await client.connect()
    await client.identify(GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS | GUILD_MEMBERS)
    await client.event("GUILD_CREATE")
    practice = fake.channel("practice").id
    alice = fake.user("alice")
    try:
        async with api.post(f"channels/{practice}/messages", json={"content": "Today's question"}) as response:
            message = await response.json()
        created = await client.event("MESSAGE_CREATE")
        async with api.put(f"channels/{practice}/messages/{message['id']}/reactions/%E2%AD%90/@me") as response:
            assert response.status == 204
        added = await client.event("MESSAGE_REACTION_ADD")
        async with api.delete(f"channels/{practice}/messages/{message['id']}/reactions/%E2%AD%90/@me") as response:
            assert response.status == 204
        removed = await client.event("MESSAGE_REACTION_REMOVE")
        async with api.post(
            f"channels/{practice}/messages/{message['id']}/threads", json={"name": "Discussion"}
        ) as response:
            thread = await response.json()
        thread_created = await client.event("THREAD_CREATE")
        async with api.put(f"channels/{thread['id']}/thread-members/{alice.id}") as response:
            assert response.status == 204
        members = await client.event("THREAD_MEMBERS_UPDATE")
        async with api.patch(f"channels/{message['id']}/messages/{message['id']}", json={"content": "x"}) as response:
            assert response.status == 404, (
                "a thread from a message shares its id, but holds none of the channel's messages"
            )
        async with api.patch(
            f"channels/{practice}/messages/{message['id']}", json={"content": "Edited question"}
        ) as response:
            assert (await response.json())["edited_timestamp"] is not None
        updated = await client.event("MESSAGE_UPDATE")
        async with api.delete(f"channels/{practice}/messages/{message['id']}") as response:
            assert response.status == 204
        deleted = await client.event("MESSAGE_DELETE")
    finally:
        fake.world.app.privileged_intents = 0

    assert created["d"]["content"] == "Today's question", "the bot reads its own messages"
    assert added["d"]["user_id"] == removed["d"]["user_id"] == str(fake.me.id)
    assert thread_created["d"]["id"] == message["id"] and thread_created["d"]["newly_created"] is True
    assert members["d"]["added_members"][0]["user_id"] == str(alice.id) and members["d"]["member_count"] == 2
    assert updated["d"]["content"] == "Edited question"
    assert deleted["d"] == {"id": message["id"], "channel_id": str(practice), "guild_id": str(fake.guild.id)}
