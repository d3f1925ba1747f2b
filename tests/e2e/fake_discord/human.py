"""A test plays a member of the server: runs commands, clicks, picks, fills modals, writes and reacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionRecord,
    acknowledged,
    check_visible,
    command_data,
    find_command,
    find_component,
    modal_data,
    select_data,
)
from .models import DM, Channel, Member, Message, User
from .state import parse_emoji

if TYPE_CHECKING:
    from .server import FakeDiscord


class Human:
    """A member of the fake server, driven by a test."""

    def __init__(self, fake: FakeDiscord, user: User) -> None:
        self.fake = fake
        self.user = user

    def __repr__(self) -> str:
        return f"<human {self.user.username}>"

    @property
    def id(self) -> int:
        """Return the user id."""
        return self.user.id

    @property
    def mention(self) -> str:
        """Return `<@id>`."""
        return self.user.mention

    @property
    def member(self) -> Member:
        """Return the server membership."""
        return self.fake.world.guild.members[self.user.id]

    def _channel(self, channel: Channel | str | None) -> Channel:
        if channel is None:
            return self.fake.default_channel
        if isinstance(channel, Channel):
            return channel
        if channel == "dm":
            return self.fake.world.open_dm(self.user)
        return self.fake.world.guild.channel(channel)

    # — slash commands —
    async def run_command(
        self,
        name: str,
        /,
        *,
        where: Channel | str | None = None,
        options: dict[str, Any] | None = None,
        wait: bool = True,
        **kwargs: Any,
    ) -> InteractionRecord:
        """Run `/name [subcommand…]` in a channel (#general by default; "dm" for a DM) with options given as keyword
        arguments or `options={…}`, as the synced definition allows; wait for the acknowledgement."""
        channel = self._channel(where)
        command, path = find_command(self.fake, name, channel)
        check_visible(self.fake, command, self.user, channel)
        data = command_data(self.fake, command, path, {**(options or {}), **kwargs})
        record = InteractionRecord(
            self.fake,
            kind=APPLICATION_COMMAND,
            data=data,
            user=self.user,
            channel=channel,
            label=f"/{name.lstrip('/')}",
        )
        await self.fake.send_interaction(record)
        return await acknowledged(record, wait)

    async def autocomplete(
        self, name: str, focused: str, value: str = "", /, *, where: Channel | str | None = None, **options: Any
    ) -> list[dict[str, Any]]:
        """Type `value` into option `focused` and return the choices the bot offers."""
        channel = self._channel(where)
        command, path = find_command(self.fake, name, channel)
        check_visible(self.fake, command, self.user, channel)
        data = command_data(self.fake, command, path, {**options, focused: value}, focused=focused)
        record = InteractionRecord(
            self.fake,
            kind=AUTOCOMPLETE,
            data=data,
            user=self.user,
            channel=channel,
            label=f"/{name} {focused}:{value!r}",
        )
        await self.fake.send_interaction(record)
        await record.wait_ack()
        return record.choices or []

    # — components —
    def _visible_message(self, message: Any) -> Message:
        msg = self.fake.resolve_message(message)
        if msg.visible_to is not None and msg.visible_to != self.user.id:
            raise PermissionError(f"{self.user.username} cannot see ephemeral message {msg.id}")
        return msg

    async def click(
        self, message: Any, custom_id: str | None = None, *, label: str | None = None, wait: bool = True
    ) -> InteractionRecord:
        """Press a button (by custom_id or label) on a message."""
        msg = self._visible_message(message)
        button = find_component(msg, custom_id, label)
        if button.get("type") != 2:
            raise TypeError(f"{custom_id or label!r} is not a button")
        if button.get("disabled"):
            raise PermissionError(f"button {button.get('label') or button.get('custom_id')!r} is disabled")
        if button.get("style") in (5, 6):
            raise TypeError("link and premium buttons do not send interactions")
        data = {"custom_id": button["custom_id"], "component_type": 2, "id": button.get("id")}
        return await self._use_component(msg, data, f"button {button.get('label') or button['custom_id']!r}", wait)

    async def select(
        self,
        message: Any,
        values: list[Any],
        custom_id: str | None = None,
        *,
        label: str | None = None,
        wait: bool = True,
    ) -> InteractionRecord:
        """Pick values (option values or labels, members, roles, channels) in a select menu."""
        msg = self._visible_message(message)
        if custom_id is None and label is None:
            from .limits import SELECT_TYPES, walk_components

            selects = [c for c in walk_components(msg.data.get("components", [])) if c.get("type") in SELECT_TYPES]
            if len(selects) != 1:
                raise LookupError(f"message {msg.id} has {len(selects)} select menus: name one by custom_id")
            component = selects[0]
        else:
            component = find_component(msg, custom_id, label)
        if component.get("disabled"):
            raise PermissionError(f"select {component.get('custom_id')!r} is disabled")
        data = select_data(self.fake, component, list(values))
        return await self._use_component(msg, data, f"select {component['custom_id']!r}", wait)

    async def _use_component(self, msg: Message, data: dict[str, Any], label: str, wait: bool) -> InteractionRecord:
        """Send the MESSAGE_COMPONENT interaction for a press or a pick on a message."""
        record = InteractionRecord(
            self.fake,
            kind=MESSAGE_COMPONENT,
            data=data,
            user=self.user,
            channel=self.fake.world.channel(msg.channel_id),
            label=label,
            message=msg,
        )
        await self.fake.send_interaction(record)
        return await acknowledged(record, wait)

    async def submit_modal(
        self, opened_by: InteractionRecord, values: dict[str, Any] | None = None, *, wait: bool = True, **kwargs: Any
    ) -> InteractionRecord:
        """Fill and submit the modal the bot showed in response to `opened_by` (inputs by custom_id or label).

        A file-upload input takes `(filename, bytes)` or a list of them; the fake serves them from its CDN.
        """
        modal = opened_by.modal
        assert modal is not None, f"{opened_by.label} did not open a modal (response type {opened_by.response_type})"
        data = modal_data(modal, {**(values or {}), **kwargs}, self.fake)
        message = self.fake.world.messages.get(opened_by.message_id) if opened_by.message_id is not None else None
        record = InteractionRecord(
            self.fake,
            kind=MODAL_SUBMIT,
            data=data,
            user=self.user,
            channel=opened_by.channel,
            label=f"modal {modal.get('title')!r}",
            message=message,
            parent=opened_by,
        )
        await self.fake.send_interaction(record)
        return await acknowledged(record, wait)

    # — messages and reactions —
    async def say(self, where: Channel | str | None, content: str, *, reply_to: Any = None) -> Message:
        """Write a message (in a channel, thread, or "dm" to the bot)."""
        where = self._channel(where)
        world = self.fake.world
        if where.type != DM:
            from . import permissions as perms

            world.require(
                self.user.id, where, perms.SEND_MESSAGES_IN_THREADS if where.is_thread else perms.SEND_MESSAGES
            )
            if where.is_thread:
                await world.unarchive_for_message(where, self.user)
        body: dict[str, Any] = {"content": content}
        if reply_to is not None:
            target = self.fake.resolve_message(reply_to)
            body["message_reference"] = {"message_id": str(target.id), "channel_id": str(target.channel_id)}
        msg = await world.create_message(where, self.user, body)
        self.fake.notify()
        return msg

    async def react(self, message: Any, emoji: str) -> None:
        """Add a reaction."""
        msg = self._visible_message(message)
        await self.fake.world.add_reaction(msg, self.user, parse_emoji(emoji))
        self.fake.notify()

    async def unreact(self, message: Any, emoji: str) -> None:
        """Remove a reaction."""
        msg = self._visible_message(message)
        await self.fake.world.remove_reaction(msg, self.user, parse_emoji(emoji))
        self.fake.notify()

    def dm_messages(self) -> list[Message]:
        """Return the bot's DMs with this user, oldest first."""
        channel = self.fake.world.dm_channels.get(self.user.id)
        return self.fake.world.history(channel) if channel is not None else []

    def ephemeral_messages(self) -> list[Message]:
        """Return every ephemeral message this user was shown."""
        return [m for m in self.fake.world.messages.values() if m.visible_to == self.user.id]
