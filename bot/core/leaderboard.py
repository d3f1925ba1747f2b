"""What a leaderboard shows: which board (period, round, kind) and one page of it with fair ranks."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from bot.core.questions import Round
from bot.core.scoring import Period, Standing


class BoardKind(enum.StrEnum):
    """What a board ranks: points earned, or reviews given."""

    POINTS = "points"
    REVIEWERS = "reviewers"


METRIC = {BoardKind.POINTS: "points", BoardKind.REVIEWERS: "reviews"}


@dataclass(frozen=True)
class BoardQuery:
    """Which board: period, round (None for all) and kind."""

    period: Period = Period.WEEK
    round: Round | None = None
    kind: BoardKind = BoardKind.POINTS


@dataclass(frozen=True)
class BoardPage:
    """One page of a board, how many pages it has, and the caller's standing (None without a score)."""

    query: BoardQuery
    page: int
    pages: int
    members: int
    standings: list[Standing]
    caller: Standing | None
    starts: dt.date
