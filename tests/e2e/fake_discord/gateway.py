"""The gateway websocket: HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, dispatch by intents, RESUME."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import FakeDiscord

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, RESUME, RECONNECT, INVALID_SESSION, HELLO, HEARTBEAT_ACK = (
    0,
    1,
    2,
    3,
    6,
    7,
    9,
    10,
    11,
)
HEARTBEAT_INTERVAL_MS = 41_250
BUFFERED_EVENTS = 1_000

# Intents (https://discord.com/developers/docs/events/gateway#gateway-intents).
GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_PRESENCES = 1 << 8
GUILD_MESSAGES = 1 << 9
GUILD_MESSAGE_REACTIONS = 1 << 10
DIRECT_MESSAGES = 1 << 12
DIRECT_MESSAGE_REACTIONS = 1 << 13
MESSAGE_CONTENT = 1 << 15
PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT
ALL_INTENTS = (1 << 26) - 1


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


@dataclass
class Connection:
    """One websocket connection."""

    ws: web.WebSocketResponse
    request: web.Request
    compressor: Any  # a zlib compressobj for zlib-stream, else None (text frames)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    session: Session | None = None
    heartbeats: int = 0
    client_close_code: int | None = None
    server_close_code: int | None = None  # set when the fake closed the connection

    async def send(self, payload: dict[str, Any] | str) -> None:
        """Send one gateway message, compressed with the connection's shared zlib stream when asked."""
        text = payload if isinstance(payload, str) else _dumps(payload)
        async with self.lock:
            if self.ws.closed:
                return
            try:
                if self.compressor is None:
                    await self.ws.send_str(text)
                else:
                    data = self.compressor.compress(text.encode()) + self.compressor.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(data)
            except ConnectionResetError:
                pass


@dataclass
class Session:
    """A gateway session: survives a dropped connection so the client can RESUME it."""

    id: str
    token: str
    intents: int
    shard: tuple[int, int] = (0, 1)  # [shard_id, shard_count] from IDENTIFY: which servers' events it receives
    seq: int = 0
    buffer: list[tuple[int, str]] = field(default_factory=list)
    conn: Connection | None = None
    valid: bool = True
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def wants(self, intent: int | None) -> bool:
        """Return whether this session asked for an event's intent (None: always sent)."""
        return self.valid and (intent is None or bool(self.intents & intent))

    def serves(self, guild_id: int) -> bool:
        """Return whether a server's events go to this session: `(guild_id >> 22) % shard_count == shard_id`."""
        shard_id, shard_count = self.shard
        return (guild_id >> 22) % shard_count == shard_id


@dataclass
class GatewayRecord:
    """A message the fake received or sent."""

    at: float
    direction: str  # "recv" or "send"
    op: int
    event: str | None = None
    seq: int | None = None
    data: Any = None


class Gateway:
    """Serves the gateway and dispatches events to connected sessions."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: dict[str, Session] = {}
        self.connections: list[Connection] = []
        self.log: list[GatewayRecord] = []
        self.paths: list[str] = []  # the URL each connection used, with its query

    # — what tests look at —
    @property
    def heartbeats(self) -> int:
        """Return how many heartbeats the fake has acknowledged."""
        return sum(1 for r in self.log if r.direction == "recv" and r.op == HEARTBEAT)

    def received(self, op: int) -> list[GatewayRecord]:
        """Return the messages received with an opcode."""
        return [r for r in self.log if r.direction == "recv" and r.op == op]

    def sent_events(self, event: str) -> list[GatewayRecord]:
        """Return the dispatches sent with an event name."""
        return [r for r in self.log if r.direction == "send" and r.event == event]

    def live_session(self, guild_id: int | None = None) -> Session | None:
        """Return the newest valid session (that receives a server's events, if one is named)."""
        valid = [s for s in self.sessions.values() if s.valid and (guild_id is None or s.serves(guild_id))]
        return valid[-1] if valid else None

    @property
    def connected(self) -> bool:
        """Return whether a session has a live connection."""
        session = self.live_session()
        return bool(session and session.conn and not session.conn.ws.closed)

    # — serving —
    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one websocket connection."""
        self.paths.append(str(request.rel_url))
        if request.query.get("v") != "10" or request.query.get("encoding", "json") != "json":
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            await ws.close(code=4012, message=b"Invalid API version")
            return ws
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        compress = request.query.get("compress")
        compressor = zlib.compressobj() if compress == "zlib-stream" else None
        conn = Connection(ws, request, compressor)
        self.connections.append(conn)
        await self._send(
            conn, {"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ["fake-gateway"]}}
        )
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT and msg.type is not WSMsgType.BINARY:
                    break
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                try:
                    await self._received(conn, payload)
                except Exception as exc:  # a bug in the fake: fail the test, not just the connection
                    self.fake.internal_errors.append(f"gateway op {payload.get('op')}: {exc!r}")
                    raise
                self.fake.notify()
        finally:
            conn.client_close_code = ws.close_code
            session = conn.session
            if session is not None and session.conn is conn:
                session.conn = None
                # A client that closes with 1000 or 1001 ends its session; anything else may be resumed.
                if ws.close_code in (1000, 1001) and conn.server_close_code is None:
                    session.valid = False
            self.fake.notify()
        return ws

    async def _send(self, conn: Connection, payload: dict[str, Any]) -> None:
        self.log.append(GatewayRecord(time.perf_counter(), "send", payload["op"], payload.get("t"), payload.get("s")))
        await conn.send(payload)

    async def _received(self, conn: Connection, payload: dict[str, Any]) -> None:
        op, data = payload.get("op"), payload.get("d")
        shown = {k: v for k, v in data.items() if k != "token"} if isinstance(data, dict) else data
        self.log.append(GatewayRecord(time.perf_counter(), "recv", op, data=shown))
        if op == HEARTBEAT:
            conn.heartbeats += 1
            await self._send(conn, {"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            await self._identify(conn, data)
        elif op == RESUME:
            await self._resume(conn, data)
        elif conn.session is None:
            await self._close(conn, 4003, "Not authenticated.")
        elif op == PRESENCE:
            pass
        else:
            self.fake.record_unhandled("GATEWAY", f"op {op}", data)
            await self._close(conn, 4001, "Unknown opcode.")

    async def _close(self, conn: Connection, code: int, reason: str) -> None:
        conn.server_close_code = code
        await conn.ws.close(code=code, message=reason.encode())

    async def _identify(self, conn: Connection, data: dict[str, Any]) -> None:
        fake = self.fake
        if conn.session is not None:
            await self._close(conn, 4005, "Already authenticated.")
            return
        token = data.get("token")
        if token != fake.world.app.token or token in fake.gateway_rejected_tokens:
            await self._close(conn, 4004, "Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int) or intents & ~ALL_INTENTS:
            await self._close(conn, 4013, "Invalid intent(s).")
            return
        if intents & PRIVILEGED & ~fake.world.app.privileged_intents:
            await self._close(conn, 4014, "Disallowed intent(s).")
            return
        shard = data.get("shard") or [0, 1]
        if (
            not isinstance(shard, list)
            or len(shard) != 2
            or not all(isinstance(n, int) for n in shard)
            or not 0 <= shard[0] < shard[1]
        ):
            await self._close(conn, 4010, "Invalid shard.")
            return
        session = Session(secrets.token_hex(16), token, intents, shard=(shard[0], shard[1]))
        self.sessions[session.id] = session
        guilds = [g for g in fake.world.guilds.values() if session.serves(g.id)]
        session.conn = conn
        conn.session = session
        host = conn.request.host
        ready = {
            "v": 10,
            "user": {**fake.world.app.bot.payload(), "verified": True, "mfa_enabled": False, "email": None},
            "user_settings": {},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": f"ws://{host}/resume",
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth_session_id_hash": secrets.token_hex(8),
            "application": {"id": str(fake.world.app.id), "flags": fake.world.app.payload()["flags"]},
            "_trace": ["fake-gateway"],
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        await self.send_event(session, "READY", ready)
        # Discord sends each of the shard's servers right after READY; members are only the bot without GUILD_PRESENCES.
        for guild in guilds:
            payload = guild.create_payload(fake.world.app.bot.id, all_members=bool(intents & GUILD_PRESENCES))
            await self.send_event(session, "GUILD_CREATE", payload)

    async def _resume(self, conn: Connection, data: dict[str, Any]) -> None:
        session = self.sessions.get(data.get("session_id", ""))
        if session is None or not session.valid or data.get("token") != session.token:
            await self._send(conn, {"op": INVALID_SESSION, "d": False})
            return
        seq = data.get("seq") or 0
        old = session.conn
        session.conn = conn
        conn.session = session
        if old is not None and old is not conn and not old.ws.closed:
            await self._close(old, 4000, "Session resumed elsewhere.")
        async with session.lock:
            for number, text in session.buffer:
                if number > seq:
                    event = json.loads(text)
                    self.log.append(GatewayRecord(time.perf_counter(), "send", DISPATCH, event["t"], number))
                    await conn.send(text)
        await self.send_event(session, "RESUMED", {"_trace": ["fake-gateway"]})

    # — sending —
    async def send_event(self, session: Session, event: str, data: Any) -> float:
        """Send (or buffer, while disconnected) one dispatch; return when it was written."""
        async with session.lock:
            session.seq += 1
            text = _dumps({"op": DISPATCH, "t": event, "s": session.seq, "d": data})
            session.buffer.append((session.seq, text))
            if len(session.buffer) > BUFFERED_EVENTS:
                del session.buffer[: len(session.buffer) - BUFFERED_EVENTS]
            at = time.perf_counter()
            conn = session.conn
            if conn is not None:
                self.log.append(GatewayRecord(at, "send", DISPATCH, event, session.seq))
                await conn.send(text)
            return at

    async def dispatch(
        self,
        event: str,
        data: Any,
        *,
        intent: int | None = None,
        shape: Callable[[Session, Any], Any] | None = None,
    ) -> float | None:
        """Send an event to every session that asked for its intent; `shape` may tailor it per session."""
        sent = None
        guild_id = int(data["guild_id"]) if isinstance(data, dict) and data.get("guild_id") else None
        for session in list(self.sessions.values()):
            if session.wants(intent) and (guild_id is None or session.serves(guild_id)):
                payload = shape(session, data) if shape else data
                if payload is not None:
                    sent = await self.send_event(session, event, payload)
        return sent

    # — faults a test can inject —
    async def drop(self, code: int = 4000, reason: str = "fake: connection dropped") -> None:
        """Close the live connection from the server side (the session stays resumable)."""
        session = self.live_session()
        assert session is not None and session.conn is not None, "the bot is not connected"
        await self._close(session.conn, code, reason)

    def abort(self) -> None:
        """Cut the live connection's TCP socket without a close frame."""
        session = self.live_session()
        assert session is not None and session.conn is not None, "the bot is not connected"
        transport = session.conn.request.transport
        if transport is not None:
            transport.abort()

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT, as Discord does before moving a session."""
        session = self.live_session()
        assert session is not None and session.conn is not None, "the bot is not connected"
        await self._send(session.conn, {"op": RECONNECT, "d": None})
