"""Render every message the bot builds from each question, with the real embeds, and report what does not fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import discord

from bot.core.bank import Bank
from bot.core.bank_lint import Finding, located
from bot.core.questions import Question
from bot.core.session import Session
from bot.ui import fit
from bot.ui import session as ui

# Any instant renders the same: Discord timestamps are ten digits until the year 2286.
RENDERED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
# What the author can shorten when a part of a message had to be cut.
FIXES = {
    "question card": "shorten the prompt, constraints, examples or scale assumptions",
    "hint": "shorten that hint",
    "follow-up message": "shorten the first two follow-ups",
    "agenda": "use fewer or shorter stage ids",
    "title": "shorten the title",
}

Message = tuple[list[discord.Embed], str]


def render_findings(bank: Bank) -> list[Finding]:
    """Return, per question, each message part that had to be cut and each message that would break a limit."""
    findings = []
    for question in bank.questions.values():
        for label, build in _messages(question):
            with fit.recording_cuts() as cuts:
                messages = build()
            for cut in dict.fromkeys(cuts):
                fix = next((v for k, v in FIXES.items() if cut.startswith(k)), "shorten the text")
                findings.append(Finding(question.id, f"{label}: {cut} to fit Discord's limits; {fix}"))
            for number, (embeds, content) in enumerate(messages, start=1):
                where = label if len(messages) == 1 else f"{label}, message {number}"
                for problem in fit.problems(embeds, content):
                    findings.append(Finding(question.id, f"{where} would be refused by Discord: {problem}"))
    return located(bank, findings)


def _messages(question: Question) -> Iterator[tuple[str, Callable[[], list[Message]]]]:
    """Yield each message the bot sends about a question, as a label and a function that renders it."""
    session = Session.start(
        guild_id=1, candidate_id=2, interviewer_id=3, questions=[question], now=RENDERED_AT, session_id=1
    )
    yield "question card", lambda: [([ui.question_embed(session)], "")]
    current = session
    for _ in question.hints:
        current, hint = current.take_hint(RENDERED_AT)
        yield f"hint {hint.stage}", lambda hint=hint: [([ui.hint_embed(hint, by_interviewer=True)], "")]
    yield "reveal", lambda: [(batch, "") for batch in ui.batches(ui.reveal_embeds(session))]
    yield "follow-up message", lambda: [([], ui.follow_up_text(session))]
    yield "interviewer packet", lambda: [(batch, "") for batch in ui.batches(ui.packet_embeds(session))]
