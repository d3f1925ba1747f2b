"""REST plumbing: a route table, parsed requests (JSON or multipart), recorded calls, JSON replies."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .snowflake import new_id

if TYPE_CHECKING:
    from .server import FakeDiscord

Handler = Callable[["FakeDiscord", "Req"], Awaitable[Any]]


@dataclass
class Reply:
    """A response other than 200-with-JSON."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """One REST request the fake received, and its answer."""

    method: str
    path: str
    route: str | None  # the template, e.g. "/channels/{channel_id}/messages"; None if unknown
    params: dict[str, str]
    query: dict[str, str]
    body: Any
    status: int = 0
    response: Any = None
    at: float = field(default_factory=time.perf_counter)
    files: list[dict[str, Any]] = field(default_factory=list)

    @property
    def unhandled(self) -> bool:
        """Return whether no route matched."""
        return self.route is None

    def __str__(self) -> str:
        return f"{self.method} {self.path} → {self.status}"


@dataclass
class Req:
    """A parsed request, as handlers see it."""

    method: str
    path: str
    params: dict[str, str]
    query: dict[str, str]
    json: Any
    files: list[dict[str, Any]]
    headers: dict[str, str]

    def body(self) -> dict[str, Any]:
        """Return the JSON object body (empty if none)."""
        return self.json if isinstance(self.json, dict) else {}

    def int_param(self, name: str) -> int:
        """Return a snowflake path parameter."""
        return int(self.params[name])


@dataclass
class Route:
    """A method and path template bound to a handler."""

    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool


class Router:
    """Routes requests by method and path template."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def route(self, method: str, template: str, *, auth: bool = True) -> Callable[[Handler], Handler]:
        """Register a handler; `auth=False` for interaction and webhook-token routes."""
        regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"

        def register(handler: Handler) -> Handler:
            self.routes.append(Route(method, template, re.compile(regex), handler, auth))
            return handler

        return register

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        """Return the route and path parameters for a request, or None."""
        for route in self.routes:
            if route.method == method:
                found = route.pattern.match(path)
                if found:
                    return route, found.groupdict()
        return None


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> web.Response:
    """Answer JSON with `Content-Type: application/json` exactly (discord.py compares the header verbatim)."""
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    if status == 204:
        all_headers.pop("Content-Type")
        return web.Response(status=204, headers=all_headers)
    return web.Response(status=status, body=json.dumps(body).encode(), headers=all_headers)


async def parse(request: web.Request, path: str, params: dict[str, str]) -> Req:
    """Read a JSON or multipart (payload_json + files[n]) body."""
    body: Any = None
    files: list[dict[str, Any]] = []
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":  # type: ignore[union-attr]
                body = json.loads(await part.text())  # type: ignore[union-attr]
            else:
                data = await part.read()  # type: ignore[union-attr]
                match = re.match(r"files\[(\d+)\]", part.name or "")  # type: ignore[union-attr]
                files.append(
                    {
                        "index": int(match.group(1)) if match else len(files),
                        "filename": part.filename,  # type: ignore[union-attr]
                        "size": len(data),
                        "content_type": part.headers.get("Content-Type", "application/octet-stream"),  # type: ignore[union-attr]
                        "data": data,
                    }
                )
    elif request.can_read_body:
        text = await request.text()
        if text:
            body = json.loads(text)
    return Req(request.method, path, params, dict(request.query), body, files, dict(request.headers))


# The bytes of every uploaded attachment, by attachment id, as Discord's CDN would serve them.
UPLOADS: dict[int, bytes] = {}


def attachments_from(req: Req, channel_id: int) -> list[dict[str, Any]]:
    """Turn uploaded files into attachment objects, with the descriptions from payload_json (bytes in UPLOADS)."""
    described = {int(a.get("id", -1)): a for a in req.body().get("attachments") or [] if str(a.get("id", "")).isdigit()}
    result = []
    for upload in req.files:
        attachment_id = new_id()
        UPLOADS[attachment_id] = upload["data"]
        meta = described.get(upload["index"], {})
        filename = meta.get("filename") or upload["filename"]
        url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
        result.append(
            {
                "id": str(attachment_id),
                "filename": filename,
                "size": upload["size"],
                "url": url,
                "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
                "content_type": upload["content_type"],
                **({"description": meta["description"]} if meta.get("description") else {}),
            }
        )
    return result
