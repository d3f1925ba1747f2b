"""Fit text into Discord's message limits: continue long text in more fields, embeds and messages.

Any message built from bank content (session cards, reveals, packets, a daily post) goes through here.
What still has to be cut is recorded, so `banks check` can name it: see `recording_cuts`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

import discord

from bot.core.render import clip as _clip

# Discord's limits (characters unless stated).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4_096
FIELD_NAME_LIMIT = 256
FIELD_LIMIT = 1_024
FOOTER_LIMIT = 2_048
EMBED_FIELDS = 25
# Across all the embeds of one message: at most 10 embeds and 6,000 characters.
MESSAGE_EMBEDS = 10
MESSAGE_EMBED_CHARS = 6_000
CONTENT_LIMIT = 2_000
# A field that continues the text above it; Discord requires a name and renders this one as nothing.
BLANK = "\u200b"
FENCE = "```"

_cuts: ContextVar[list[str] | None] = ContextVar("cuts", default=None)


@contextlib.contextmanager
def recording_cuts() -> Iterator[list[str]]:
    """Collect, while rendering inside the block, a note for every text that had to be cut to fit."""
    notes: list[str] = []
    token = _cuts.set(notes)
    try:
        yield notes
    finally:
        _cuts.reset(token)


def clip(text: str, limit: int, what: str) -> str:
    """Cut text to a limit, marking the cut with `…`, and record what was cut and by how much."""
    if len(text) > limit:
        notes = _cuts.get()
        if notes is not None:
            notes.append(f"{what} cut from {len(text):,} to {limit:,} characters")
    return _clip(text, limit)


def split_text(text: str, limit: int) -> list[str]:
    """Split text into chunks of at most `limit` characters at paragraph, line or word breaks.

    A code block cut in two is closed at the end of one chunk and reopened at the start of the next.
    """
    rest = text.strip()
    chunks: list[str] = []
    reopen = ""
    while rest:
        rest = reopen + rest
        if len(rest) <= limit:
            chunks.append(rest)
            break
        room = limit - len(FENCE) - 1  # space to close a code block if the cut falls inside one
        cut = _break_at(rest, room)
        head = rest[:cut].rstrip()
        opened = _open_fence(head)
        if opened is not None:
            head += "\n" + FENCE
        reopen = f"{opened}\n" if opened is not None else ""
        chunks.append(head)
        rest = rest[cut:].strip()
    return chunks or [""]


def _break_at(text: str, room: int) -> int:
    window = text[:room]
    for separator in ("\n\n", "\n", " "):
        at = window.rfind(separator)
        if at > room // 3:
            return at
    return room


def _open_fence(text: str) -> str | None:
    """Return the opening line of a code block left open at the end of text, if any."""
    opened = None
    for match in re.finditer(r"^```.*$", text, flags=re.MULTILINE):
        opened = match.group(0) if opened is None else None
    return opened


@dataclass(frozen=True)
class Field:
    """A named block of text in an embed; long values continue in further fields."""

    name: str
    value: str
    inline: bool = False


def embeds(
    title: str,
    body: str,
    *,
    colour: discord.Colour,
    fields: Sequence[Field] = (),
    footer: str | None = None,
) -> list[discord.Embed]:
    """Render a title, a body and fields as embeds that each fit; long text continues in more embeds, never cut."""
    footer = clip(footer, FOOTER_LIMIT, "footer") if footer else None
    reserve = len(footer or "")
    result = [discord.Embed(colour=colour)]
    for number, part in enumerate(split_text(body, DESCRIPTION_LIMIT)):
        embed = result[0] if number == 0 else _new(result, colour)
        embed.description = part or None
    result[0].title = clip(title, TITLE_LIMIT, "title")
    for field in fields:
        name = clip(field.name, FIELD_NAME_LIMIT - len(" (continued)"), f"{field.name} name")
        parts = split_text(field.value, FIELD_LIMIT)
        for number, value in enumerate(parts):
            label = name if number == 0 else f"{name} (continued)"
            embed = result[-1]
            if (
                len(embed.fields) == EMBED_FIELDS
                or len(embed) + len(label) + len(value) + reserve > MESSAGE_EMBED_CHARS
            ):
                embed = _new(result, colour)
            embed.add_field(name=label, value=value or "-", inline=field.inline and len(parts) == 1)
    if footer:
        result[-1].set_footer(text=footer)
    return result


def one_embed(
    title: str,
    body: str,
    *,
    colour: discord.Colour,
    fields: Sequence[Field] = (),
    footer: str | None = None,
    what: str = "text",
    wrap: str = "",
) -> discord.Embed:
    """Render a card that must stay one embed (it carries buttons): the body continues in blank-named fields.

    `wrap` surrounds every piece of the body (`||` keeps a hint a spoiler). Only what cannot fit in 6,000
    characters is cut, and the cut is recorded.
    """
    title = clip(title, TITLE_LIMIT, "title")
    footer = clip(footer, FOOTER_LIMIT, "footer") if footer else None
    body = body.strip()
    room = len(body)
    while room > 1:  # shrink the body until the whole card fits; a few rounds at most
        embed = _card(title, _clip(body, room), colour, fields, footer, wrap)
        excess = len(embed) - MESSAGE_EMBED_CHARS
        if excess <= 0 and len(embed.fields) <= EMBED_FIELDS:
            if room < len(body):
                embed = _card(title, clip(body, room, what), colour, fields, footer, wrap)
            return embed
        room -= max(excess, FIELD_LIMIT // 4)
    return _card(title, clip(body, 1, what), colour, fields, footer, wrap)  # the other fields fill the card


def _card(
    title: str, body: str, colour: discord.Colour, fields: Sequence[Field], footer: str | None, wrap: str
) -> discord.Embed:
    pieces = split_text(body, DESCRIPTION_LIMIT - 2 * len(wrap))
    rest = split_text("\n\n".join(pieces[1:]), FIELD_LIMIT - 2 * len(wrap)) if len(pieces) > 1 else []
    embed = discord.Embed(title=title, description=f"{wrap}{pieces[0]}{wrap}" if pieces[0] else None, colour=colour)
    for piece in rest:
        embed.add_field(name=BLANK, value=f"{wrap}{piece}{wrap}", inline=False)
    for field in fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    if footer:
        embed.set_footer(text=footer)
    return embed


def batches(items: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages: Discord allows 10 per message and 6,000 characters across them."""
    groups: list[list[discord.Embed]] = [[]]
    for embed in items:
        group = groups[-1]
        if group and (len(group) == MESSAGE_EMBEDS or sum(map(len, group)) + len(embed) > MESSAGE_EMBED_CHARS):
            groups.append(group := [])
        group.append(embed)
    return groups


def _new(result: list[discord.Embed], colour: discord.Colour) -> discord.Embed:
    result.append(discord.Embed(colour=colour))
    return result[-1]


def problems(items: Sequence[discord.Embed], content: str = "") -> list[str]:
    """Return every Discord limit a message with these embeds and content would break (empty if it fits)."""
    found = []
    if len(content) > CONTENT_LIMIT:
        found.append(f"content is {len(content):,} characters (limit {CONTENT_LIMIT:,})")
    if len(items) > MESSAGE_EMBEDS:
        found.append(f"{len(items)} embeds (limit {MESSAGE_EMBEDS})")
    total = sum(len(e) for e in items)
    if total > MESSAGE_EMBED_CHARS:
        found.append(f"embeds total {total:,} characters (limit {MESSAGE_EMBED_CHARS:,})")
    for embed in items:
        limits = [("title", embed.title, TITLE_LIMIT), ("description", embed.description, DESCRIPTION_LIMIT)]
        limits += [("footer", embed.footer.text, FOOTER_LIMIT)]
        limits += [(f"field {f.name!r}", f.value, FIELD_LIMIT) for f in embed.fields]
        limits += [(f"field name {f.name!r}", f.name, FIELD_NAME_LIMIT) for f in embed.fields]
        found += [
            f"{what} is {len(text):,} characters (limit {cap:,})" for what, text, cap in limits if len(text or "") > cap
        ]
        if len(embed.fields) > EMBED_FIELDS:
            found.append(f"{len(embed.fields)} fields (limit {EMBED_FIELDS})")
    return found
