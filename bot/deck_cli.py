"""`python -m bot review [export [--out FILE] | add ID [--note TEXT]]`: the terminal's review deck.

Without a subcommand it lists the due cards and runs them, most overdue first and asking before each next one,
through the terminal practice engine; ending each session asks how well the solution was recalled, before the key
points. The terminal's deck belongs to the local practitioner (server 0, member 0), like its sessions. The command
line imports this module to build its parser, so imports stay lazy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.clock import utcnow
from bot.files import write_file

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from bot.config import Settings
    from bot.core.deck import DeckCard
    from bot.core.session import Session
    from bot.practice import Console
    from bot.services.deck import DeckService
    from bot.services.sessions import SessionService

RECALL_QUESTION = "\nBefore the key points: how well did you recall the solution?"
RECALL_PROMPT = "1 Again · 2 Hard · 3 Good · 4 Easy (Enter skips): "
GUILD = USER = 0  # the terminal's practitioner, as in bot/practice.py


def add_parser(sub: Any) -> None:
    """Add the `review` subcommand and its own subcommands to the command line."""
    review = sub.add_parser("review", help="your review deck: run the most overdue card, or export the spreadsheet")
    actions = review.add_subparsers(dest="review_command")
    export = actions.add_parser("export", help="write the deck as CSV (UTF-8, header row)")
    export.add_argument(
        "--out", type=Path, help="a file to write (with a byte-order mark for spreadsheets); default stdout"
    )
    review.add_argument(
        "--script",
        action="store_true",
        help="read commands and answers from standard input (a file or pipe) instead of a terminal",
    )
    add = actions.add_parser("add", help="add a question to the deck with a one-line note")
    add.add_argument("question_id")
    add.add_argument("--note", default="", help="the key idea or algorithm, one line")


def offer_lines(session: Session) -> list[str]:
    """Return the end-of-session offer to add each question to the deck, worded more strongly for a hard one."""
    from bot.config import cli_command
    from bot.core.deck import worth_offering

    scores = [score for _, score in session.ratings]
    lines = []
    for question, hints in zip(session.questions, session.hints_used, strict=False):
        lead = "Worth a second attempt" if worth_offering(hints, scores) else "Found it hard?"
        lines.append(f'{lead}: {cli_command()} review add {question.id} --note "the key idea, in one line"')
    return lines


async def run_review(settings: Settings, args: argparse.Namespace) -> int:
    """Run `python -m bot review ...` against the configured database; return the exit status."""
    from bot.db.engine import Database
    from bot.db.migrate import ensure_at_head
    from bot.launcher import load_bank
    from bot.services.deck import DeckService
    from bot.services.sessions import SessionService

    database = Database.from_url(settings.database_url)
    try:
        await ensure_at_head(database.engine, auto_migrate=settings.auto_migrate or database.is_sqlite)
        bank = load_bank(settings)
        deck = DeckService(database, bank)
        if args.review_command == "export":
            text = await deck.export(GUILD, USER)
            if args.out is None:
                sys.stdout.write(text)
            else:
                write_file(args.out, text.encode("utf-8-sig"))  # the byte-order mark tells spreadsheets it is UTF-8
                print(f"wrote {text.count(chr(10)) - 1} card(s) to {args.out}")
            return 0
        if args.review_command == "add":
            card, new = await deck.add(GUILD, USER, args.question_id, args.note, utcnow())
            print(f"{'added' if new else 'already in the deck'}: {card.question_id}, due {card.due:%Y-%m-%d %H:%M} UTC")
            return 0
        return await _run_due(deck, SessionService(database, bank), args.script)
    finally:
        await database.dispose()


async def _run_due(deck: DeckService, sessions: SessionService, script: bool) -> int:
    from bot.config import cli_command
    from bot.failures import ExpectedFailure
    from bot.practice import Practice, has_terminal, open_console

    due = await deck.due(GUILD, USER, utcnow())
    if not due:
        print("Nothing in your review deck is due now.")
        return 0
    if not script and not has_terminal():
        raise ExpectedFailure(
            "review needs an interactive terminal, and standard input or output is not one. "
            f"To drive it from a file or a pipe, add --script: {cli_command()} review --script"
        )
    running = await sessions.running_session(GUILD, USER)
    if running is not None:  # resuming it here would rate a card on another question's session
        raise ExpectedFailure(
            f"You have a {running.round.label} practice session open ({running.question.title}). Resume or end it "
            f"first with `{cli_command()} practice {running.round.label}`, then run review again."
        )
    print(f"{len(due)} card(s) due, most overdue first:")
    for card, question in due:
        title = question.title if question else "(no longer in the banks)"
        print(f"- {card.question_id}: {title} (due {card.due:%Y-%m-%d %H:%M} UTC)")
    runnable = [(card, question) for card, question in due if question is not None]
    if not runnable:
        print("None of them is in the banks any more: `review export` lists them.")
        return 0
    console = open_console(script)
    for number, (card, question) in enumerate(runnable):
        if number and not await _confirm(console, f"Next card ({number + 1} of {len(runnable)})?"):
            break
        practice = Practice(
            _forced(sessions, card.question_id), console, utcnow, cli_command(), recall=_recall(console, deck, card)
        )
        status = await practice.run(question.round, None, None)
        if status:
            return status
    return 0


def _recall(console: Console, deck: DeckService, card: DeckCard) -> Callable[[Session], Awaitable[None]]:
    """Return the hook that asks how well the card was recalled, before the key points show (they would bias it)."""
    from bot.core.deck import Recall
    from bot.practice.console import Interrupted

    async def recall(session: Session) -> None:
        if card.question_id not in {q.id for q in session.questions}:
            return  # not this card's re-attempt
        console.say(RECALL_QUESTION)
        while True:
            try:
                answer = (await console.ask(RECALL_PROMPT) or "").strip()
            except Interrupted:
                console.say("Recall not rated; the card stays due.")
                raise  # Ctrl-C stops at once, as everywhere in the terminal
            except EOFError:
                answer = ""
            if answer in {"1", "2", "3", "4"}:
                rated = await deck.rate(GUILD, USER, card.question_id, Recall(int(answer)), utcnow(), session.id)
                points = f", +{rated.points} points" if rated.points else ""
                when = f"{rated.card.due:%Y-%m-%d} (UTC)"
                console.say(f"Recall: {Recall(int(answer)).label}; next re-attempt {when}{points}.")
                return
            if not answer:
                console.say("Recall not rated; the card stays due.")
                return
            console.say("Please type 1, 2, 3 or 4, or press Enter to skip.")

    return recall


async def _confirm(console: Console, question: str) -> bool:
    from bot.practice.console import Interrupted

    try:
        answer = await console.ask(f"{question} [y/N]: ")
    except (Interrupted, EOFError):
        return False
    return (answer or "").strip().lower() in {"y", "yes"}


def _forced(sessions: SessionService, question_id: str) -> SessionService:
    """Return the practice engine's session service, opening the deck card's question instead of picking one."""
    from bot.services.sessions import SessionService

    class Forced(SessionService):
        async def open(self, **options: Any) -> Any:  # type: ignore[override]
            return await super().open(**options, question_id=question_id)

    return Forced(sessions.database, sessions.bank, sessions.rng)
