"""REST: interaction callbacks (with the 3-second deadline and one acknowledgement), @original and follow-ups."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from . import limits
from .errors import DiscordError, FormErrors, already_acknowledged, not_found, unknown_interaction
from .interactions import (
    ALLOWED_RESPONSES,
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL_SUBMIT,
    InteractionRecord,
)
from .models import EPHEMERAL, LOADING, Message
from .rest import Reply, Req, Router, attachments_from
from .state import _assign_component_ids

if TYPE_CHECKING:
    from .server import FakeDiscord

router = Router()
WEBHOOK_TOKEN_LIFETIME = 15 * 60
CHAT_INPUT_COMMAND_MESSAGE = 20


def _metadata(record: InteractionRecord) -> dict[str, Any]:
    """Return `interaction_metadata` (and the legacy `interaction`) for a response message."""
    owners = {"0": str(record.fake.world.guild.id)}
    meta: dict[str, Any] = {
        "id": str(record.id),
        "type": record.kind,
        "user": record.user.payload(),
        "authorizing_integration_owners": owners,
    }
    if record.kind == APPLICATION_COMMAND:
        meta["name"] = record.data.get("name")
        meta["command_type"] = record.data.get("type", 1)
    elif record.message_id is not None:
        meta["interacted_message_id"] = str(record.message_id)
    legacy = {
        "id": str(record.id),
        "type": record.kind,
        "name": record.data.get("name", ""),
        "user": record.user.payload(),
    }
    return {"interaction_metadata": meta, "interaction": legacy}


async def _respond_with_message(
    fake: FakeDiscord, record: InteractionRecord, data: dict[str, Any], req: Req, *, loading: bool
) -> Message:
    """Create the original response message (type 4, or type 5's "thinking…" placeholder)."""
    flags = int(data.get("flags") or 0)
    body = dict(data)
    if loading:
        body = {"content": "", "flags": LOADING | (flags & EPHEMERAL)}
    else:
        limits.check_message(body, files=len(req.files))
    app = fake.world.app
    msg = await fake.world.create_message(
        record.channel,
        app.bot,
        body,
        attachments=attachments_from(req, record.channel.id),
        kind=CHAT_INPUT_COMMAND_MESSAGE if record.kind == APPLICATION_COMMAND else 0,
        visible_to=record.user.id if flags & EPHEMERAL else None,
        extra={"webhook_id": str(app.id), "application_id": str(app.id), **_metadata(record)},
    )
    record.original_id = msg.id
    return msg


@router.route("POST", "/interactions/{interaction_id}/{token}/callback", auth=False)
async def callback(fake: FakeDiscord, req: Req) -> Any:
    """Acknowledge an interaction: types 4–9, once, within 3 seconds."""
    now = time.perf_counter()
    record = (
        fake.interactions.get(int(req.params["interaction_id"])) if req.params["interaction_id"].isdigit() else None
    )
    if record is None or record.token != req.params["token"]:
        raise unknown_interaction()
    body = req.body()
    kind = body.get("type")
    data = body.get("data") or {}
    attempt: dict[str, Any] = {"type": kind, "data": data, "at": now, "status": 0}
    record.callbacks.append(attempt)
    if record.response_type is not None:
        attempt["status"] = 400
        raise already_acknowledged()
    if record.sent_at is None or now - record.sent_at > fake.ack_deadline:
        attempt["status"] = 404
        raise unknown_interaction()
    allowed = set(ALLOWED_RESPONSES.get(record.kind, set()))
    if record.kind == MODAL_SUBMIT and record.message_id is not None:
        allowed |= {6, 7}  # a modal opened from a component may update that component's message
    if kind not in allowed:
        attempt["status"] = 400
        errors = FormErrors()
        errors.add(
            ("type",), "INTERACTION_CALLBACK_TYPE_INVALID", f"Interaction callback type {kind} is not valid here."
        )
        errors.raise_if_any()
    message: Message | None = None
    try:
        if kind == 4:
            message = await _respond_with_message(fake, record, data, req, loading=False)
        elif kind == 5:
            message = await _respond_with_message(fake, record, data, req, loading=True)
        elif kind == 7:
            assert record.message_id is not None
            message = fake.world.messages[record.message_id]
            await fake.world.edit_message(message, data, attachments=attachments_from(req, record.channel.id))
        elif kind == 8:
            limits.check_choices(data)
            record.choices = data.get("choices", [])
        elif kind == 9:
            limits.check_modal(data)
            record.modal = {**data, "components": _assign_component_ids(data.get("components", []))}
    except DiscordError as exc:
        attempt["status"] = exc.status
        raise
    attempt["status"] = 200
    record.response_type = kind
    record.acked_at = now
    record.acked_wall = time.time()
    if req.query.get("with_response") not in ("1", "true", "True"):
        return Reply(204)
    interaction: dict[str, Any] = {"id": str(record.id), "type": record.kind}
    resource: dict[str, Any] = {"type": kind}
    if message is not None:
        flags = message.data.get("flags", 0)
        interaction.update(
            response_message_id=str(message.id),
            response_message_loading=bool(flags & LOADING),
            response_message_ephemeral=bool(flags & EPHEMERAL),
        )
        resource["message"] = message.payload(me=fake.me.id)
    return {"interaction": interaction, "resource": resource}


def _record(fake: FakeDiscord, req: Req) -> InteractionRecord:
    """Find the interaction behind a webhook token; only valid after the acknowledgement, for 15 minutes."""
    record = fake.interactions_by_token.get(req.params["token"])
    if record is None or req.params["application_id"] != str(fake.world.app.id) or record.response_type is None:
        raise not_found(10015, "Webhook")
    if time.time() - record.acked_wall > WEBHOOK_TOKEN_LIFETIME:
        raise DiscordError(401, 50027, "Invalid Webhook Token")
    if record.kind == AUTOCOMPLETE:
        raise not_found(10015, "Webhook")
    return record


def _webhook_message(fake: FakeDiscord, record: InteractionRecord, message_id: str) -> Message:
    if message_id == "@original":
        original = record.original
        if original is None:
            raise not_found(10008, "Message")
        return original
    allowed = {record.original_id, *record.followup_ids}
    if record.kind in (MESSAGE_COMPONENT, MODAL_SUBMIT) and record.response_type in (6, 7):
        allowed.add(record.message_id)
    msg = fake.world.messages.get(int(message_id)) if message_id.isdigit() else None
    if msg is None or msg.id not in allowed:
        raise not_found(10008, "Message")
    return msg


@router.route("GET", "/webhooks/{application_id}/{token}/messages/{message_id}", auth=False)
async def get_webhook_message(fake: FakeDiscord, req: Req) -> Any:
    """Fetch the original response or a follow-up."""
    record = _record(fake, req)
    return _webhook_message(fake, record, req.params["message_id"]).payload(me=fake.me.id)


@router.route("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}", auth=False)
async def edit_webhook_message(fake: FakeDiscord, req: Req) -> Any:
    """Edit the original response (ending a type-5 "thinking…") or a follow-up."""
    record = _record(fake, req)
    msg = _webhook_message(fake, record, req.params["message_id"])
    msg.data["flags"] = msg.data.get("flags", 0) & ~LOADING
    await fake.world.edit_message(msg, req.body(), attachments=attachments_from(req, record.channel.id))
    return msg.payload(me=fake.me.id)


@router.route("DELETE", "/webhooks/{application_id}/{token}/messages/{message_id}", auth=False)
async def delete_webhook_message(fake: FakeDiscord, req: Req) -> Any:
    """Delete the original response or a follow-up."""
    record = _record(fake, req)
    msg = _webhook_message(fake, record, req.params["message_id"])
    await fake.world.delete_message(msg)
    return Reply(204)


@router.route("POST", "/webhooks/{application_id}/{token}", auth=False)
async def followup(fake: FakeDiscord, req: Req) -> Any:
    """Send a follow-up; the first one after a type-5 defer replaces the "thinking…" message."""
    record = _record(fake, req)
    body = req.body()
    limits.check_message(body, files=len(req.files))
    original = record.original
    if record.response_type == 5 and original is not None and original.data.get("flags", 0) & LOADING:
        original.data["flags"] &= ~LOADING
        await fake.world.edit_message(
            original,
            {k: v for k, v in body.items() if k != "flags"},
            attachments=attachments_from(req, record.channel.id),
        )
        record.followup_ids.append(original.id)
        msg = original
    else:
        flags = int(body.get("flags") or 0)
        app = fake.world.app
        msg = await fake.world.create_message(
            record.channel,
            app.bot,
            body,
            attachments=attachments_from(req, record.channel.id),
            visible_to=record.user.id if flags & EPHEMERAL else None,
            extra={"webhook_id": str(app.id), "application_id": str(app.id), **_metadata(record)},
        )
        record.followup_ids.append(msg.id)
    if req.query.get("wait") not in ("1", "true", "True"):
        return Reply(204)
    return msg.payload(me=fake.me.id)
