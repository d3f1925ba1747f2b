"""Command line: `python -m bot [run | practice | review | judge | leaderboard | stats | db | banks | sync-…]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import select
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import SettingsError, load_settings
from bot.core.errors import UserFacingError
from bot.core.questions import Difficulty, Round
from bot.deck_cli import add_parser as add_review_parser

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Mock Interviewer, a Discord mock-interview bot."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="connect to Discord and serve (the default)")

    db = sub.add_parser("db", help="database maintenance: upgrade")
    db.set_defaults(actions=db, action_names="upgrade")
    db.add_subparsers(dest="action", metavar="ACTION").add_parser("upgrade", help="migrate the database to head")

    banks = sub.add_parser("banks", help="question bank tools: check, stats, topics, budgets")
    banks.set_defaults(actions=banks, action_names="check, stats, topics or budgets")
    banks_sub = banks.add_subparsers(dest="action", metavar="ACTION")
    check = banks_sub.add_parser("check", help="validate the shipped banks and any extra directories")
    check.add_argument(
        "--strict", action="store_true", help="also fail on lint findings (coverage gaps are reported, not fatal)"
    )
    check.add_argument("dirs", nargs="*", type=Path, help="extra bank directories to load beside the shipped ones")
    banks_sub.add_parser("stats", help="print coverage: questions per round, difficulty and topic")
    banks_sub.add_parser(
        "budgets", help="time the reference solutions in the sandbox and store each large case's budget"
    )
    topics = banks_sub.add_parser("topics", help="list the topics `practice --topic` accepts")
    topics.add_argument("round", nargs="?", type=_round, help=f"one of {', '.join(r.label for r in Round)}")

    judge = sub.add_parser("judge", help="run a solution file against a coding question's tests, in the sandbox")
    judge.add_argument("question_id", help="a coding or ML-coding question id, e.g. cod-arrays-hashing-001")
    judge.add_argument("file", type=Path, help="a .py file defining the question's function")

    practice = sub.add_parser("practice", help="run a mock interview in this terminal, no Discord needed")
    practice.add_argument("round", type=_round, help=f"one of {', '.join(r.label for r in Round)}")
    practice.add_argument("--difficulty", type=_difficulty, help="easy, medium or hard")
    practice.add_argument("--topic", help="a topic or tag (see `banks topics ROUND`); case does not matter")
    practice.add_argument(
        "--script",
        action="store_true",
        help="read commands and answers from standard input (a file or pipe) instead of a terminal",
    )

    add_review_parser(sub)
    from bot.reports import add_parsers

    add_parsers(sub, round_type=_round)

    sync = sub.add_parser("sync-commands", help="register the slash commands with Discord")
    sync.add_argument(
        "--guild", type=int, help="sync to one server only (instant), instead of globally; default DEV_GUILD_ID"
    )
    return parser


def _round(text: str) -> Round:
    try:
        return Round.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown round {text!r}; use one of {', '.join(r.label for r in Round)}"
        ) from None


def _difficulty(text: str) -> Difficulty:
    try:
        return Difficulty(text.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown difficulty {text!r}; use one of {', '.join(d.value for d in Difficulty)}"
        ) from None


def _configure_logging(level: int) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)-8s %(name)s: %(message)s")
    # Keep INFO for what an operator acts on: Alembic narrates every plugin and context, and APScheduler every job
    # it adds, removes or runs (70,000 lines for 10,000 sessions).
    for chatty in ("alembic", "apscheduler"):
        logging.getLogger(chatty).setLevel(max(level, logging.WARNING))


def _banks(args: argparse.Namespace) -> int:
    from bot import banks_cli

    if args.action == "check":
        return banks_cli.check(args.dirs, args.strict)
    if args.action == "topics":
        return banks_cli.topics(args.round)
    if args.action == "budgets":
        from bot.judge.measure import measure_budgets

        return measure_budgets()
    return banks_cli.stats()


def _run(command: str, args: argparse.Namespace) -> int:
    settings = load_settings()
    _configure_logging(settings.log_level_number)
    from bot import launcher

    if command == "db":
        print(asyncio.run(launcher.upgrade_database(settings)))
    elif command == "practice":
        return asyncio.run(launcher.run_practice(settings, args.round, args.difficulty, args.topic, args.script))
    elif command == "review":
        from bot.deck_cli import run_review

        return asyncio.run(run_review(settings, args))
    elif command in ("leaderboard", "stats"):
        from bot.reports import run

        return asyncio.run(run(settings, args))
    elif command == "sync-commands":
        names = asyncio.run(launcher.sync_commands(settings, guild_id=args.guild or settings.dev_guild_id))
        print(f"synced {len(names)} commands: {', '.join(sorted(names))}")
    else:
        asyncio.run(launcher.run_bot(settings))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status: 0, 1 for a failed check, 2 for a failure to act on.

    Output piped into a reader that stops early (`| head`) ends the command quietly with exit status 1.
    """
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # (also after --help) a write still buffered fails here, not in the interpreter's exit
    except BrokenPipeError:
        if not _stdout_closed():
            raise
        # The Python documentation's recipe: nothing more can be shown, so point stdout at devnull (the
        # interpreter's final flush then succeeds quietly) and exit 1, as the output was cut short.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _stdout_closed() -> bool:
    """Tell whether standard output is a pipe nobody reads any more (POLLERR), not some other broken pipe."""
    if not hasattr(select, "poll"):  # pragma: no cover - Windows: assume it is standard output, as the recipe does
        return True
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
    except (AttributeError, OSError, ValueError):
        return False
    return any(events & select.POLLERR for _, events in poller.poll(0))


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if getattr(args, "actions", None) is not None and args.action is None:
        args.actions.error(f"choose what to do: {args.action_names}")
    if command == "judge":
        from bot.config import SHIPPED_BANKS
        from bot.judge.terminal import main as judge_main

        return judge_main(args.question_id, args.file, [SHIPPED_BANKS])
    try:
        return _banks(args) if command == "banks" else _run(command, args)
    except (SettingsError, UserFacingError) as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
