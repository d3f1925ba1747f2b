"""Steps of a mock-interview session as a member takes them, shared by the /mock e2e modules."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from tests.e2e.fake_discord import Channel, FakeDiscord, Human, InteractionRecord, Message


def thread_link(text: str) -> int:
    """Return the channel id of the first `<#id>` in a text."""
    match = re.search(r"<#(\d+)>", text)
    assert match, f"no thread link in {text!r}"
    return int(match[1])


async def open_session(
    fake: FakeDiscord, human: Human, round_label: str, **options: Any
) -> tuple[InteractionRecord, Channel, Message]:
    """Run `/mock <round>` in #practice; return the reply, the session's thread and its question card."""
    reply = await human.run_command(f"mock {round_label}", where="practice", **options)
    assert reply.response_type == 5 and reply.ephemeral, "a session is acknowledged privately at once"
    final = await reply.final()
    thread = fake.world.channel(thread_link(final["content"]))
    card = await fake.wait_for(lambda: next((m for m in fake.history(thread) if m.embeds), None), what="question card")
    return reply, thread, card


def bot_messages(fake: FakeDiscord, thread: Channel) -> list[Message]:
    """Return the bot's messages in a thread, oldest first."""
    return [m for m in fake.history(thread) if int(m.data["author"]["id"]) == fake.me.id]


def embed_titles(messages: list[Message]) -> list[str]:
    """Return every embed title in the messages."""
    return [e.get("title", "") for m in messages for e in m.embeds]


def session_id(card: Message) -> int:
    """Return the session id from a question card's button custom ids."""
    custom_ids = [c["custom_id"] for row in card.data["components"] for c in row["components"]]
    return int(custom_ids[0].rsplit(":", 1)[1])


def is_summary(message: Message, sid: int) -> bool:
    """Tell whether a message is the summary card of a session."""
    return any(e.get("title", "").startswith(f"Session {sid} summary") for e in message.embeds)


def labels(message: Message) -> list[str]:
    """Return the button labels of a message."""
    return [c.get("label", "") for row in message.data.get("components", []) for c in row["components"]]


def query(database: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Read the bot's SQLite database, as an admin would."""
    with sqlite3.connect(database) as conn:
        return conn.execute(sql, args).fetchall()


def revealed(database: Path, sid: int) -> bool:
    """Tell whether a session's reveal is complete, review prompts and their reactions included."""
    return query(database, "SELECT revealed_at IS NOT NULL FROM interview_sessions WHERE id = ?", sid) == [(1,)]
