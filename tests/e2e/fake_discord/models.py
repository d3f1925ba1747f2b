"""The fake's world: users, roles, members, guilds, channels, threads and messages, rendered as Discord payloads."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from . import permissions as perms
from .snowflake import iso, new_id

TEXT, DM, CATEGORY, ANNOUNCEMENT, PUBLIC_THREAD, PRIVATE_THREAD, FORUM = 0, 1, 4, 5, 11, 12, 15
THREAD_TYPES = {10, PUBLIC_THREAD, PRIVATE_THREAD}
EPHEMERAL = 1 << 6
LOADING = 1 << 7


@dataclass
class User:
    """A Discord account."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    dms_open: bool = True

    def payload(self) -> dict[str, Any]:
        """Return the user object."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "primary_guild": None,
        }
        if self.bot:
            data["bot"] = True
        return data

    @property
    def mention(self) -> str:
        """Return `<@id>`."""
        return f"<@{self.id}>"


@dataclass
class Role:
    """A server role."""

    id: int
    name: str
    permissions: int
    position: int = 0
    managed: bool = False
    bot_id: int | None = None
    color: int = 0

    def payload(self) -> dict[str, Any]:
        """Return the role object."""
        data: dict[str, Any] = {
            "id": str(self.id),
            "name": self.name,
            "color": self.color,
            "colors": {"primary_color": self.color, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass
class Member:
    """A user's membership in a server."""

    user: User
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso)

    def payload(self, *, with_user: bool = True, permissions: int | None = None) -> dict[str, Any]:
        """Return the guild member object (with `permissions` as in interaction payloads)."""
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.role_ids],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class Channel:
    """A text channel, category, thread or DM."""

    id: int
    type: int
    name: str | None
    guild_id: int | None = None
    parent_id: int | None = None
    position: int = 0
    topic: str | None = None
    overwrites: dict[int, tuple[int, int]] = field(default_factory=dict)  # target id → (allow, deny)
    overwrite_types: dict[int, int] = field(default_factory=dict)  # target id → 0 role, 1 member
    last_message_id: int | None = None
    # threads
    owner_id: int | None = None
    archived: bool = False
    locked: bool = False
    auto_archive_duration: int = 1_440
    archive_timestamp: str = field(default_factory=iso)
    invitable: bool = True
    member_ids: list[int] = field(default_factory=list)
    message_count: int = 0
    total_message_sent: int = 0
    rate_limit_per_user: int = 0
    created_at: str = field(default_factory=iso)
    # DMs
    recipient: User | None = None

    @property
    def is_thread(self) -> bool:
        """Return whether this is a thread."""
        return self.type in THREAD_TYPES

    def payload(self) -> dict[str, Any]:
        """Return the channel object."""
        if self.type == DM:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": DM,
                "last_message_id": str(self.last_message_id) if self.last_message_id else None,
                "flags": 0,
                "recipients": [self.recipient.payload()],
            }
        data: dict[str, Any] = {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "parent_id": str(self.parent_id) if self.parent_id else None,
            "last_message_id": str(self.last_message_id) if self.last_message_id else None,
            "rate_limit_per_user": self.rate_limit_per_user,
            "flags": 0,
        }
        if self.is_thread:
            data.update(
                owner_id=str(self.owner_id),
                message_count=self.message_count,
                total_message_sent=self.total_message_sent,
                member_count=min(len(self.member_ids), 50),
                member_ids_preview=[str(m) for m in self.member_ids[:8]],
                thread_metadata={
                    "archived": self.archived,
                    "auto_archive_duration": self.auto_archive_duration,
                    "archive_timestamp": self.archive_timestamp,
                    "locked": self.locked,
                    "create_timestamp": self.created_at,
                    **({"invitable": self.invitable} if self.type == PRIVATE_THREAD else {}),
                },
                applied_tags=[],
            )
        else:
            data.update(
                position=self.position,
                topic=self.topic,
                nsfw=False,
                permission_overwrites=[
                    {
                        "id": str(target),
                        "type": self.overwrite_types.get(target, 0),
                        "allow": str(allow),
                        "deny": str(deny),
                    }
                    for target, (allow, deny) in self.overwrites.items()
                ],
            )
            if self.type in (TEXT, ANNOUNCEMENT, FORUM):
                data["default_auto_archive_duration"] = 1_440
        return data

    def thread_member(self, user_id: int, joined: str | None = None) -> dict[str, Any]:
        """Return a thread member object for a user in this thread."""
        return {"id": str(self.id), "user_id": str(user_id), "join_timestamp": joined or iso(), "flags": 0}


@dataclass
class Reaction:
    """One emoji on one message, and who added it, in order."""

    emoji: dict[str, Any]  # {"id": str | None, "name": str}
    user_ids: list[int] = field(default_factory=list)


@dataclass
class Message:
    """A message as stored: the payload Discord returns, plus who may see it."""

    data: dict[str, Any]
    reactions: dict[str, Reaction] = field(default_factory=dict)
    visible_to: int | None = None  # a user id for ephemeral messages, None for everyone
    nonce_author: tuple[str, int] | None = None

    @property
    def id(self) -> int:
        """Return the message id."""
        return int(self.data["id"])

    @property
    def channel_id(self) -> int:
        """Return the channel id."""
        return int(self.data["channel_id"])

    def payload(self, me: int | None = None) -> dict[str, Any]:
        """Return the message object; `me` decides the reactions' `me` flag."""
        data = copy.deepcopy(self.data)
        if self.reactions:
            data["reactions"] = [
                {
                    "emoji": dict(r.emoji),
                    "count": len(r.user_ids),
                    "count_details": {"burst": 0, "normal": len(r.user_ids)},
                    "me": me in r.user_ids,
                    "me_burst": False,
                    "burst_me": False,
                    "burst_count": 0,
                    "burst_colors": [],
                }
                for r in self.reactions.values()
                if r.user_ids
            ]
        return data

    # Conveniences for tests.
    @property
    def content(self) -> str:
        """Return the text."""
        return self.data.get("content", "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """Return the embeds."""
        return self.data.get("embeds", [])


@dataclass
class Guild:
    """A server."""

    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    threads: dict[int, Channel] = field(default_factory=dict)
    joined_at: str = field(default_factory=iso)

    def channel(self, name_or_id: str | int) -> Channel:
        """Return a channel or thread by name or id."""
        for pool in (self.channels, self.threads):
            for channel in pool.values():
                if name_or_id in (channel.id, channel.name, f"#{channel.name}"):
                    return channel
        raise KeyError(f"no channel {name_or_id!r} in {self.name}")

    def role(self, name: str) -> Role:
        """Return a role by name."""
        for role in self.roles.values():
            if role.name == name:
                return role
        raise KeyError(f"no role {name!r}")

    def permissions(self, user_id: int, channel: Channel | None = None) -> int:
        """Return a member's permissions, in a channel when given."""
        member = self.members[user_id]
        if channel is None:
            return perms.base_permissions(self, member)
        return perms.channel_permissions(self, member, channel)

    def add_role(self, name: str, permissions: int = 0, **kwargs: Any) -> Role:
        """Create a role."""
        role = Role(new_id(), name, permissions, position=len(self.roles), **kwargs)
        self.roles[role.id] = role
        return role

    def add_channel(self, name: str, kind: int = TEXT, **kwargs: Any) -> Channel:
        """Create a channel."""
        channel = Channel(new_id(), kind, name, guild_id=self.id, position=len(self.channels), **kwargs)
        self.channels[channel.id] = channel
        return channel

    def payload(self) -> dict[str, Any]:
        """Return the REST guild object."""
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "region": "deprecated",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": "en-US",
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "max_members": 25_000_000,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "application_id": None,
            "widget_enabled": False,
            "features": [],
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "nsfw": False,
        }

    def create_payload(self, me: int, *, all_members: bool) -> dict[str, Any]:
        """Return GUILD_CREATE: channels, active threads, roles; members only the bot without GUILD_PRESENCES."""
        members = self.members.values() if all_members else [self.members[me]]
        channels = []
        for channel in self.channels.values():
            data = channel.payload()
            data.pop("guild_id")
            channels.append(data)
        return {
            **self.payload(),
            "joined_at": self.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "members": [m.payload() for m in members],
            "channels": channels,
            "threads": [t.payload() for t in self.threads.values() if not t.archived],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "embedded_activities": [],
            "activity_instances": [],
            "lazy": True,
            "application_command_counts": {},
            "incidents_data": None,
            "hub_type": None,
            "latest_onboarding_question_id": None,
            "version": 0,
        }


@dataclass
class Application:
    """The bot's application: its user, token, and the commands it registered."""

    id: int
    name: str
    bot: User
    token: str
    privileged_intents: int = 0
    global_commands: list[dict[str, Any]] = field(default_factory=list)
    guild_commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        """Return the application object (GET /oauth2/applications/@me)."""
        flags = 0
        if self.privileged_intents & (1 << 8):
            flags |= 1 << 12
        if self.privileged_intents & (1 << 1):
            flags |= 1 << 14
        if self.privileged_intents & (1 << 15):
            flags |= 1 << 18
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": flags,
            "hook": True,
            "is_monetized": False,
            "is_verified": False,
            "is_discoverable": False,
            "tags": [],
            "team": None,
            "owner": {**self.bot.payload(), "bot": False, "id": str(self.id + 1), "username": "app-owner"},
            "bot": self.bot.payload(),
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "role_connections_verification_url": None,
            "rpc_origins": [],
            "approximate_guild_count": 1,
            "integration_types_config": {"0": {}, "1": {}},
            "install_params": {"scopes": ["bot", "applications.commands"], "permissions": str(perms.BOT_INVITE)},
        }
