"""REST: channels, messages, history, reactions, threads and DMs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import limits
from . import permissions as perms
from .errors import DiscordError, FormErrors, missing_permissions, not_found
from .models import DM, PRIVATE_THREAD, PUBLIC_THREAD, Channel
from .rest import Req, Router, attachments_from
from .state import parse_emoji

if TYPE_CHECKING:
    from .server import FakeDiscord

router = Router()


def _channel(fake: FakeDiscord, req: Req) -> Channel:
    channel = fake.world.channel(req.params["channel_id"])
    fake.world.require(fake.me.id, channel, 0)
    return channel


@router.route("GET", "/channels/{channel_id}")
async def get_channel(fake: FakeDiscord, req: Req) -> Any:
    """A channel or thread."""
    return _channel(fake, req).payload()


@router.route("PATCH", "/channels/{channel_id}")
async def patch_channel(fake: FakeDiscord, req: Req) -> Any:
    """Edit a channel; for a thread: rename, archive, lock."""
    channel = _channel(fake, req)
    body = req.body()
    if channel.is_thread:
        return (await fake.world.update_thread(channel, fake.me, body)).payload()
    fake.world.require(fake.me.id, channel, perms.MANAGE_CHANNELS)
    if "name" in body:
        errors = FormErrors()
        if not 1 <= len(body["name"] or "") <= 100:
            errors.bad_length(("name",), 1, 100)
        errors.raise_if_any()
        channel.name = body["name"]
    if "topic" in body:
        channel.topic = body["topic"]
    await fake.gateway.dispatch("CHANNEL_UPDATE", channel.payload(), intent=1)
    return channel.payload()


@router.route("DELETE", "/channels/{channel_id}")
async def delete_channel(fake: FakeDiscord, req: Req) -> Any:
    """Delete a thread (or close a DM)."""
    channel = _channel(fake, req)
    if not channel.is_thread:
        fake.world.require(fake.me.id, channel, perms.MANAGE_CHANNELS)
        fake.world.guild.channels.pop(channel.id, None)
        await fake.gateway.dispatch("CHANNEL_DELETE", channel.payload(), intent=1)
        return channel.payload()
    fake.world.require(fake.me.id, channel, perms.MANAGE_THREADS)
    fake.world.guild.threads.pop(channel.id, None)
    event = {
        "id": str(channel.id),
        "guild_id": str(channel.guild_id),
        "parent_id": str(channel.parent_id),
        "type": channel.type,
    }
    await fake.gateway.dispatch("THREAD_DELETE", event, intent=1)
    return channel.payload()


# — messages —
@router.route("POST", "/channels/{channel_id}/messages")
async def create_message(fake: FakeDiscord, req: Req) -> Any:
    """Send a message as the bot."""
    channel = _channel(fake, req)
    world = fake.world
    if channel.type == DM:
        assert channel.recipient is not None
        if not channel.recipient.dms_open:
            raise DiscordError(403, 50007, "Cannot send messages to this user")
    else:
        world.require(fake.me.id, channel, perms.SEND_MESSAGES_IN_THREADS if channel.is_thread else perms.SEND_MESSAGES)
    body = req.body()
    limits.check_message(body, files=len(req.files))
    flags = int(body.get("flags") or 0)
    if flags & ~(limits.IS_COMPONENTS_V2 | (1 << 2) | (1 << 12)):
        errors = FormErrors()
        errors.add(("flags",), "MESSAGE_FLAGS_INVALID", "Invalid flags")
        errors.raise_if_any()
    if channel.is_thread:
        await world.unarchive_for_message(channel, fake.me)
    msg = await world.create_message(channel, fake.me, body, attachments=attachments_from(req, channel.id))
    return msg.payload(me=fake.me.id)


def _limit(req: Req, default: int = 50, high: int = 100) -> int:
    try:
        limit = int(req.query.get("limit", default))
    except ValueError:
        limit = -1
    if not 1 <= limit <= high:
        errors = FormErrors()
        errors.add(
            ("limit",), "NUMBER_TYPE_MAX" if limit > high else "NUMBER_TYPE_MIN", f"Must be between 1 and {high}."
        )
        errors.raise_if_any()
    return limit


@router.route("GET", "/channels/{channel_id}/messages")
async def get_history(fake: FakeDiscord, req: Req) -> Any:
    """Read history, newest first, with before / after / around."""
    channel = _channel(fake, req)
    limit = _limit(req)
    if not fake.world.permissions(fake.me.id, channel) & perms.READ_MESSAGE_HISTORY:
        return []
    messages = fake.world.history(channel)
    if "before" in req.query:
        messages = [m for m in messages if m.id < int(req.query["before"])][-limit:]
    elif "after" in req.query:
        messages = [m for m in messages if m.id > int(req.query["after"])][:limit]
    elif "around" in req.query:
        around = int(req.query["around"])
        older = [m for m in messages if m.id <= around][-(limit // 2 + limit % 2) :]
        newer = [m for m in messages if m.id > around][: limit // 2]
        messages = older + newer
    else:
        messages = messages[-limit:]
    return [fake.world.rest_message(m) for m in reversed(messages)]


@router.route("GET", "/channels/{channel_id}/messages/{message_id}")
async def get_message(fake: FakeDiscord, req: Req) -> Any:
    """Fetch one message."""
    channel = _channel(fake, req)
    fake.world.require(fake.me.id, channel, perms.READ_MESSAGE_HISTORY)
    return fake.world.rest_message(fake.world.message(channel, req.params["message_id"]))


@router.route("PATCH", "/channels/{channel_id}/messages/{message_id}")
async def edit_message(fake: FakeDiscord, req: Req) -> Any:
    """Edit the bot's own message."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    if msg.data["author"]["id"] != str(fake.me.id):
        body = req.body()
        if set(body) - {"flags"}:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        fake.world.require(fake.me.id, channel, perms.MANAGE_MESSAGES)
    if channel.is_thread:
        await fake.world.unarchive_for_message(channel, fake.me)
    await fake.world.edit_message(msg, req.body(), attachments=attachments_from(req, channel.id))
    return fake.world.rest_message(msg)


@router.route("DELETE", "/channels/{channel_id}/messages/{message_id}")
async def delete_message(fake: FakeDiscord, req: Req) -> None:
    """Delete a message (another's needs Manage Messages)."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    if msg.data["author"]["id"] != str(fake.me.id) and channel.type != DM:
        fake.world.require(fake.me.id, channel, perms.MANAGE_MESSAGES)
    await fake.world.delete_message(msg)


# — reactions —
@router.route("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me")
async def add_reaction(fake: FakeDiscord, req: Req) -> None:
    """The bot reacts."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    await fake.world.add_reaction(msg, fake.me, parse_emoji(req.params["emoji"]))


@router.route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me")
async def remove_own_reaction(fake: FakeDiscord, req: Req) -> None:
    """The bot removes its reaction."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    await fake.world.remove_reaction(msg, fake.me, parse_emoji(req.params["emoji"]))


@router.route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}")
async def remove_user_reaction(fake: FakeDiscord, req: Req) -> None:
    """The bot removes someone's reaction (needs Manage Messages)."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    fake.world.require(fake.me.id, channel, perms.MANAGE_MESSAGES)
    await fake.world.remove_reaction(msg, fake.world.user(req.params["user_id"]), parse_emoji(req.params["emoji"]))


@router.route("GET", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}")
async def reaction_users(fake: FakeDiscord, req: Req) -> Any:
    """Who reacted with an emoji, by ascending user id, paged with `after`."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    fake.world.require(fake.me.id, channel, perms.READ_MESSAGE_HISTORY)
    emoji = parse_emoji(req.params["emoji"])
    limit = _limit(req, default=25)
    if req.query.get("type", "0") == "1":
        return []  # no super reactions in the fake
    reaction = msg.reactions.get(f"{emoji['name']}:{emoji['id']}" if emoji.get("id") else emoji["name"])
    ids = sorted(reaction.user_ids) if reaction else []
    after = int(req.query.get("after", 0))
    return [fake.world.user(uid).payload() for uid in ids if uid > after][:limit]


@router.route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions")
async def clear_reactions(fake: FakeDiscord, req: Req) -> None:
    """Remove all reactions (needs Manage Messages)."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    fake.world.require(fake.me.id, channel, perms.MANAGE_MESSAGES)
    await fake.world.clear_reactions(msg)


@router.route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}")
async def clear_emoji(fake: FakeDiscord, req: Req) -> None:
    """Remove all reactions of one emoji (needs Manage Messages)."""
    channel = _channel(fake, req)
    msg = fake.world.message(channel, req.params["message_id"])
    fake.world.require(fake.me.id, channel, perms.MANAGE_MESSAGES)
    await fake.world.clear_reactions(msg, parse_emoji(req.params["emoji"]))


# — threads —
@router.route("POST", "/channels/{channel_id}/threads")
async def create_thread(fake: FakeDiscord, req: Req) -> Any:
    """Start a thread without a message (type 11 public or 12 private)."""
    channel = _channel(fake, req)
    body = req.body()
    kind = body.get("type", PRIVATE_THREAD)
    if kind not in (PUBLIC_THREAD, PRIVATE_THREAD):
        errors = FormErrors()
        errors.add(("type",), "BASE_TYPE_CHOICES", "Value must be one of {11, 12}.")
        errors.raise_if_any()
    thread = await fake.world.create_thread(
        channel,
        fake.me,
        body.get("name"),
        kind=kind,
        auto_archive_duration=body.get("auto_archive_duration"),
        invitable=body.get("invitable", True),
        rate_limit_per_user=body.get("rate_limit_per_user") or 0,
    )
    return thread.payload()


@router.route("POST", "/channels/{channel_id}/messages/{message_id}/threads")
async def create_thread_from_message(fake: FakeDiscord, req: Req) -> Any:
    """Start a public thread on a message; the thread's id is the message's."""
    channel = _channel(fake, req)
    starter = fake.world.message(channel, req.params["message_id"])
    body = req.body()
    thread = await fake.world.create_thread(
        channel,
        fake.me,
        body.get("name"),
        kind=PUBLIC_THREAD,
        auto_archive_duration=body.get("auto_archive_duration"),
        rate_limit_per_user=body.get("rate_limit_per_user") or 0,
        starter=starter,
    )
    return thread.payload()


def _thread(fake: FakeDiscord, req: Req) -> Channel:
    thread = _channel(fake, req)
    if not thread.is_thread:
        raise DiscordError(400, 50024, "Cannot execute action on this channel type")
    return thread


@router.route("PUT", "/channels/{channel_id}/thread-members/@me")
async def join_thread(fake: FakeDiscord, req: Req) -> None:
    """The bot joins a thread."""
    await fake.world.add_thread_member(_thread(fake, req), fake.me)


@router.route("DELETE", "/channels/{channel_id}/thread-members/@me")
async def leave_thread(fake: FakeDiscord, req: Req) -> None:
    """The bot leaves a thread."""
    await fake.world.remove_thread_member(_thread(fake, req), fake.me)


@router.route("PUT", "/channels/{channel_id}/thread-members/{user_id}")
async def add_thread_member(fake: FakeDiscord, req: Req) -> None:
    """Add someone to a thread (the bot must be able to send there; private threads need membership)."""
    thread = _thread(fake, req)
    fake.world.require(fake.me.id, thread, perms.SEND_MESSAGES_IN_THREADS)
    if thread.type == PRIVATE_THREAD and fake.me.id not in thread.member_ids:
        fake.world.require(fake.me.id, thread, perms.MANAGE_THREADS)
    await fake.world.add_thread_member(thread, fake.world.user(req.params["user_id"]))


@router.route("DELETE", "/channels/{channel_id}/thread-members/{user_id}")
async def remove_thread_member(fake: FakeDiscord, req: Req) -> None:
    """Remove someone from a thread (needs Manage Threads unless the bot owns a private thread)."""
    thread = _thread(fake, req)
    if not (thread.type == PRIVATE_THREAD and thread.owner_id == fake.me.id):
        fake.world.require(fake.me.id, thread, perms.MANAGE_THREADS)
    await fake.world.remove_thread_member(thread, fake.world.user(req.params["user_id"]))


@router.route("GET", "/channels/{channel_id}/thread-members")
async def list_thread_members(fake: FakeDiscord, req: Req) -> Any:
    """A thread's members."""
    thread = _thread(fake, req)
    return [thread.thread_member(uid) for uid in thread.member_ids]


@router.route("GET", "/channels/{channel_id}/thread-members/{user_id}")
async def get_thread_member(fake: FakeDiscord, req: Req) -> Any:
    """One thread member."""
    thread = _thread(fake, req)
    user_id = fake.me.id if req.params["user_id"] == "@me" else int(req.params["user_id"])
    if user_id not in thread.member_ids:
        raise not_found(10007, "Member")
    return thread.thread_member(user_id)


@router.route("GET", "/channels/{channel_id}/threads/archived/public")
async def archived_public_threads(fake: FakeDiscord, req: Req) -> Any:
    """A channel's archived public threads, newest archive first."""
    channel = _channel(fake, req)
    fake.world.require(fake.me.id, channel, perms.READ_MESSAGE_HISTORY)
    threads = [
        t
        for t in fake.world.guild.threads.values()
        if t.parent_id == channel.id and t.archived and t.type == PUBLIC_THREAD
    ]
    threads.sort(key=lambda t: t.archive_timestamp, reverse=True)
    if "before" in req.query:
        threads = [t for t in threads if t.archive_timestamp < req.query["before"]]
    limit = _limit(req, default=50)
    return {"threads": [t.payload() for t in threads[:limit]], "members": [], "has_more": len(threads) > limit}


# — DMs —
@router.route("POST", "/users/@me/channels")
async def open_dm(fake: FakeDiscord, req: Req) -> Any:
    """Open (or reuse) the bot's DM channel with a user."""
    recipient = req.body().get("recipient_id")
    if recipient is None:
        errors = FormErrors()
        errors.required(("recipient_id",))
        errors.raise_if_any()
    user = fake.world.user(recipient)
    if user.bot:
        raise missing_permissions()
    return fake.world.open_dm(user).payload()
