"""Permission bits and Discord's permission computation (roles, then channel overwrites)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Channel, Guild, Member

ADD_REACTIONS = 1 << 6
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
MANAGE_THREADS = 1 << 34
CREATE_PUBLIC_THREADS = 1 << 35
CREATE_PRIVATE_THREADS = 1 << 36
SEND_MESSAGES_IN_THREADS = 1 << 38
ALL = (1 << 51) - 1

# What @everyone may do in a fresh server (Discord's default role permissions, abridged to text features).
EVERYONE_DEFAULT = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | ADD_REACTIONS
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | USE_APPLICATION_COMMANDS
    | CREATE_PUBLIC_THREADS
    | CREATE_PRIVATE_THREADS
    | SEND_MESSAGES_IN_THREADS
)

# What the README's invite link grants the bot's managed role.
BOT_INVITE = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | SEND_MESSAGES_IN_THREADS
    | CREATE_PUBLIC_THREADS
    | CREATE_PRIVATE_THREADS
    | EMBED_LINKS
    | ADD_REACTIONS
    | READ_MESSAGE_HISTORY
    | MANAGE_MESSAGES
)


def base_permissions(guild: Guild, member: Member) -> int:
    """Return a member's server-wide permissions."""
    if member.user.id == guild.owner_id:
        return ALL
    value = guild.roles[guild.id].permissions
    for role_id in member.role_ids:
        role = guild.roles.get(role_id)
        if role is not None:
            value |= role.permissions
    return ALL if value & ADMINISTRATOR else value


def channel_permissions(guild: Guild, member: Member, channel: Channel) -> int:
    """Return a member's permissions in a channel (threads use their parent's overwrites)."""
    value = base_permissions(guild, member)
    if value & ADMINISTRATOR:
        return ALL
    target = guild.channels.get(channel.parent_id) if channel.is_thread and channel.parent_id else channel
    overwrites = target.overwrites if target is not None else {}
    everyone = overwrites.get(guild.id)
    if everyone:
        value = (value & ~everyone[1]) | everyone[0]
    allow = deny = 0
    for role_id in member.role_ids:
        if role_id in overwrites:
            allow |= overwrites[role_id][0]
            deny |= overwrites[role_id][1]
    value = (value & ~deny) | allow
    own = overwrites.get(member.user.id)
    if own:
        value = (value & ~own[1]) | own[0]
    if not value & VIEW_CHANNEL:
        return 0
    return value
