"""The daily problem's rules: its settings, the question rotation, when it posts and when its hints follow.

Pure: every function takes the instant it reasons about. Instants are aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

from bot.core.bank import Bank
from bot.core.errors import UserFacingError
from bot.core.questions import Difficulty, Question, Round
from bot.core.schedule import local_date, next_occurrence

MIX = "mix"
ROTATE = "rotate"
ROUND_CHOICES = (*(r.label for r in Round), MIX)
DIFFICULTY_CHOICES = (*(d.value for d in Difficulty), ROTATE)
# The seed guide's proportions over a 12-day cycle: mostly coding, then ML theory, ML coding, design, behavioral.
MIX_CYCLE = (
    Round.CODING,
    Round.ML_THEORY,
    Round.CODING,
    Round.ML_CODING,
    Round.CODING,
    Round.SYSTEM_DESIGN,
    Round.CODING,
    Round.ML_THEORY,
    Round.CODING,
    Round.ML_CODING,
    Round.ML_THEORY,
    Round.BEHAVIORAL,
)
ROTATE_CYCLE = (Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD)
# Hints follow the post after these many hours, one per stage, so early solvers see none.
HINT_HOURS = (3, 6, 9)
# A post more than this late (the bot was down) is not sent at all: yesterday's problem at midnight helps nobody.
DEFAULT_CUTOFF = dt.timedelta(hours=6)
TIME_EXAMPLE = "09:30"
ZONE_EXAMPLE = "Europe/Berlin"
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class DailyConfigError(UserFacingError):
    """A daily setting a member typed is not valid; the message names a valid example."""


@cache
def timezones() -> tuple[str, ...]:
    """Return every IANA zone name, sorted (for autocomplete)."""
    return tuple(sorted(zoneinfo.available_timezones()))


def parse_time(text: str) -> dt.time:
    """Read a 24-hour `HH:MM` wall-clock time; raise DailyConfigError otherwise."""
    found = _TIME.match(text.strip())
    if not found:
        raise DailyConfigError(f"{text!r} is not a time: use 24-hour HH:MM, for example `{TIME_EXAMPLE}`.")
    return dt.time(int(found.group(1)), int(found.group(2)))


def parse_zone(text: str) -> str:
    """Return the IANA zone name matching `text` (any case); raise DailyConfigError if there is none."""
    wanted = text.strip()
    by_lower = {name.lower(): name for name in timezones()}
    name = by_lower.get(wanted.lower())
    if name is None:
        raise DailyConfigError(
            f"{text!r} is not a time zone: use an IANA name like `{ZONE_EXAMPLE}` (pick one from the list)."
        )
    return name


def parse_round(text: str) -> str:
    """Return a daily round setting (`coding` … `behavioral` or `mix`); raise DailyConfigError otherwise."""
    value = text.strip().lower().replace("_", "-")
    if value not in ROUND_CHOICES:
        raise DailyConfigError(f"{text!r} is not a round: use one of {', '.join(ROUND_CHOICES)}.")
    return value


def parse_difficulty(text: str) -> str:
    """Return a daily difficulty setting (`easy`, `medium`, `hard` or `rotate`); raise DailyConfigError otherwise."""
    value = text.strip().lower()
    if value not in DIFFICULTY_CHOICES:
        raise DailyConfigError(f"{text!r} is not a difficulty: use one of {', '.join(DIFFICULTY_CHOICES)}.")
    return value


def zone_matches(typed: str, limit: int = 25) -> list[str]:
    """Return up to `limit` zone names containing what was typed (case-insensitive), best first."""
    needle = typed.strip().lower().replace(" ", "_")
    names = timezones()
    starts = [n for n in names if n.lower().startswith(needle)]
    inside = [n for n in names if needle in n.lower() and n not in starts]
    return (starts + inside)[:limit]


def round_for(setting: str, index: int) -> Round:
    """Return the round of a server's `index`-th daily post (0-based) under its round setting."""
    if setting == MIX:
        return MIX_CYCLE[index % len(MIX_CYCLE)]
    return Round.parse(setting)


def difficulty_for(setting: str, index: int) -> Difficulty:
    """Return the difficulty of a server's `index`-th daily post under its difficulty setting."""
    if setting == ROTATE:
        return ROTATE_CYCLE[index % len(ROTATE_CYCLE)]
    return Difficulty(setting)


def pick_daily(
    bank: Bank,
    *,
    round_setting: str,
    difficulty_setting: str,
    index: int,
    posted: Mapping[str, int],
    seed: int,
) -> Question:
    """Choose a server's `index`-th daily question.

    `posted` counts how often each question id was already posted in the server. A question posted least often in
    its pool (round and difficulty) goes first, so nothing repeats until the pool is exhausted; ties follow an order
    shuffled once per server (`seed`). A pool with no question of the difficulty falls back to the whole round.
    Raises DailyConfigError if the round has no question at all.
    """
    round_ = round_for(round_setting, index)
    pool = bank.select(round_, difficulty=difficulty_for(difficulty_setting, index)) or bank.select(round_)
    if not pool:
        raise DailyConfigError(f"The banks hold no {round_.label} question for the daily problem.")
    order = sorted(pool, key=lambda q: q.id)
    random.Random(seed).shuffle(order)  # noqa: S311 - a fixed, per-server order, not a secret
    return min(order, key=lambda q: posted.get(q.id, 0))


@dataclass(frozen=True)
class DailySchedule:
    """A server's daily post time: a wall-clock time in an IANA zone."""

    at: dt.time
    zone: str

    @property
    def tz(self) -> ZoneInfo:
        """Return the zone."""
        return ZoneInfo(self.zone)

    def next_post(self, now: dt.datetime) -> dt.datetime:
        """Return the UTC instant of the next post strictly after `now`."""
        return next_occurrence(self.at, self.tz, now)

    def post_date(self, due: dt.datetime) -> dt.date:
        """Return the server-local date a post due at `due` belongs to."""
        return local_date(due, self.tz)


def too_late(due: dt.datetime, now: dt.datetime, cutoff: dt.timedelta = DEFAULT_CUTOFF) -> bool:
    """Tell whether a post due at `due` is past its cutoff at `now` (then it is skipped, not sent)."""
    return now - due > cutoff


def hint_times(posted_at: dt.datetime, stages: int, hours: Sequence[int] = HINT_HOURS) -> list[dt.datetime]:
    """Return the UTC instants at which each of a question's `stages` hints is revealed."""
    return [posted_at + dt.timedelta(hours=h) for h in hours[:stages]]


def nonce(guild_id: int, post_date: dt.date, part: str = "post") -> str:
    """Return the deterministic nonce (≤ 25 characters) of a server's daily message, so a retry never duplicates."""
    return f"d{guild_id % 10**12}{post_date:%y%m%d}{part[:4]}"[:25]
