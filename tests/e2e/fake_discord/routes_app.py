"""REST: the bot's identity, the gateway URL, application commands, users and the server."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from . import limits
from .errors import MISSING_ACCESS, not_found
from .rest import Req, Router
from .snowflake import new_id

if TYPE_CHECKING:
    from .server import FakeDiscord

router = Router()


@router.route("GET", "/users/@me")
async def get_me(fake: FakeDiscord, req: Req) -> Any:
    """Login: the bot's own user."""
    return {**fake.world.app.bot.payload(), "verified": True, "mfa_enabled": False, "email": None, "locale": "en-US"}


@router.route("GET", "/oauth2/applications/@me")
async def get_application(fake: FakeDiscord, req: Req) -> Any:
    """Login: the bot's application."""
    return fake.world.app.payload()


@router.route("GET", "/applications/@me")
async def get_current_application(fake: FakeDiscord, req: Req) -> Any:
    """The bot's application (newer route)."""
    return fake.world.app.payload()


@router.route("GET", "/gateway")
async def get_gateway(fake: FakeDiscord, req: Req) -> Any:
    """The gateway URL."""
    return {"url": fake.gateway_url}


@router.route("GET", "/gateway/bot")
async def get_gateway_bot(fake: FakeDiscord, req: Req) -> Any:
    """The gateway URL with sharding advice (asked by sharded clients)."""
    limit = {"total": 1000, "remaining": 999, "reset_after": 86_400_000, "max_concurrency": 1}
    return {"url": fake.gateway_url, "shards": 1, "session_start_limit": limit}


def _check_app(fake: FakeDiscord, req: Req) -> None:
    if req.params["application_id"] != str(fake.world.app.id):
        raise not_found(10002, "Application")


def _stored(
    fake: FakeDiscord, definition: dict[str, Any], existing: list[dict[str, Any]], guild_id: int | None
) -> dict[str, Any]:
    """Return a command as Discord stores it: keep the id of a same-named command, add defaults."""
    kind = definition.get("type", 1)
    previous = next((c for c in existing if c["name"] == definition["name"] and c.get("type", 1) == kind), None)
    command = copy.deepcopy(definition)
    command.update(
        id=previous["id"] if previous else str(new_id()),
        application_id=str(fake.world.app.id),
        version=str(new_id()),
        type=kind,
    )
    command.setdefault("description", "")
    command.setdefault("default_member_permissions", None)
    command.setdefault("nsfw", False)
    command.setdefault("integration_types", [0])
    command.setdefault("contexts", None)
    command.setdefault("options", [])
    if guild_id is not None:
        command["guild_id"] = str(guild_id)
        command.pop("contexts", None)
        command.pop("integration_types", None)
    else:
        command.setdefault("dm_permission", True)
    return command


@router.route("PUT", "/applications/{application_id}/commands")
async def put_global_commands(fake: FakeDiscord, req: Req) -> Any:
    """Bulk-overwrite the global commands; return them with ids."""
    _check_app(fake, req)
    definitions = req.json or []
    limits.check_commands(definitions)
    app = fake.world.app
    app.global_commands = [_stored(fake, d, app.global_commands, None) for d in definitions]
    return app.global_commands


@router.route("GET", "/applications/{application_id}/commands")
async def get_global_commands(fake: FakeDiscord, req: Req) -> Any:
    """List the global commands."""
    _check_app(fake, req)
    return fake.world.app.global_commands


@router.route("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
async def put_guild_commands(fake: FakeDiscord, req: Req) -> Any:
    """Bulk-overwrite one server's commands; return them with ids."""
    _check_app(fake, req)
    guild_id = req.int_param("guild_id")
    if guild_id not in fake.world.guilds:
        raise MISSING_ACCESS
    definitions = req.json or []
    limits.check_commands(definitions)
    app = fake.world.app
    existing = app.guild_commands.get(guild_id, [])
    app.guild_commands[guild_id] = [_stored(fake, d, existing, guild_id) for d in definitions]
    return app.guild_commands[guild_id]


@router.route("GET", "/applications/{application_id}/guilds/{guild_id}/commands")
async def get_guild_commands(fake: FakeDiscord, req: Req) -> Any:
    """List one server's commands."""
    _check_app(fake, req)
    return fake.world.app.guild_commands.get(req.int_param("guild_id"), [])


@router.route("GET", "/users/{user_id}")
async def get_user(fake: FakeDiscord, req: Req) -> Any:
    """A user."""
    return fake.world.user(req.params["user_id"]).payload()


def _guild(fake: FakeDiscord, req: Req) -> Any:
    guild = fake.world.guilds.get(req.int_param("guild_id"))
    if guild is None:
        raise not_found(10004, "Guild")
    return guild


@router.route("GET", "/guilds/{guild_id}")
async def get_guild(fake: FakeDiscord, req: Req) -> Any:
    """The server."""
    guild = _guild(fake, req)
    data = guild.payload()
    if req.query.get("with_counts") in ("1", "true"):
        data.update(approximate_member_count=len(guild.members), approximate_presence_count=0)
    return data


@router.route("GET", "/guilds/{guild_id}/channels")
async def get_guild_channels(fake: FakeDiscord, req: Req) -> Any:
    """The server's channels."""
    return [c.payload() for c in _guild(fake, req).channels.values()]


@router.route("GET", "/guilds/{guild_id}/roles")
async def get_guild_roles(fake: FakeDiscord, req: Req) -> Any:
    """The server's roles."""
    return [r.payload() for r in _guild(fake, req).roles.values()]


@router.route("GET", "/guilds/{guild_id}/members/{user_id}")
async def get_member(fake: FakeDiscord, req: Req) -> Any:
    """One member."""
    guild = _guild(fake, req)
    member = guild.members.get(int(req.params["user_id"])) if req.params["user_id"].isdigit() else None
    if member is None:
        raise not_found(10007, "Member")
    return member.payload()


@router.route("GET", "/guilds/{guild_id}/threads/active")
async def get_active_threads(fake: FakeDiscord, req: Req) -> Any:
    """The server's active threads."""
    guild = _guild(fake, req)
    threads = [t for t in guild.threads.values() if not t.archived]
    me = fake.world.app.bot.id
    members = [t.thread_member(me) for t in threads if me in t.member_ids]
    return {"threads": [t.payload() for t in threads], "members": members}
