"""The world's mutations — messages, reactions, threads, DMs — each echoed on the gateway as Discord would."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

from . import limits
from . import permissions as perms
from .errors import MISSING_ACCESS, DiscordError, missing_permissions, not_found
from .gateway import (
    DIRECT_MESSAGE_REACTIONS,
    DIRECT_MESSAGES,
    GUILD_MEMBERS,
    GUILD_MESSAGE_REACTIONS,
    GUILD_MESSAGES,
    GUILDS,
    MESSAGE_CONTENT,
    Session,
)
from .models import (
    DM,
    EPHEMERAL,
    PRIVATE_THREAD,
    PUBLIC_THREAD,
    TEXT,
    Application,
    Channel,
    Guild,
    Member,
    Message,
    Reaction,
    User,
)
from .snowflake import iso, new_id

if TYPE_CHECKING:
    from .gateway import Gateway

USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
THREAD_CREATED = 18
DEFAULT, REPLY = 0, 19


def emoji_key(emoji: dict[str, Any]) -> str:
    """Return the key Discord's URLs use: the character, or name:id for a custom emoji."""
    return f"{emoji['name']}:{emoji['id']}" if emoji.get("id") else emoji["name"]


def parse_emoji(text: str) -> dict[str, Any]:
    """Read an emoji from a URL segment; a bare word like `thumbsup` is not an emoji (10014)."""
    text = text.removeprefix("<").removesuffix(">").removeprefix("a:")
    if ":" in text:
        name, _, emoji_id = text.rpartition(":")
        if not emoji_id.isdigit():
            raise DiscordError(400, 10014, "Unknown Emoji")
        return {"id": emoji_id, "name": name}
    if not text or text.isascii():
        raise DiscordError(400, 10014, "Unknown Emoji")
    return {"id": None, "name": text}


def _assign_component_ids(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Number components without an `id`, depth first from 1, as Discord does."""
    components = copy.deepcopy(components)
    used = {c["id"] for c in limits.walk_components(components) if "id" in c}
    counter = 0
    for component in limits.walk_components(components):
        if "id" not in component:
            counter += 1
            while counter in used:
                counter += 1
            component["id"] = counter
    return components


def _normalise_embed(embed: dict[str, Any]) -> dict[str, Any]:
    embed = copy.deepcopy(embed)
    embed.setdefault("type", "rich")
    for item in embed.get("fields", []):
        item.setdefault("inline", False)
    embed.setdefault("content_scan_version", 0)
    return embed


class World:
    """Everything the fake knows, and the operations on it."""

    def __init__(self, app: Application, guild: Guild, gateway: Gateway) -> None:
        self.app = app
        self.guild = guild  # the server tests use by default; `guilds` holds it and any added with add_guild
        self.guilds: dict[int, Guild] = {guild.id: guild}
        self.gateway = gateway
        self.users: dict[int, User] = {app.bot.id: app.bot}
        self.dm_channels: dict[int, Channel] = {}  # recipient id → DM channel with the bot
        self.messages: dict[int, Message] = {}
        self.channel_messages: dict[int, list[int]] = {}
        for member in guild.members.values():
            self.users[member.user.id] = member.user

    # — lookups —
    def channel(self, channel_id: int | str) -> Channel:
        """Return any channel, thread or DM by id, or raise 10003 Unknown Channel."""
        try:
            cid = int(channel_id)
        except ValueError:
            raise not_found(10003, "Channel") from None
        found = None
        for guild in self.guilds.values():
            found = guild.channels.get(cid) or guild.threads.get(cid)
            if found is not None:
                break
        if found is None:
            found = next((c for c in self.dm_channels.values() if c.id == cid), None)
        if found is None:
            raise not_found(10003, "Channel")
        return found

    def message(self, channel: Channel, message_id: int | str) -> Message:
        """Return a channel's message, or raise 10008 Unknown Message."""
        msg = self.messages.get(int(message_id))
        if msg is None or msg.channel_id != channel.id or msg.visible_to is not None:
            raise not_found(10008, "Message")
        return msg

    def guild_of(self, channel: Channel) -> Guild:
        """Return the server a channel or thread belongs to (the default server for a DM)."""
        return self.guilds.get(channel.guild_id or 0, self.guild)

    def user(self, user_id: int | str) -> User:
        """Return a user, or raise 10013 Unknown User."""
        try:
            return self.users[int(user_id)]
        except (KeyError, ValueError):
            raise not_found(10013, "User") from None

    def member(self, user_id: int) -> Member | None:
        """Return a member of the server."""
        return self.guild.members.get(user_id)

    def history(self, channel: Channel) -> list[Message]:
        """Return a channel's messages, oldest first."""
        return [self.messages[i] for i in self.channel_messages.get(channel.id, []) if i in self.messages]

    def permissions(self, user_id: int, channel: Channel) -> int:
        """Return a user's permissions in a channel (everything in a DM except thread and admin rights)."""
        if channel.type == DM:
            return (
                perms.VIEW_CHANNEL
                | perms.SEND_MESSAGES
                | perms.READ_MESSAGE_HISTORY
                | perms.ADD_REACTIONS
                | perms.EMBED_LINKS
            )
        return self.guild_of(channel).permissions(user_id, channel)

    def require(self, user_id: int, channel: Channel, needed: int) -> None:
        """Raise 50001 Missing Access or 50013 Missing Permissions unless a user holds every bit."""
        have = self.permissions(user_id, channel)
        if not have & perms.VIEW_CHANNEL:
            raise MISSING_ACCESS
        if have & needed != needed:
            raise missing_permissions()

    # — gateway shapes —
    def _visible_content(self, session: Session, data: dict[str, Any], author_id: int, is_dm: bool) -> dict[str, Any]:
        """Strip content from other people's messages for a session without MESSAGE_CONTENT, as Discord does."""
        if session.intents & MESSAGE_CONTENT or is_dm or author_id == self.app.bot.id:
            return data
        if any(str(self.app.bot.id) == m["id"] for m in data.get("mentions", [])):
            return data
        stripped = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        stripped.pop("poll", None)
        return stripped

    def rest_message(self, msg: Message) -> dict[str, Any]:
        """Return a message as REST shows it to the bot: without MESSAGE_CONTENT approval, others' text is empty."""
        data = msg.payload(me=self.app.bot.id)
        if self.app.privileged_intents & MESSAGE_CONTENT or self.channel(msg.channel_id).type == DM:
            return data
        if data["author"]["id"] == str(self.app.bot.id) or any(
            m["id"] == str(self.app.bot.id) for m in data["mentions"]
        ):
            return data
        stripped = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        stripped.pop("poll", None)
        return stripped

    def gateway_message(self, msg: Message) -> dict[str, Any]:
        """Return a message as MESSAGE_CREATE/UPDATE carries it: with guild_id and the author's member."""
        data = msg.payload(me=self.app.bot.id)
        channel = self.channel(msg.channel_id)
        if channel.type != DM:
            data["guild_id"] = str(self.guild_of(channel).id)
            member = self.member(int(data["author"]["id"]))
            if member is not None and not data.get("webhook_id"):
                data["member"] = member.payload(with_user=False)
        return data

    async def dispatch_message(self, event: str, msg: Message) -> None:
        """Echo a message event to sessions with GUILD_MESSAGES (or DIRECT_MESSAGES in a DM)."""
        if msg.visible_to is not None:
            return  # ephemeral messages never reach the gateway
        channel = self.channel(msg.channel_id)
        is_dm = channel.type == DM
        data = self.gateway_message(msg)
        author = int(data["author"]["id"])
        await self.gateway.dispatch(
            event,
            data,
            intent=DIRECT_MESSAGES if is_dm else GUILD_MESSAGES,
            shape=lambda session, d: self._visible_content(session, d, author, is_dm),
        )

    # — messages —
    def _mentions(
        self, content: str, allowed: dict[str, Any] | None, reference: Message | None
    ) -> tuple[list, list, bool]:
        """Return (users, role ids, everyone) actually pinged: what `allowed_mentions` lets through."""
        parse = ["users", "roles", "everyone"] if allowed is None else list(allowed.get("parse", []))
        allowed_users = {int(u) for u in (allowed or {}).get("users", [])}
        allowed_roles = {int(r) for r in (allowed or {}).get("roles", [])}
        users = []
        for raw in dict.fromkeys(USER_MENTION.findall(content)):
            uid = int(raw)
            if uid in self.users and ("users" in parse or uid in allowed_users):
                users.append(self.users[uid])
        roles = [
            int(r)
            for r in dict.fromkeys(ROLE_MENTION.findall(content))
            if any(int(r) in g.roles for g in self.guilds.values()) and ("roles" in parse or int(r) in allowed_roles)
        ]
        everyone = "everyone" in parse and ("@everyone" in content or "@here" in content)
        replied = allowed is None or allowed.get("replied_user", False)
        if reference is not None and replied:
            author = self.users.get(int(reference.data["author"]["id"]))
            if author is not None and author not in users:
                users.append(author)
        return users, roles, everyone

    async def create_message(
        self,
        channel: Channel,
        author: User,
        body: dict[str, Any],
        *,
        attachments: list[dict[str, Any]] | None = None,
        kind: int | None = None,
        visible_to: int | None = None,
        extra: dict[str, Any] | None = None,
        dispatch: bool = True,
    ) -> Message:
        """Store a message and echo MESSAGE_CREATE (unless ephemeral)."""
        if body.get("nonce") is not None and body.get("enforce_nonce"):
            key = (str(body["nonce"]), author.id)
            for existing_id in reversed(self.channel_messages.get(channel.id, [])[-50:]):
                existing = self.messages.get(existing_id)
                if existing is not None and existing.nonce_author == key:
                    return existing  # Discord deduplicates an enforced nonce: no second message
        reference = None
        ref = body.get("message_reference")
        if ref and ref.get("message_id"):
            try:
                reference = self.message(self.channel(ref.get("channel_id") or channel.id), ref["message_id"])
            except DiscordError:
                if ref.get("fail_if_not_exists", True):
                    errors = limits.FormErrors()
                    errors.add(("message_reference",), "REPLIES_UNKNOWN_MESSAGE", "Unknown message")
                    errors.raise_if_any()
        content = body.get("content") or ""
        users, roles, everyone = self._mentions(content, body.get("allowed_mentions"), reference)
        msg_id = new_id()
        data: dict[str, Any] = {
            "id": str(msg_id),
            "channel_id": str(channel.id),
            "author": author.payload(),
            "content": content,
            "timestamp": iso(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": everyone,
            "mentions": [u.payload() for u in users],
            "mention_roles": [str(r) for r in roles],
            "attachments": attachments or [],
            "embeds": [_normalise_embed(e) for e in body.get("embeds") or []],
            "pinned": False,
            "type": kind if kind is not None else (REPLY if reference else DEFAULT),
            "flags": int(body.get("flags") or 0),
            "components": _assign_component_ids(body.get("components") or []),
        }
        if body.get("nonce") is not None:
            data["nonce"] = body["nonce"]
        if body.get("poll"):
            data["poll"] = body["poll"]
        if reference is not None:
            data["message_reference"] = {
                "type": 0,
                "message_id": str(reference.id),
                "channel_id": str(reference.channel_id),
                **({"guild_id": str(self.guild_of(channel).id)} if channel.type != DM else {}),
            }
            data["referenced_message"] = reference.payload()
        if channel.is_thread:
            data["position"] = channel.total_message_sent
        if extra:
            data.update(extra)
        msg = Message(data, visible_to=visible_to)
        if body.get("nonce") is not None and body.get("enforce_nonce"):
            msg.nonce_author = (str(body["nonce"]), author.id)
        self.messages[msg_id] = msg
        if visible_to is None:
            self.channel_messages.setdefault(channel.id, []).append(msg_id)
            channel.last_message_id = msg_id
            if channel.is_thread:
                channel.message_count += 1
                channel.total_message_sent += 1
        if dispatch:
            await self.dispatch_message("MESSAGE_CREATE", msg)
        return msg

    async def edit_message(self, msg: Message, body: dict[str, Any], *, attachments: list | None = None) -> Message:
        """Apply an edit and echo MESSAGE_UPDATE (unless ephemeral)."""
        limits.check_message(body, creating=False)
        data = msg.data
        for key in ("content", "flags"):
            if key in body and body[key] is not None:
                data[key] = body[key] if key == "content" else (int(body[key]) | (data["flags"] & EPHEMERAL))
        if "content" in body and body["content"] is None:
            data["content"] = ""
        if "embeds" in body:
            data["embeds"] = [_normalise_embed(e) for e in body["embeds"] or []]
        if "components" in body:
            data["components"] = _assign_component_ids(body["components"] or [])
        if "attachments" in body:
            keep = {str(a.get("id")) for a in body["attachments"] or []}
            data["attachments"] = [a for a in data["attachments"] if a["id"] in keep] + (attachments or [])
        if "content" in body:
            users, roles, everyone = self._mentions(data["content"], body.get("allowed_mentions"), None)
            data.update(
                mentions=[u.payload() for u in users], mention_roles=[str(r) for r in roles], mention_everyone=everyone
            )
        data["edited_timestamp"] = iso()
        await self.dispatch_message("MESSAGE_UPDATE", msg)
        return msg

    async def delete_message(self, msg: Message) -> None:
        """Delete a message and echo MESSAGE_DELETE."""
        self.messages.pop(msg.id, None)
        ids = self.channel_messages.get(msg.channel_id, [])
        if msg.id in ids:
            ids.remove(msg.id)
        channel = self.channel(msg.channel_id)
        if channel.is_thread:
            channel.message_count = max(0, channel.message_count - 1)
        if msg.visible_to is None:
            data = {"id": str(msg.id), "channel_id": str(msg.channel_id)}
            if channel.type != DM:
                data["guild_id"] = str(self.guild_of(channel).id)
            await self.gateway.dispatch(
                "MESSAGE_DELETE", data, intent=DIRECT_MESSAGES if channel.type == DM else GUILD_MESSAGES
            )

    # — reactions —
    def _reaction_event(self, msg: Message, user: User, emoji: dict[str, Any], *, added: bool) -> dict[str, Any]:
        channel = self.channel(msg.channel_id)
        data: dict[str, Any] = {
            "user_id": str(user.id),
            "channel_id": str(msg.channel_id),
            "message_id": str(msg.id),
            "emoji": {"id": emoji.get("id"), "name": emoji["name"]},
            "burst": False,
            "type": 0,
        }
        if channel.type != DM:
            data["guild_id"] = str(self.guild_of(channel).id)
            if added:
                member = self.member(user.id)
                if member is not None:
                    data["member"] = member.payload()
        if added:
            data["message_author_id"] = msg.data["author"]["id"]
            data["burst_colors"] = []
        return data

    async def add_reaction(self, msg: Message, user: User, emoji: dict[str, Any]) -> None:
        """Add a user's reaction and echo MESSAGE_REACTION_ADD (nothing if it was already there)."""
        channel = self.channel(msg.channel_id)
        key = emoji_key(emoji)
        reaction = msg.reactions.get(key)
        needed = perms.READ_MESSAGE_HISTORY | (0 if reaction and reaction.user_ids else perms.ADD_REACTIONS)
        self.require(user.id, channel, needed)
        if reaction is None:
            if len([r for r in msg.reactions.values() if r.user_ids]) >= 20:
                raise DiscordError(400, 30010, "Maximum number of reactions reached (20)")
            reaction = msg.reactions[key] = Reaction(dict(emoji))
        if user.id in reaction.user_ids:
            return
        reaction.user_ids.append(user.id)
        intent = DIRECT_MESSAGE_REACTIONS if channel.type == DM else GUILD_MESSAGE_REACTIONS
        await self.gateway.dispatch(
            "MESSAGE_REACTION_ADD", self._reaction_event(msg, user, emoji, added=True), intent=intent
        )

    async def remove_reaction(self, msg: Message, user: User, emoji: dict[str, Any]) -> None:
        """Remove a user's reaction and echo MESSAGE_REACTION_REMOVE."""
        channel = self.channel(msg.channel_id)
        reaction = msg.reactions.get(emoji_key(emoji))
        if reaction is None or user.id not in reaction.user_ids:
            return
        reaction.user_ids.remove(user.id)
        intent = DIRECT_MESSAGE_REACTIONS if channel.type == DM else GUILD_MESSAGE_REACTIONS
        await self.gateway.dispatch(
            "MESSAGE_REACTION_REMOVE", self._reaction_event(msg, user, emoji, added=False), intent=intent
        )

    async def clear_reactions(self, msg: Message, emoji: dict[str, Any] | None = None) -> None:
        """Remove every reaction (or every one of an emoji) and echo the matching event."""
        channel = self.channel(msg.channel_id)
        intent = DIRECT_MESSAGE_REACTIONS if channel.type == DM else GUILD_MESSAGE_REACTIONS
        data: dict[str, Any] = {"channel_id": str(msg.channel_id), "message_id": str(msg.id)}
        if channel.type != DM:
            data["guild_id"] = str(self.guild_of(channel).id)
        if emoji is None:
            msg.reactions.clear()
            await self.gateway.dispatch("MESSAGE_REACTION_REMOVE_ALL", data, intent=intent)
        else:
            msg.reactions.pop(emoji_key(emoji), None)
            await self.gateway.dispatch("MESSAGE_REACTION_REMOVE_EMOJI", {**data, "emoji": emoji}, intent=intent)

    # — threads —
    def _can_see_thread(self, session: Session, thread: Channel) -> bool:
        me = self.app.bot.id
        if thread.type != PRIVATE_THREAD:
            return True
        return me in thread.member_ids or bool(self.permissions(me, thread) & perms.MANAGE_THREADS)

    async def create_thread(
        self,
        parent: Channel,
        creator: User,
        name: Any,
        *,
        kind: int = PUBLIC_THREAD,
        auto_archive_duration: int | None = None,
        invitable: bool = True,
        rate_limit_per_user: int = 0,
        starter: Message | None = None,
    ) -> Channel:
        """Create a thread (from a message when `starter` is given) and echo THREAD_CREATE."""
        if parent.type == DM or parent.is_thread:
            raise DiscordError(400, 50024, "Cannot execute action on this channel type")
        needed = perms.CREATE_PRIVATE_THREADS if kind == PRIVATE_THREAD else perms.CREATE_PUBLIC_THREADS
        if starter is not None:
            needed |= perms.READ_MESSAGE_HISTORY
        self.require(creator.id, parent, perms.SEND_MESSAGES_IN_THREADS | needed)
        limits.check_thread_name(name)
        limits.check_archive_duration(auto_archive_duration)
        if starter is not None and starter.data.get("thread"):
            raise DiscordError(400, 160004, "A thread has already been created for this message")
        thread = Channel(
            starter.id if starter is not None else new_id(),
            kind,
            name,
            guild_id=self.guild_of(parent).id,
            parent_id=parent.id,
            owner_id=creator.id,
            auto_archive_duration=auto_archive_duration or 1_440,
            invitable=invitable,
            member_ids=[creator.id],
            rate_limit_per_user=rate_limit_per_user,
        )
        self.guild_of(parent).threads[thread.id] = thread
        if starter is not None:
            starter.data["thread"] = thread.payload()
            starter.data["flags"] = starter.data.get("flags", 0) | (1 << 5)  # HAS_THREAD
        await self.gateway.dispatch(
            "THREAD_CREATE",
            {**thread.payload(), "newly_created": True},
            intent=GUILDS,
            shape=lambda session, d: d if self._can_see_thread(session, thread) else None,
        )
        if starter is None and kind == PUBLIC_THREAD:
            # Discord posts "<user> started a thread" in the parent channel.
            await self.create_message(
                parent,
                creator,
                {"content": name},
                kind=THREAD_CREATED,
                extra={
                    "message_reference": {
                        "type": 0,
                        "channel_id": str(thread.id),
                        "guild_id": str(self.guild_of(parent).id),
                    }
                },
            )
        return thread

    async def add_thread_member(self, thread: Channel, user: User) -> None:
        """Add a member to a thread; echo THREAD_MEMBERS_UPDATE (to GUILD_MEMBERS sessions, or when it is the bot)."""
        if user.id in thread.member_ids:
            return
        if thread.archived:
            raise DiscordError(400, 50083, "Thread is archived")
        if self.member(user.id) is None:
            raise not_found(10007, "Member")
        thread.member_ids.append(user.id)
        joined = iso()
        added = {**thread.thread_member(user.id, joined)}
        member = self.member(user.id)
        if member is not None:
            added["member"] = member.payload()
            added["presence"] = None
        data = {
            "id": str(thread.id),
            "guild_id": str(self.guild_of(thread).id),
            "member_count": min(len(thread.member_ids), 50),
            "added_members": [added],
        }
        me = self.app.bot.id
        if user.id == me and thread.type == PRIVATE_THREAD:
            await self.gateway.dispatch(
                "THREAD_CREATE", {**thread.payload(), "member": thread.thread_member(me, joined)}, intent=GUILDS
            )
        await self.gateway.dispatch(
            "THREAD_MEMBERS_UPDATE",
            data,
            shape=lambda session, d: d if session.intents & GUILD_MEMBERS or user.id == me else None,
        )

    async def remove_thread_member(self, thread: Channel, user: User) -> None:
        """Remove a member from a thread and echo THREAD_MEMBERS_UPDATE."""
        if user.id not in thread.member_ids:
            return
        thread.member_ids.remove(user.id)
        data = {
            "id": str(thread.id),
            "guild_id": str(self.guild_of(thread).id),
            "member_count": min(len(thread.member_ids), 50),
            "removed_member_ids": [str(user.id)],
        }
        me = self.app.bot.id
        await self.gateway.dispatch(
            "THREAD_MEMBERS_UPDATE",
            data,
            shape=lambda session, d: d if session.intents & GUILD_MEMBERS or user.id == me else None,
        )

    async def update_thread(self, thread: Channel, actor: User, body: dict[str, Any]) -> Channel:
        """Rename, archive, lock or unarchive a thread; echo THREAD_UPDATE."""
        have = self.permissions(actor.id, thread)
        manage = bool(have & perms.MANAGE_THREADS)
        owner = thread.owner_id == actor.id
        if "name" in body:
            limits.check_thread_name(body["name"])
        limits.check_archive_duration(body.get("auto_archive_duration"))
        if thread.locked and not manage and body.get("archived") is False:
            raise DiscordError(400, 160005, "Thread is locked")
        if "locked" in body and body["locked"] != thread.locked and not manage:
            raise missing_permissions()
        if ("name" in body or "archived" in body or "auto_archive_duration" in body) and not (owner or manage):
            raise missing_permissions()
        if thread.archived and body.get("archived") is not False and set(body) - {"archived", "locked"}:
            raise DiscordError(400, 50083, "Thread is archived")
        if "name" in body:
            thread.name = body["name"]
        if "archived" in body and body["archived"] is not None:
            thread.archived = bool(body["archived"])
            thread.archive_timestamp = iso()
        if "locked" in body and body["locked"] is not None:
            thread.locked = bool(body["locked"])
        for key in ("auto_archive_duration", "invitable", "rate_limit_per_user"):
            if body.get(key) is not None:
                setattr(thread, key, body[key])
        await self.gateway.dispatch(
            "THREAD_UPDATE",
            thread.payload(),
            intent=GUILDS,
            shape=lambda session, d: d if self._can_see_thread(session, thread) else None,
        )
        return thread

    async def unarchive_for_message(self, thread: Channel, author: User) -> None:
        """Sending in an archived thread unarchives it, unless it is locked (then 50083)."""
        if not thread.archived:
            return
        if thread.locked and not self.permissions(author.id, thread) & perms.MANAGE_THREADS:
            raise DiscordError(400, 50083, "Thread is archived")
        thread.archived = False
        thread.archive_timestamp = iso()
        await self.gateway.dispatch("THREAD_UPDATE", thread.payload(), intent=GUILDS)

    # — DMs and members —
    def open_dm(self, recipient: User) -> Channel:
        """Return the bot's DM channel with a user, creating it once."""
        channel = self.dm_channels.get(recipient.id)
        if channel is None:
            channel = Channel(new_id(), DM, None, recipient=recipient)
            self.dm_channels[recipient.id] = channel
        return channel

    async def add_member(self, user: User, role_ids: list[int] | None = None) -> Member:
        """Add a member; echo GUILD_MEMBER_ADD to GUILD_MEMBERS sessions."""
        member = Member(user, list(role_ids or []))
        self.guild.members[user.id] = member
        self.users[user.id] = user
        await self.gateway.dispatch(
            "GUILD_MEMBER_ADD", {**member.payload(), "guild_id": str(self.guild.id)}, intent=GUILD_MEMBERS
        )
        return member

    async def add_channel(self, name: str, kind: int = TEXT) -> Channel:
        """Create a text channel and echo CHANNEL_CREATE."""
        channel = self.guild.add_channel(name, kind)
        await self.gateway.dispatch("CHANNEL_CREATE", channel.payload(), intent=GUILDS)
        return channel
