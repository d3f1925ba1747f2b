"""FakeDiscord: REST under /api/v10 and the gateway websocket on 127.0.0.1, with every call recorded."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any, TypeVar

from aiohttp import web

from . import permissions as perms
from .errors import UNAUTHORIZED, UNKNOWN_ROUTE, DiscordError, not_found
from .faults import HeldResponses
from .gateway import DISPATCH, Gateway
from .human import Human
from .interactions import InteractionRecord
from .models import Application, Channel, Guild, Member, Message, Role, User
from .ratelimit import RateLimitRule
from .rest import UPLOADS, Call, Reply, Route, Router, json_response, parse
from .routes_app import router as app_routes
from .routes_channels import router as channel_routes
from .routes_interactions import router as interaction_routes
from .snowflake import new_id
from .state import World

log = logging.getLogger("fake_discord")
T = TypeVar("T")


def make_token(bot_id: int) -> str:
    """Return a token shaped like Discord's: base64(user id) . timestamp . HMAC."""
    head = base64.b64encode(str(bot_id).encode()).decode().rstrip("=")
    return f"{head}.{secrets.token_urlsafe(4)}.{secrets.token_urlsafe(27)}"


def default_guild(bot: User, name: str = "Interview Prep", owner_name: str = "olivia") -> Guild:
    """Return the study server: roles, text channels, an owner, two members and the bot."""
    owner = User(new_id(), owner_name, owner_name.title())
    guild = Guild(new_id(), name, owner.id)
    guild.roles[guild.id] = Role(guild.id, "@everyone", perms.EVERYONE_DEFAULT)
    admin = guild.add_role("Admin", perms.MANAGE_GUILD | perms.MANAGE_MESSAGES | perms.MANAGE_THREADS, color=0xE74C3C)
    guild.add_role("Interviewer", 0, color=0x3498DB)
    bot_role = guild.add_role(bot.global_name or bot.username, perms.BOT_INVITE, managed=True, bot_id=bot.id)
    for name, topic in (("general", "Say hi"), ("practice", "Mock interviews"), ("daily", "One problem a day")):
        guild.add_channel(name, topic=topic)
    guild.members[owner.id] = Member(owner, [admin.id])
    for name in ("alice", "bob"):
        user = User(new_id(), name, name.title())
        guild.members[user.id] = Member(user)
    guild.members[bot.id] = Member(bot, [bot_role.id])
    return guild


class FakeDiscord:
    """A fake Discord for one bot application, served on 127.0.0.1."""

    def __init__(self, *, ack_deadline: float = 3.0, bot_name: str = "Mock Interviewer") -> None:
        bot_id = new_id()
        bot = User(bot_id, bot_name.lower().replace(" ", "-"), bot_name, bot=True)
        app = Application(bot_id, bot_name, bot, make_token(bot_id))
        self.gateway = Gateway(self)
        self.world = World(app, default_guild(bot), self.gateway)
        self.ack_deadline = ack_deadline
        self.calls: list[Call] = []
        self.unhandled: list[Call] = []
        self.interactions: dict[int, InteractionRecord] = {}
        self.interactions_by_token: dict[str, InteractionRecord] = {}
        self.rate_limits: list[RateLimitRule] = []
        self.held_responses: list[HeldResponses] = []
        self.gateway_rejected_tokens: set[str] = set()
        self.internal_errors: list[str] = []  # exceptions inside the fake itself
        self.attachments: dict[str, tuple[str, bytes]] = {}  # uploaded files, served like Discord's CDN
        self.router = Router()
        for routes in (app_routes, channel_routes, interaction_routes):
            self.router.routes.extend(routes.routes)
        self._change = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # — lifecycle —
    async def start(self) -> FakeDiscord:
        """Serve on an ephemeral port of 127.0.0.1."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._handle_rest)
        app.router.add_get("/", self.gateway.handle)
        app.router.add_get("/resume", self.gateway.handle)
        app.router.add_get("/ephemeral-attachments/{attachment_id}/{filename}", self._handle_attachment)
        app.router.add_route("*", "/{tail:.*}", self._handle_stray)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def close(self) -> None:
        """Close every websocket and stop serving."""
        for conn in self.gateway.connections:
            if not conn.ws.closed:
                await conn.ws.close(code=1001, message=b"fake shutting down")
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # — addresses —
    @property
    def base_url(self) -> str:
        """Return http://127.0.0.1:PORT (what the shim reads from FAKE_DISCORD_URL)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """Return the REST base: …/api/v10."""
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        """Return the gateway's ws:// URL."""
        return f"ws://127.0.0.1:{self.port}/"

    def env(self) -> dict[str, str]:
        """Return the environment a bot process needs to reach this fake."""
        return {"FAKE_DISCORD_URL": self.base_url, "DISCORD_TOKEN": self.token}

    # — the world, for tests —
    @property
    def token(self) -> str:
        """Return the bot token the fake accepts."""
        return self.world.app.token

    @property
    def me(self) -> User:
        """Return the bot's user."""
        return self.world.app.bot

    @property
    def guild(self) -> Guild:
        """Return the server."""
        return self.world.guild

    @property
    def default_channel(self) -> Channel:
        """Return #general."""
        return self.world.guild.channel("general")

    def add_guild(self, name: str) -> Guild:
        """Add another server like the first (its own owner, members and channels) before the bot connects."""
        guild = default_guild(self.me, name, owner_name=f"owner-{len(self.world.guilds)}")
        self.world.guilds[guild.id] = guild
        for member in guild.members.values():
            self.world.users.setdefault(member.user.id, member.user)
        return guild

    def channel(self, name_or_id: str | int) -> Channel:
        """Return a channel or thread by name or id."""
        return self.world.guild.channel(name_or_id)

    def thread(self, name: str) -> Channel:
        """Return a thread by name."""
        for thread in self.world.guild.threads.values():
            if thread.name == name:
                return thread
        raise KeyError(f"no thread {name!r}; threads: {[t.name for t in self.world.guild.threads.values()]}")

    def download(self, attachment: dict[str, Any]) -> bytes:
        """Return the bytes of an uploaded attachment, as a client would download them from its url."""
        return UPLOADS[int(attachment["id"])]

    def history(self, channel: Channel | str) -> list[Message]:
        """Return a channel's messages, oldest first."""
        return self.world.history(channel if isinstance(channel, Channel) else self.channel(channel))

    def commands(self, guild: bool = False) -> list[dict[str, Any]]:
        """Return the synced commands: global, or the server's."""
        app = self.world.app
        return app.guild_commands.get(self.guild.id, []) if guild else app.global_commands

    def user(self, name: str, *, roles: tuple[str, ...] = ()) -> Human:
        """Return a member by username, adding them to the server if new (synchronously: no event)."""
        for member in self.world.guild.members.values():
            if member.user.username == name:
                return Human(self, member.user)
        user = User(new_id(), name, name.title())
        self.world.guild.members[user.id] = Member(user, [self.world.guild.role(r).id for r in roles])
        self.world.users[user.id] = user
        return Human(self, user)

    async def run_command(self, who: Human | str, name: str, /, **kwargs: Any) -> InteractionRecord:
        """Run a slash command as a member (a Human or a username); see Human.run_command."""
        human = who if isinstance(who, Human) else self.user(who)
        return await human.run_command(name, **kwargs)

    def resolve_user(self, value: Any) -> User:
        """Return a User from a Human, User, Member, id or username."""
        if isinstance(value, Human):
            return value.user
        if isinstance(value, User):
            return value
        if isinstance(value, Member):
            return value.user
        if isinstance(value, int):
            return self.world.user(value)
        return self.user(str(value)).user

    def resolve_message(self, value: Any) -> Message:
        """Return the stored message from a Message, an interaction (its original response), an id or a payload."""
        if isinstance(value, InteractionRecord):
            original = value.original
            assert original is not None, f"{value.label} has no response message"
            return original
        message_id = (
            value.id if isinstance(value, Message) else int(value["id"]) if isinstance(value, dict) else int(value)
        )
        msg = self.world.messages.get(message_id)
        if msg is None:
            raise not_found(10008, "Message")
        return msg

    # — recording and waiting —
    def notify(self) -> None:
        """Wake every waiter: something changed."""
        event, self._change = self._change, asyncio.Event()
        event.set()

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0, what: str = "a condition") -> T:
        """Wait until `predicate()` is truthy (re-checked on every change) and return its value."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(f"timed out after {timeout:.1f} s waiting for {what}")
            change = self._change
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(change.wait(), min(remaining, 0.25))

    async def wait_for_call(self, method: str, route: str, timeout: float = 5.0, after: int = 0) -> Call:
        """Wait for a REST call to a route template (e.g. "/channels/{channel_id}/messages")."""

        def found() -> Call | None:
            return next((c for c in self.calls[after:] if c.method == method and c.route == route), None)

        return await self.wait_for(found, timeout, f"{method} {route}")

    def calls_to(self, method: str, route: str) -> list[Call]:
        """Return the recorded calls to a route template."""
        return [c for c in self.calls if c.method == method and c.route == route]

    def record_unhandled(self, method: str, path: str, body: Any = None) -> None:
        """Note something the fake does not implement; the test fails at teardown."""
        call = Call(method, path, None, {}, {}, body, status=404)
        self.unhandled.append(call)
        log.warning("unhandled: %s %s", method, path)

    def rate_limit(self, method: str, path: str, *, limit: int = 1, per: float = 1.0, **kwargs: Any) -> RateLimitRule:
        """Limit requests matching a method and a path regex (e.g. r"/channels/\\d+/messages")."""
        rule = RateLimitRule(method, path, limit=limit, per=per, **kwargs)
        self.rate_limits.append(rule)
        return rule

    def hold_responses(self, method: str, path: str, *, after: int = 0) -> HeldResponses:
        """Carry out requests matching a method and a path regex, but withhold the responses after the first `after`."""
        fault = HeldResponses(method, path, after=after)
        self.held_responses.append(fault)
        return fault

    def describe(self, last: int = 40) -> str:
        """Return the last REST calls and gateway messages, for failure reports."""
        lines = [f"REST calls ({len(self.calls)}, last {last}):"]
        lines += [
            f"  {c}" + (f"  {json.dumps(c.response)[:300]}" if c.status >= 400 else "") for c in self.calls[-last:]
        ]
        lines.append(f"unhandled: {[str(c) for c in self.unhandled]}")
        lines.append(f"fake's own errors: {self.internal_errors}")
        lines.append(f"gateway ({len(self.gateway.log)} messages, last {last}):")
        for record in self.gateway.log[-last:]:
            name = record.event or {1: "HEARTBEAT", 2: "IDENTIFY", 6: "RESUME", 10: "HELLO", 11: "ACK"}.get(
                record.op, record.op
            )
            lines.append(f"  {record.direction} {name}" + (f" s={record.seq}" if record.op == DISPATCH else ""))
        return "\n".join(lines)

    # — interactions —
    async def send_interaction(self, record: InteractionRecord) -> InteractionRecord:
        """Dispatch INTERACTION_CREATE to the bot's session; the 3-second clock starts when it is written."""
        self.interactions[record.id] = record
        self.interactions_by_token[record.token] = record
        session = self.gateway.live_session(self.world.guild.id)  # the shard of the server it happens in
        payload = record.payload()
        if session is None:
            record.sent_at = time.perf_counter()  # nobody to receive it: it will time out, as on Discord
        else:
            record.sent_at = await self.gateway.send_event(session, "INTERACTION_CREATE", payload)
        self.notify()
        return record

    # — HTTP —
    def store_attachment(self, filename: str, content: bytes, resolved: dict[str, Any]) -> str:
        """Keep an uploaded file, add it to an interaction's resolved attachments and return its id."""
        attachment_id = str(new_id())
        self.attachments[attachment_id] = (filename, content)
        url = f"{self.base_url}/ephemeral-attachments/{attachment_id}/{filename}"
        content_type = "text/x-python; charset=utf-8" if filename.endswith(".py") else "application/octet-stream"
        resolved.setdefault("attachments", {})[attachment_id] = {
            "id": attachment_id,
            "filename": filename,
            "size": len(content),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
            "ephemeral": True,
        }
        return attachment_id

    async def _handle_attachment(self, request: web.Request) -> web.StreamResponse:
        """Serve an uploaded file at its attachment URL, as the CDN does (404 for an unknown one)."""
        stored = self.attachments.get(request.match_info["attachment_id"])
        call = Call(request.method, request.path, "/ephemeral-attachments/{id}/{filename}", {}, {}, None)
        self.calls.append(call)
        if stored is None or stored[0] != request.match_info["filename"]:
            call.status = 404
            return web.Response(status=404, text="Not Found")
        call.status = 200
        return web.Response(body=stored[1], content_type="application/octet-stream")

    async def _handle_stray(self, request: web.Request) -> web.StreamResponse:
        call = Call(request.method, request.path, None, {}, dict(request.query), None, status=404)
        self.calls.append(call)
        self.unhandled.append(call)
        self.notify()
        return json_response(404, UNKNOWN_ROUTE.body())

    async def _handle_rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        matched = self.router.match(request.method, path)
        route, params = matched if matched else (None, {})
        call = Call(request.method, path, route.template if route else None, params, dict(request.query), None)
        self.calls.append(call)
        headers: dict[str, str] = {}
        try:
            status, body, extra = await self._answer(request, route, path, params, call, headers)
        except DiscordError as exc:
            status, body, extra = exc.status, exc.body(), {}
        except Exception as exc:
            log.exception("fake discord failed on %s %s", request.method, path)
            self.internal_errors.append(f"{request.method} {path}: {exc!r}")
            status, body, extra = 500, {"message": "500: Internal Server Error", "code": 0}, {}
        call.status, call.response = status, body
        self.notify()
        for fault in self.held_responses:
            if status < 300 and fault.matches(request.method, path):
                await fault.pass_or_hold()
        return json_response(status, body, {**headers, **extra})

    async def _answer(
        self,
        request: web.Request,
        route: Route | None,
        path: str,
        params: dict[str, str],
        call: Call,
        headers: dict[str, str],
    ) -> tuple[int, Any, dict[str, str]]:
        """Parse, check authorisation and rate limits, run the handler; return (status, body, extra headers)."""
        try:
            req = await parse(request, path, params)
        except ValueError:
            raise DiscordError(400, 50109, "The request body contains invalid JSON.") from None
        call.body = req.json
        call.files = [{k: v for k, v in f.items() if k != "data"} for f in req.files]
        if route is None:
            self.unhandled.append(call)
            log.warning("unhandled route: %s %s", request.method, path)
            raise UNKNOWN_ROUTE
        if route.auth and request.headers.get("Authorization") != f"Bot {self.token}":
            raise UNAUTHORIZED
        for rule in self.rate_limits:
            if rule.matches(request.method, path):
                allowed, rule_headers, retry_after = rule.take()
                headers.update(rule_headers)
                if not allowed:
                    return 429, rule.body(retry_after), {}
        result = await route.handler(self, req)
        if isinstance(result, Reply):
            return result.status, result.body, result.headers
        if result is None:
            return 204, None, {}
        return 200, result, {}
