"""`python -m bot leaderboard` and `python -m bot stats` on the terminal practitioner's database."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.core.bank import Bank
from bot.core.questions import Round
from bot.core.session import TERMINAL_GUILD_ID as TERMINAL_GUILD
from bot.db.engine import Database
from bot.db.migrate import upgrade
from bot.practice import TERMINAL_USER
from bot.services.sessions import SessionService
from tests.factories import make_question

T0 = dt.datetime.now(dt.UTC)


async def _practise(url: str) -> None:
    database = Database.from_url(url)
    await upgrade(database.engine)
    service = SessionService(database, Bank({q.id: q for q in [make_question(Round.CODING, 1)]}), random.Random(1))
    session = await service.open(guild_id=TERMINAL_GUILD, user_id=TERMINAL_USER, round_=Round.CODING, now=T0)
    await service.submit(session.id, TERMINAL_USER, "two pointers", T0)
    await service.end(session.id, T0)
    await service.rate(session.id, TERMINAL_USER, "testing", 2, T0)
    await service.rate(session.id, TERMINAL_USER, "technical", 4, T0)
    await database.dispose()


def test_terminal_leaderboard_and_stats_with_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'practice.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    asyncio.run(_practise(url))

    assert main(["leaderboard"]) == 0
    assert capsys.readouterr().out.splitlines() == ["🏆 Points · all time · every round", "🥇 you · 100 points"]
    assert main(["leaderboard", "--period", "week", "--board", "reviewers"]) == 0
    assert "Nothing scored in this period yet: try `" in (out := capsys.readouterr().out)
    assert out.rstrip().endswith(" -m bot practice coding`.")  # a command that runs as printed
    with pytest.raises(SystemExit) as refused:
        main(["leaderboard", "--round", "nope"])
    assert refused.value.code == 2
    assert "argument --round: unknown round 'nope'; use one of coding, ml-coding" in capsys.readouterr().err

    chart = tmp_path / "me.png"
    assert main(["stats", "--out", str(chart)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Sessions: coding 1" in out
    assert "  Testing: self 2.0 · interviewer — · peer —" in out
    assert "Next: Work on testing (mean 2.0 / 4): try `/mock coding` next." in out
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
