"""Interactions a test plays as a human: built from the synced command definitions and the bot's components."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import secrets
import time
from typing import TYPE_CHECKING, Any

from . import limits
from . import permissions as perms
from .models import DM, EPHEMERAL, LOADING, Channel, Message, Role, User
from .snowflake import new_id

if TYPE_CHECKING:
    from .server import FakeDiscord

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
# A modal's file-upload component (inside a label); the files arrive as resolved attachments.
FILE_UPLOAD = 19
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 9, 10, 11
# Which callback types Discord accepts for each interaction type.
ALLOWED_RESPONSES = {
    APPLICATION_COMMAND: {4, 5, 9},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5},
}


class InteractionRecord:
    """One interaction: what the fake sent, and every response the bot made to it."""

    def __init__(
        self,
        fake: FakeDiscord,
        *,
        kind: int,
        data: dict[str, Any],
        user: User,
        channel: Channel,
        label: str,
        message: Message | None = None,
        parent: InteractionRecord | None = None,
    ) -> None:
        self.fake = fake
        self.id = new_id()
        raw = f"interaction:{self.id}:{secrets.token_urlsafe(48)}".encode()
        self.token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        self.kind = kind
        self.data = data
        self.user = user
        self.channel = channel
        self.label = label
        self.message_id = message.id if message is not None else None
        self.parent = parent
        self.sent_at: float | None = None
        self.acked_at: float | None = None
        self.acked_wall = 0.0
        self.response_type: int | None = None
        self.callbacks: list[dict[str, Any]] = []  # every attempt, accepted or not
        self.original_id: int | None = None
        self.followup_ids: list[int] = []
        self.modal: dict[str, Any] | None = None
        self.choices: list[dict[str, Any]] | None = None

    def __repr__(self) -> str:
        return f"<interaction {self.label} by {self.user.username}: response type {self.response_type}>"

    # — the payload Discord sends —
    def payload(self) -> dict[str, Any]:
        """Return INTERACTION_CREATE's data."""
        world = self.fake.world
        app = world.app
        channel_data = self.channel.payload()
        payload: dict[str, Any] = {
            "id": str(self.id),
            "application_id": str(app.id),
            "type": self.kind,
            "data": self.data,
            "token": self.token,
            "version": 1,
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "channel_id": str(self.channel.id),
        }
        if self.channel.type == DM:
            payload.update(
                user=self.user.payload(), context=1, authorizing_integration_owners={"0": str(world.guild.id)}
            )
            payload["app_permissions"] = str(world.permissions(app.bot.id, self.channel))
        else:
            guild = world.guild
            member = guild.members[self.user.id]
            channel_data["permissions"] = str(guild.permissions(self.user.id, self.channel))
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": "en-US", "features": []},
                guild_locale="en-US",
                member=member.payload(permissions=guild.permissions(self.user.id, self.channel)),
                app_permissions=str(guild.permissions(app.bot.id, self.channel)),
                context=0,
                authorizing_integration_owners={"0": str(guild.id)},
            )
        payload["channel"] = channel_data
        if self.message_id is not None:
            payload["message"] = world.messages[self.message_id].payload(me=app.bot.id)
        return payload

    # — what the user sees —
    @property
    def acknowledged(self) -> bool:
        """Return whether the bot responded in time."""
        return self.response_type is not None

    @property
    def latency(self) -> float:
        """Return seconds from INTERACTION_CREATE sent to the accepted callback."""
        assert self.sent_at is not None and self.acked_at is not None
        return self.acked_at - self.sent_at

    @property
    def original(self) -> Message | None:
        """Return the original response message (or, after type 6/7, the message the component was on)."""
        message_id = self.original_id
        if message_id is None and self.response_type in (6, 7):
            message_id = self.message_id
        return self.fake.world.messages.get(message_id) if message_id is not None else None

    @property
    def message(self) -> dict[str, Any]:
        """Return the original response as the user sees it, or raise if there is none."""
        original = self.original
        assert original is not None, f"{self.label} has no response message (response type {self.response_type})"
        return original.payload(me=self.fake.world.app.bot.id)

    @property
    def content(self) -> str:
        """Return the original response's text."""
        return self.message.get("content", "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """Return the original response's embeds."""
        return self.message.get("embeds", [])

    @property
    def components(self) -> list[dict[str, Any]]:
        """Return the original response's components."""
        return self.message.get("components", [])

    @property
    def ephemeral(self) -> bool:
        """Return whether the original response is visible only to the user (flags 64)."""
        return bool(self.message.get("flags", 0) & EPHEMERAL)

    @property
    def followups(self) -> list[Message]:
        """Return the follow-up messages (the first one after a type-5 defer replaces the loading message)."""
        messages = self.fake.world.messages
        return [messages[i] for i in self.followup_ids if i in messages]

    def text(self) -> str:
        """Return everything the user can read in the responses: content, embed titles, descriptions and fields."""
        parts = []
        for msg in [m for m in (self.original, *self.followups) if m is not None]:
            parts.append(msg.content)
            for embed in msg.embeds:
                parts += [embed.get("title", ""), embed.get("description", "")]
                parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
                parts.append((embed.get("footer") or {}).get("text", ""))
        return "\n".join(p for p in parts if p)

    # — waiting —
    async def wait_ack(self, timeout: float | None = None) -> InteractionRecord:
        """Wait for the acknowledgement; fail as Discord would show "The application did not respond"."""
        limit = timeout if timeout is not None else self.fake.ack_deadline + 1.0
        with contextlib.suppress(AssertionError):
            await self.fake.wait_for(
                lambda: self.acknowledged or self.expired, timeout=limit, what=f"{self.label}'s response"
            )
        if not self.acknowledged:
            attempts = ", ".join(f"{c['type']}→{c['status']}" for c in self.callbacks) or "none"
            raise AssertionError(
                f"the bot did not acknowledge {self.label} within {self.fake.ack_deadline:.0f} s "
                f"(Discord shows 'The application did not respond'); callback attempts: {attempts}"
            )
        return self

    @property
    def expired(self) -> bool:
        """Return whether the 3-second window closed without an acknowledgement."""
        return (
            self.response_type is None
            and self.sent_at is not None
            and time.perf_counter() - self.sent_at > self.fake.ack_deadline
        )

    async def final(self, timeout: float = 5.0) -> dict[str, Any]:
        """Wait until the original response is no longer "thinking…" and return it."""
        await self.fake.wait_for(
            lambda: self.original is not None and not self.original.data.get("flags", 0) & LOADING,
            timeout=timeout,
            what=f"{self.label}'s final response",
        )
        return self.message

    async def followup(self, index: int = 0, timeout: float = 5.0) -> Message:
        """Wait for the n-th follow-up message and return it."""
        await self.fake.wait_for(
            lambda: len(self.followups) > index, timeout=timeout, what=f"follow-up #{index} to {self.label}"
        )
        return self.followups[index]


# — building interaction data the way Discord's client does —
def find_command(fake: FakeDiscord, name: str, channel: Channel, kind: int = 1) -> tuple[dict[str, Any], list[str]]:
    """Return the synced command a user can pick (guild commands first) and the subcommand path."""
    parts = name.lstrip("/").split()
    app = fake.world.app
    pools = [] if channel.type == DM else [app.guild_commands.get(fake.world.guild.id, [])]
    pools.append(app.global_commands)
    for pool in pools:
        for command in pool:
            if command["name"] == parts[0] and command.get("type", 1) == kind:
                return command, parts[1:]
    synced = sorted({c["name"] for pool in pools for c in pool})
    raise LookupError(
        f"/{parts[0]} is not a synced command (synced: {', '.join(synced) or 'none'}); run sync-commands first"
    )


def check_visible(fake: FakeDiscord, command: dict[str, Any], user: User, channel: Channel) -> None:
    """Discord's client hides a command a member lacks `default_member_permissions` for, or outside its contexts."""
    name = command["name"]
    if channel.type == DM:
        contexts = command.get("contexts")
        if (contexts is not None and 1 not in contexts) or command.get("dm_permission") is False:
            raise PermissionError(f"/{name} is not available in DMs")
        return
    needed = command.get("default_member_permissions")
    if needed is not None:
        have = fake.world.guild.permissions(user.id)
        if int(needed) == 0 or have & int(needed) != int(needed):
            raise PermissionError(f"{user.username} cannot see /{name}: it needs permissions {needed}")
    contexts = command.get("contexts")
    if contexts is not None and 0 not in contexts:
        raise PermissionError(f"/{name} is not available in servers")


def _resolve_user(fake: FakeDiscord, value: Any, resolved: dict[str, Any]) -> str:
    user = fake.resolve_user(value)
    resolved.setdefault("users", {})[str(user.id)] = user.payload()
    member = fake.world.member(user.id)
    if member is not None:
        perms_value = fake.world.guild.permissions(user.id)
        resolved.setdefault("members", {})[str(user.id)] = member.payload(with_user=False, permissions=perms_value)
    return str(user.id)


def _resolve_channel(fake: FakeDiscord, value: Any, resolved: dict[str, Any], allowed: list[int] | None) -> str:
    channel = value if isinstance(value, Channel) else fake.world.guild.channel(value)
    if allowed and channel.type not in allowed:
        raise ValueError(f"#{channel.name} is not one of the channel types {allowed}")
    data = {"id": str(channel.id), "name": channel.name, "type": channel.type, "permissions": str(perms.ALL)}
    if channel.parent_id:
        data["parent_id"] = str(channel.parent_id)
    if channel.is_thread:
        data["thread_metadata"] = channel.payload()["thread_metadata"]
    resolved.setdefault("channels", {})[str(channel.id)] = data
    return str(channel.id)


def _resolve_role(fake: FakeDiscord, value: Any, resolved: dict[str, Any]) -> str:
    role = value if isinstance(value, Role) else fake.world.guild.role(value)
    resolved.setdefault("roles", {})[str(role.id)] = role.payload()
    return str(role.id)


def _choice(option: dict[str, Any], value: Any) -> Any:
    choices = option.get("choices")
    if not choices:
        return value
    for choice in choices:
        if value == choice["value"] or value == choice["name"]:
            return choice["value"]
    raise ValueError(f"{value!r} is not a choice of option {option['name']}: {[c['name'] for c in choices]}")


def convert_option(fake: FakeDiscord, option: dict[str, Any], value: Any, resolved: dict[str, Any]) -> Any:
    """Turn a test's value into what Discord's client would send for an option, enforcing its constraints."""
    kind, name = option["type"], option["name"]
    if kind == STRING:
        value = _choice(option, str(value))
        low, high = option.get("min_length", 0), option.get("max_length", 6_000)
        if not low <= len(value) <= high:
            raise ValueError(f"option {name} must be {low}–{high} characters")
        return value
    if kind in (INTEGER, NUMBER):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind == INTEGER and not isinstance(value, int))
        ):
            raise ValueError(f"option {name} takes a number, not {value!r}")
        value = _choice(option, value)
        if ("min_value" in option and value < option["min_value"]) or (
            "max_value" in option and value > option["max_value"]
        ):
            raise ValueError(f"option {name} must be between {option.get('min_value')} and {option.get('max_value')}")
        return value
    if kind == BOOLEAN:
        return bool(value)
    if kind == USER:
        return _resolve_user(fake, value, resolved)
    if kind == CHANNEL:
        return _resolve_channel(fake, value, resolved, option.get("channel_types"))
    if kind == ROLE:
        return _resolve_role(fake, value, resolved)
    if kind == MENTIONABLE:
        return _resolve_role(fake, value, resolved) if isinstance(value, Role) else _resolve_user(fake, value, resolved)
    if kind == ATTACHMENT:
        attachment_id = str(new_id())
        filename, content = value if isinstance(value, tuple) else ("file.txt", bytes(value))
        url = f"https://cdn.discordapp.com/ephemeral-attachments/{attachment_id}/{filename}"
        resolved.setdefault("attachments", {})[attachment_id] = {
            "id": attachment_id,
            "filename": filename,
            "size": len(content),
            "url": url,
            "proxy_url": url,
            "content_type": "text/plain; charset=utf-8",
            "ephemeral": True,
        }
        return attachment_id
    raise ValueError(f"option type {kind} is not supported")


def build_options(
    fake: FakeDiscord,
    definitions: list[dict[str, Any]],
    given: dict[str, Any],
    resolved: dict[str, Any],
    focused: str | None = None,
) -> list[dict[str, Any]]:
    """Fill a command's options in definition order; refuse unknown or missing required options."""
    given = dict(given)
    result = []
    for option in definitions:
        name = option["name"]
        if name not in given:
            # While a member types into one option, the others may still be empty: Discord autocompletes anyway.
            if option.get("required") and focused is None:
                raise ValueError(f"option {name} is required")
            continue
        value = given.pop(name)
        if name == focused:
            result.append({"name": name, "type": option["type"], "value": str(value), "focused": True})
        else:
            result.append(
                {"name": name, "type": option["type"], "value": convert_option(fake, option, value, resolved)}
            )
    if given:
        known = [o["name"] for o in definitions]
        raise ValueError(f"unknown options {sorted(given)} (the command has {known})")
    return result


def command_data(
    fake: FakeDiscord, command: dict[str, Any], path: list[str], given: dict[str, Any], focused: str | None = None
) -> dict[str, Any]:
    """Return an application command interaction's `data`, nesting subcommand groups and subcommands."""
    resolved: dict[str, Any] = {}
    definitions = command.get("options", [])
    wrappers: list[dict[str, Any]] = []
    for part in path:
        option = next(
            (o for o in definitions if o["name"] == part and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)), None
        )
        if option is None:
            raise LookupError(f"/{command['name']} has no subcommand {part!r}")
        wrappers.append({"name": part, "type": option["type"], "options": []})
        definitions = option.get("options", [])
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in definitions):
        names = [o["name"] for o in definitions]
        raise LookupError(f"/{' '.join([command['name'], *path])} needs a subcommand: {names}")
    options = build_options(fake, definitions, given, resolved, focused)
    for wrapper in reversed(wrappers):
        wrapper["options"] = options
        options = [wrapper]
    data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": command.get("type", 1)}
    if options:
        data["options"] = options
    if resolved:
        data["resolved"] = resolved
    if command.get("guild_id"):
        data["guild_id"] = command["guild_id"]
    return data


def find_component(message: Message, custom_id: str | None = None, label: str | None = None) -> dict[str, Any]:
    """Return the component a user would press: by custom_id, or by its visible label or placeholder."""
    for component in limits.walk_components(message.data.get("components", [])):
        if custom_id is not None and component.get("custom_id") == custom_id:
            return component
        if label is not None and label in (component.get("label"), component.get("placeholder")):
            return component
    wanted = custom_id if custom_id is not None else label
    present = [c.get("custom_id") or c.get("label") for c in limits.walk_components(message.data.get("components", []))]
    raise LookupError(f"message {message.id} has no component {wanted!r} (it has {present})")


def select_data(fake: FakeDiscord, component: dict[str, Any], values: list[Any]) -> dict[str, Any]:
    """Return a select menu interaction's data, checking the values a user could pick."""
    kind = component["type"]
    low, high = component.get("min_values", 1), component.get("max_values", 1)
    if not low <= len(values) <= high:
        raise ValueError(f"select {component.get('custom_id')} takes {low}–{high} values, not {len(values)}")
    data: dict[str, Any] = {"custom_id": component["custom_id"], "component_type": kind, "id": component.get("id")}
    resolved: dict[str, Any] = {}
    if kind == limits.STRING_SELECT:
        options = {o["value"]: o for o in component.get("options", [])}
        by_label = {o["label"]: o["value"] for o in component.get("options", [])}
        picked = [v if v in options else by_label.get(v, v) for v in values]
        for value in picked:
            if value not in options:
                raise ValueError(f"{value!r} is not an option of select {component['custom_id']}: {list(options)}")
        data["values"] = picked
    elif kind == 5:
        data["values"] = [_resolve_user(fake, v, resolved) for v in values]
    elif kind == 6:
        data["values"] = [_resolve_role(fake, v, resolved) for v in values]
    elif kind == 7:
        data["values"] = [
            _resolve_role(fake, v, resolved) if isinstance(v, Role) else _resolve_user(fake, v, resolved)
            for v in values
        ]
    elif kind == 8:
        data["values"] = [_resolve_channel(fake, v, resolved, component.get("channel_types")) for v in values]
    if resolved:
        data["resolved"] = resolved
    return data


def _uploaded(fake: FakeDiscord | None, component: dict[str, Any], value: Any, resolved: dict[str, Any]) -> list[str]:
    """Upload files for a modal's file-upload input; return their attachment ids (resolved like Discord does)."""
    files = [] if value is None else [value] if isinstance(value, tuple) else list(value)
    custom_id = component.get("custom_id")
    low = component.get("min_values", 1) if component.get("required", True) else 0
    high = component.get("max_values", 1)
    if not low <= len(files) <= high:
        raise ValueError(f"file upload {custom_id} takes {low}–{high} files, got {len(files)}")
    if files and fake is None:
        raise ValueError("uploading a file needs the fake, to serve it from its CDN")
    ids = []
    for filename, content in files:
        ids.append(fake.store_attachment(filename, bytes(content), resolved))  # type: ignore[union-attr]
    return ids


def _submitted(
    component: dict[str, Any], values: dict[str, Any], fake: FakeDiscord | None = None, resolved: dict | None = None
) -> dict[str, Any]:
    """Return what the client submits for one modal input, checking required and lengths."""
    custom_id = component.get("custom_id")
    key = custom_id if custom_id in values else component.get("label")
    value = values.pop(key, None) if key is not None else None
    kind = component["type"]
    base = {"type": kind, "id": component.get("id"), "custom_id": custom_id}
    if kind == limits.TEXT_INPUT:
        text = "" if value is None else str(value)
        if component.get("required", True) and not text:
            raise ValueError(f"modal input {custom_id} is required")
        low, high = component.get("min_length", 0), component.get("max_length", limits.TEXT_INPUT_VALUE)
        if text and not low <= len(text) <= high:
            raise ValueError(f"modal input {custom_id} takes {low}–{high} characters, got {len(text)}")
        return {**base, "value": text}
    if kind in limits.SELECT_TYPES:
        return {**base, "values": list(value or [])}
    if kind == 23:
        return {**base, "value": bool(value)}
    if kind == FILE_UPLOAD:
        return {**base, "values": _uploaded(fake, component, value, resolved if resolved is not None else {})}
    return {**base, "values": list(value or [])}


def modal_data(modal: dict[str, Any], values: dict[str, Any], fake: FakeDiscord | None = None) -> dict[str, Any]:
    """Return a modal submission mirroring the modal's layout (action rows or labels); files as (name, bytes)."""
    values = dict(values)
    components = []
    resolved: dict[str, Any] = {}
    for top in modal.get("components", []):
        if top["type"] == limits.ACTION_ROW:
            components.append(
                {
                    "type": 1,
                    "id": top.get("id"),
                    "components": [_submitted(c, values, fake, resolved) for c in top["components"]],
                }
            )
        elif top["type"] == 18:
            submitted = _submitted(top["component"], values, fake, resolved)
            components.append({"type": 18, "id": top.get("id"), "component": submitted})
        elif top["type"] == 10:
            components.append({"type": 10, "id": top.get("id"), "content": top.get("content", "")})
    if values:
        raise ValueError(f"the modal has no inputs {sorted(values)}")
    data = {"custom_id": modal["custom_id"], "components": components}
    if resolved:
        data["resolved"] = resolved
    return data


async def acknowledged(record: InteractionRecord, wait: bool) -> InteractionRecord:
    """Optionally wait for the bot's acknowledgement."""
    if wait:
        await record.wait_ack()
    else:
        await asyncio.sleep(0)
    return record
