"""The fake enforces Discord's rules, answering the way Discord does; checked directly over HTTP (no bot process)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import discord.http
import pytest
import pytest_asyncio

from tests.e2e.fake_discord import FakeDiscord, InteractionRecord

OWN_FAKE = True
JSON = "application/json"


@pytest_asyncio.fixture(loop_scope="session")
async def api(fake: FakeDiscord) -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP session authorised as the bot, rooted at /api/v10/."""
    headers = {"Authorization": f"Bot {fake.token}"}
    async with aiohttp.ClientSession(base_url=fake.api_url + "/", headers=headers) as session:
        yield session


@pytest_asyncio.fixture(loop_scope="session")
async def http(fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[discord.http.HTTPClient]:
    """discord.py's own HTTP client, logged in to the fake."""
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_url)
    client = discord.http.HTTPClient(asyncio.get_running_loop())
    await client.static_login(fake.token)
    yield client
    await client.close()


async def _post(
    api: aiohttp.ClientSession, path: str, body: dict[str, Any]
) -> tuple[int, Any, aiohttp.typedefs.LooseHeaders]:
    async with api.post(path.lstrip("/"), json=body) as response:
        return response.status, await response.json(content_type=None), response.headers


def _form_error(path: tuple[str, ...], code: str, message: str) -> dict[str, Any]:
    errors: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for part in reversed(path):
        errors = {part: errors}
    return {"code": 50035, "errors": errors, "message": "Invalid Form Body"}


def _messages_path(fake: FakeDiscord) -> str:
    return f"channels/{fake.channel('general').id}/messages"


# — message content —
async def test_message_of_2001_characters_is_refused_with_discords_error_shape(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    status, body, headers = await _post(api, _messages_path(fake), {"content": "x" * 2001})

    assert status == 400
    assert headers["Content-Type"] == JSON
    assert body == _form_error(("content",), "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
    status, body, _ = await _post(api, _messages_path(fake), {"content": "x" * 2000})
    assert status == 200 and len(body["content"]) == 2000


async def test_discord_py_reads_the_error_as_discord_sends_it(fake: FakeDiscord, http: discord.http.HTTPClient) -> None:
    params = discord.http.handle_message_parameters(content="x" * 2001)
    with pytest.raises(discord.HTTPException) as raised:
        await http.send_message(fake.channel("general").id, params=params)

    assert (raised.value.status, raised.value.code) == (400, 50035)
    assert "In content: Must be 2000 or fewer in length." in raised.value.text


async def test_empty_message_is_refused(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    status, body, _ = await _post(api, _messages_path(fake), {"content": ""})

    assert (status, body) == (400, {"message": "Cannot send an empty message", "code": 50006})


# — embeds —
FIELD = {"name": "n", "value": "v"}


@pytest.mark.parametrize(
    ("embed", "path", "code", "message"),
    [
        ({"title": "t" * 257}, ("embeds", "0", "title"), "BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length."),
        (
            {"description": "d" * 4097},
            ("embeds", "0", "description"),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 4096 or fewer in length.",
        ),
        (
            {"fields": [{"name": "n" * 257, "value": "v"}]},
            ("embeds", "0", "fields", "0", "name"),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 256 or fewer in length.",
        ),
        (
            {"fields": [{"name": "n", "value": "v" * 1025}]},
            ("embeds", "0", "fields", "0", "value"),
            "BASE_TYPE_MAX_LENGTH",
            "Must be 1024 or fewer in length.",
        ),
        ({"fields": [FIELD] * 26}, ("embeds", "0", "fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."),
        (
            {"description": "d" * 4096, "fields": [{"name": "n", "value": "v" * 1024}] * 2},
            ("embeds",),
            "MAX_EMBED_SIZE_EXCEEDED",
            "Embed size exceeds maximum size of 6000",
        ),
    ],
    ids=["title-257", "description-4097", "field-name-257", "field-value-1025", "26-fields", "total-over-6000"],
)
async def test_embed_limits(
    fake: FakeDiscord, api: aiohttp.ClientSession, embed: dict[str, Any], path: tuple[str, ...], code: str, message: str
) -> None:
    status, body, _ = await _post(api, _messages_path(fake), {"embeds": [embed]})

    assert status == 400
    assert body == _form_error(path, code, message)


async def test_embed_at_every_limit_is_accepted(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    embed = {"title": "t" * 256, "description": "d" * 3000, "fields": [{"name": "n" * 256, "value": "v" * 1024}] * 2}
    assert 256 + 3000 + 2 * (256 + 1024) <= 6000

    status, body, _ = await _post(api, _messages_path(fake), {"embeds": [embed]})

    assert status == 200 and body["embeds"][0]["type"] == "rich"


# — components —
def _button(n: int) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": f"b{n}", "custom_id": f"b{n}"}


async def test_six_action_rows_are_refused(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    rows = [{"type": 1, "components": [_button(i)]} for i in range(6)]
    status, body, _ = await _post(api, _messages_path(fake), {"content": "rows", "components": rows})

    assert status == 400
    assert body == _form_error(("components",), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")


async def test_six_buttons_in_a_row_are_refused(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    rows = [{"type": 1, "components": [_button(i) for i in range(6)]}]
    status, body, _ = await _post(api, _messages_path(fake), {"content": "buttons", "components": rows})

    assert status == 400
    assert body == _form_error(
        ("components", "0", "components"), "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."
    )


async def test_five_rows_of_five_buttons_are_accepted_and_numbered(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    rows = [{"type": 1, "components": [_button(5 * r + i) for i in range(5)]} for r in range(5)]
    status, body, _ = await _post(api, _messages_path(fake), {"content": "grid", "components": rows})

    assert status == 200
    assert [row["id"] for row in body["components"]] == [1, 7, 13, 19, 25], "Discord numbers components depth first"


# — threads —
@pytest.mark.parametrize("name", ["x" * 101, "", "   "], ids=["101-chars", "empty", "blank"])
async def test_thread_name_outside_1_to_100_characters_is_refused(
    fake: FakeDiscord, api: aiohttp.ClientSession, name: str
) -> None:
    status, body, _ = await _post(api, f"channels/{fake.channel('practice').id}/threads", {"name": name, "type": 11})

    assert status == 400
    assert body == _form_error(("name",), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")


async def test_thread_name_of_100_characters_is_accepted(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    status, body, _ = await _post(
        api, f"channels/{fake.channel('practice').id}/threads", {"name": "y" * 100, "type": 11}
    )

    assert status == 200 and body["type"] == 11
    assert fake.thread("y" * 100).owner_id == fake.me.id


# — interactions —
async def _interaction(fake: FakeDiscord) -> InteractionRecord:
    record = InteractionRecord(
        fake,
        kind=2,
        data={"id": "1", "name": "help", "type": 1},
        user=fake.user("alice").user,
        channel=fake.channel("general"),
        label="/help",
    )
    return await fake.send_interaction(record)


def _callback(record: InteractionRecord) -> str:
    return f"interactions/{record.id}/{record.token}/callback?with_response=1"


async def test_callback_returns_the_response_discord_py_expects(fake: FakeDiscord) -> None:
    record = await _interaction(fake)
    async with aiohttp.ClientSession(base_url=fake.api_url + "/") as anonymous:  # interaction callbacks need no token
        status, body, _ = await _post(anonymous, _callback(record), {"type": 4, "data": {"content": "hi", "flags": 64}})

    assert status == 200
    assert body["interaction"] == {
        "id": str(record.id),
        "type": 2,
        "response_message_id": body["resource"]["message"]["id"],
        "response_message_loading": False,
        "response_message_ephemeral": True,
    }
    assert body["resource"]["type"] == 4 and body["resource"]["message"]["content"] == "hi"
    assert record.acknowledged and record.ephemeral and record.content == "hi"


async def test_second_acknowledgement_is_refused_with_40060(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    record = await _interaction(fake)
    first, _, _ = await _post(api, _callback(record), {"type": 5})
    status, body, _ = await _post(api, _callback(record), {"type": 4, "data": {"content": "again"}})

    assert first == 200
    assert (status, body) == (400, {"message": "Interaction has already been acknowledged.", "code": 40060})
    assert [c["status"] for c in record.callbacks] == [200, 400]


async def test_acknowledgement_after_three_seconds_is_unknown_interaction(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    record = await _interaction(fake)
    assert record.sent_at is not None
    record.sent_at -= 3.01  # as if INTERACTION_CREATE had been sent 3.01 s ago

    status, body, _ = await _post(api, _callback(record), {"type": 4, "data": {"content": "late"}})

    assert (status, body) == (404, {"message": "Unknown interaction", "code": 10062})
    assert not record.acknowledged and record.expired


async def test_follow_ups_need_an_acknowledgement_first(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    record = await _interaction(fake)
    async with api.get(f"webhooks/{fake.me.id}/{record.token}/messages/@original") as response:
        assert (response.status, await response.json()) == (404, {"message": "Unknown Webhook", "code": 10015})
    await _post(api, _callback(record), {"type": 5, "data": {"flags": 64}})

    status, body, _ = await _post(api, f"webhooks/{fake.me.id}/{record.token}?wait=1", {"content": "done"})

    assert status == 200 and body["id"] == str(record.original_id), "the first follow-up replaces the thinking message"
    assert record.ephemeral and record.content == "done"


async def test_original_response_is_edited_and_deleted(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    record = await _interaction(fake)
    await _post(api, _callback(record), {"type": 4, "data": {"content": "first"}})
    original = f"webhooks/{fake.me.id}/{record.token}/messages/@original"
    assert fake.history("general")[-1].id == record.original_id

    async with api.patch(original, json={"content": "second"}) as response:
        assert (await response.json())["content"] == "second"
    async with api.delete(original) as response:
        assert response.status == 204
    async with api.get(original) as response:
        assert (response.status, (await response.json())["code"]) == (404, 10008)
    assert record.original is None and all(m.id != record.original_id for m in fake.history("general"))


async def test_wrong_response_type_for_the_interaction_is_refused(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    record = await _interaction(fake)
    status, body, _ = await _post(api, _callback(record), {"type": 7, "data": {"content": "no message to update"}})

    assert status == 400 and body["code"] == 50035 and "type" in body["errors"]
    assert not record.acknowledged


# — authorisation, unknown routes, rate limits, emoji —
async def test_missing_or_wrong_authorisation_is_401(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession(base_url=fake.api_url + "/") as anonymous:
        async with anonymous.get("users/@me") as response:
            assert (response.status, await response.json()) == (401, {"message": "401: Unauthorized", "code": 0})
        async with anonymous.get("users/@me", headers={"Authorization": "Bot nope"}) as response:
            assert response.status == 401


async def test_unknown_route_is_recorded_and_answered_404(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    async with api.get("guilds/1/audit-logs") as response:
        assert (response.status, await response.json()) == (404, {"message": "404: Not Found", "code": 0})

    assert [str(c) for c in fake.unhandled] == ["GET /guilds/1/audit-logs → 404"]
    fake.unhandled.clear()  # expected here; anywhere else the fixture fails the test


async def test_rate_limit_answers_429_with_discords_body_and_headers(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    rule = fake.rate_limit("POST", r"/channels/\d+/messages", limit=1, per=0.6)
    try:
        ok, _, first = await _post(api, _messages_path(fake), {"content": "one"})
        status, body, headers = await _post(api, _messages_path(fake), {"content": "two"})
    finally:
        fake.rate_limits.remove(rule)

    assert ok == 200 and first["X-RateLimit-Limit"] == "1" and first["X-RateLimit-Remaining"] == "0"
    assert status == 429
    assert (
        body["message"] == "You are being rate limited." and body["global"] is False and 0 < body["retry_after"] <= 0.6
    )
    assert headers["Retry-After"] == "1" and headers["X-RateLimit-Scope"] == "user"
    assert headers["X-RateLimit-Bucket"] == first["X-RateLimit-Bucket"] == rule.bucket
    assert float(headers["X-RateLimit-Reset-After"]) == pytest.approx(body["retry_after"], abs=0.01)


async def test_discord_py_waits_out_the_rate_limit(fake: FakeDiscord, http: discord.http.HTTPClient) -> None:
    rule = fake.rate_limit("POST", r"/channels/\d+/messages", limit=1, per=0.4)
    channel = fake.channel("daily").id
    started = time.perf_counter()
    try:
        for text in ("first", "second"):
            await http.send_message(channel, params=discord.http.handle_message_parameters(content=text))
    finally:
        fake.rate_limits.remove(rule)

    assert time.perf_counter() - started >= 0.3
    assert [m.content for m in fake.history("daily")][-2:] == ["first", "second"]


async def test_emoji_shortcode_is_not_an_emoji(fake: FakeDiscord, api: aiohttp.ClientSession) -> None:
    _, body, _ = await _post(api, _messages_path(fake), {"content": "react here"})
    async with api.put(f"{_messages_path(fake)}/{body['id']}/reactions/%3Athumbsup%3A/@me") as response:
        assert (response.status, await response.json()) == (400, {"message": "Unknown Emoji", "code": 10014})
    async with api.put(f"{_messages_path(fake)}/{body['id']}/reactions/%F0%9F%91%8D/@me") as response:
        assert response.status == 204


async def test_without_message_content_intent_others_messages_read_empty(
    fake: FakeDiscord, api: aiohttp.ClientSession
) -> None:
    alice = fake.user("alice")
    secret = await alice.say("practice", "my answer is 42")
    mention = await alice.say("practice", f"{fake.me.mention} hint please")

    async with api.get(f"channels/{fake.channel('practice').id}/messages", params={"limit": "2"}) as response:
        history = await response.json()

    assert [m["id"] for m in history] == [str(mention.id), str(secret.id)], "newest first"
    assert [m["content"] for m in history] == [f"{fake.me.mention} hint please", ""]
