"""Command line: `python -m bot [run | practice ROUND | db upgrade | banks check | banks stats | sync-commands]`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import SettingsError, load_settings
from bot.core.errors import UserFacingError
from bot.core.questions import Difficulty, Round

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Mock Interviewer, a Discord mock-interview bot."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord and serve (the default)")

    db = sub.add_parser("db", help="database maintenance")
    db.add_subparsers(dest="db_command", required=True).add_parser("upgrade", help="migrate the database to head")

    banks = sub.add_parser("banks", help="question bank tools")
    banks_sub = banks.add_subparsers(dest="banks_command", required=True)
    check = banks_sub.add_parser("check", help="validate the shipped banks and any extra directories")
    check.add_argument(
        "--strict", action="store_true", help="also fail on lint findings (coverage gaps are reported, not fatal)"
    )
    check.add_argument("dirs", nargs="*", type=Path, help="extra bank directories to load beside the shipped ones")
    banks_sub.add_parser("stats", help="print coverage: questions per round, difficulty and topic")

    practice = sub.add_parser("practice", help="run a mock interview in this terminal, no Discord needed")
    practice.add_argument("round", type=_round, help=f"one of {', '.join(r.label for r in Round)}")
    practice.add_argument("--difficulty", type=Difficulty, choices=list(Difficulty))
    practice.add_argument("--topic", help="a pattern, topic, design family or competency slug")

    from bot.reports import add_parsers

    add_parsers(sub)

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


def _configure_logging(level: int) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)-8s %(name)s: %(message)s")
    # Keep INFO for what an operator acts on: Alembic narrates every plugin and context, and APScheduler every job
    # it adds, removes or runs (70,000 lines for 10,000 sessions).
    for chatty in ("alembic", "apscheduler"):
        logging.getLogger(chatty).setLevel(max(level, logging.WARNING))


def _banks_check(dirs: Sequence[Path], strict: bool) -> int:
    from bot.config import SHIPPED_BANKS
    from bot.core.bank import load_banks
    from bot.core.bank_lint import coverage_gaps, lint

    bank = load_banks([SHIPPED_BANKS, *dirs])
    for error in bank.errors:
        print(f"error: {error}")
    findings = lint(bank)
    gaps = coverage_gaps(bank)
    for finding in findings:
        print(f"lint: {finding}")
    for gap in gaps:
        print(f"coverage: {gap}")
    print(
        f"{len(bank)} questions loaded; {len(bank.errors)} errors, {len(findings)} lint findings, "
        f"{len(gaps)} coverage gaps"
    )
    failed = bank.errors or (strict and findings)
    return 1 if failed else 0


def _banks_stats() -> int:
    from bot.config import SHIPPED_BANKS
    from bot.core.bank import load_banks
    from bot.core.bank_lint import coverage_table

    print(coverage_table(load_banks([SHIPPED_BANKS])))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if command == "banks":
        return _banks_check(args.dirs, args.strict) if args.banks_command == "check" else _banks_stats()
    try:
        settings = load_settings()
        _configure_logging(settings.log_level_number)
        if command == "db":
            from bot.db.migrate import upgrade_to_head

            asyncio.run(upgrade_to_head(settings.database_url))
            print("database is at the latest revision")
            return 0
        if command == "practice":
            from bot.launcher import run_practice

            asyncio.run(run_practice(settings, args.round, args.difficulty, args.topic))
            return 0
        if command in ("leaderboard", "stats"):
            from bot.reports import run

            return asyncio.run(run(settings, args))
        if command == "sync-commands":
            from bot.launcher import sync_commands

            names = asyncio.run(sync_commands(settings, guild_id=args.guild or settings.dev_guild_id))
            print(f"synced {len(names)} commands: {', '.join(sorted(names))}")
            return 0
        from bot.launcher import run_bot

        asyncio.run(run_bot(settings))
        return 0
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    except UserFacingError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
