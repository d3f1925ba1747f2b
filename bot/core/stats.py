"""A member's practice profile: activity by week, mean scores by kind and criterion, the weakest criterion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.questions import Round
from bot.core.review import VoteKind
from bot.core.scoring import Period, period_start

# The chart shows the last 12 weeks, this one included.
WEEKS = 12


@dataclass(frozen=True)
class RatedVote:
    """A vote on one of the member's sessions: its round, kind, criterion and score."""

    round: Round
    kind: VoteKind
    criterion: str
    score: int


@dataclass(frozen=True)
class CriterionScores:
    """Mean self, interviewer and peer scores (1–4) on one criterion; None where nobody scored."""

    criterion: str
    self: float | None
    interviewer: float | None
    peer: float | None


@dataclass(frozen=True)
class Weakness:
    """The criterion to work on, and the round that trains it where the member scored lowest."""

    criterion: str
    round: Round
    mean: float


@dataclass(frozen=True)
class DeckSummary:
    """A member's review deck at a glance: cards, cards due now, and recall over their re-attempts."""

    cards: int = 0
    due: int = 0
    reviews: int = 0  # recall ratings given on re-attempts (adding a card is not one)
    recalled: int = 0  # of those, rated Hard, Good or Easy (not Again)

    @property
    def retention(self) -> float | None:
        """Return the share of re-attempts recalled (0–1), or None before the first one."""
        return self.recalled / self.reviews if self.reviews else None


@dataclass(frozen=True)
class Profile:
    """Everything `/stats` shows."""

    user_id: int
    sessions: dict[Round, int]
    weekly: list[tuple[dt.date, int]]
    criteria: list[CriterionScores]
    round_means: dict[Round, float]
    weakest: Weakness | None
    reviews_given: int
    points: int
    deck: DeckSummary = DeckSummary()


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def weekly_activity(started: Iterable[dt.datetime], now: dt.datetime) -> list[tuple[dt.date, int]]:
    """Count sessions per UTC week (from Monday) for the last WEEKS weeks, oldest first, empty weeks included."""
    this_week = period_start(Period.WEEK, now)
    weeks = [this_week - dt.timedelta(weeks=i) for i in range(WEEKS - 1, -1, -1)]
    counts = dict.fromkeys(weeks, 0)
    for at in started:
        week = period_start(Period.WEEK, at)
        if week in counts:
            counts[week] += 1
    return list(counts.items())


def criterion_scores(votes: Iterable[RatedVote]) -> list[CriterionScores]:
    """Average each kind's scores per criterion, criteria in the order first seen."""
    by: dict[str, dict[VoteKind, list[int]]] = {}
    for vote in votes:
        by.setdefault(vote.criterion, {k: [] for k in VoteKind})[vote.kind].append(vote.score)
    return [
        CriterionScores(c, _mean(k[VoteKind.SELF]), _mean(k[VoteKind.INTERVIEWER]), _mean(k[VoteKind.PEER]))
        for c, k in by.items()
    ]


def _judged(votes: list[RatedVote]) -> list[RatedVote]:
    """Prefer what others scored (interviewer and peers); fall back to self-ratings when there is nothing else."""
    others = [v for v in votes if v.kind is not VoteKind.SELF]
    return others or votes


def round_means(votes: Iterable[RatedVote]) -> dict[Round, float]:
    """Return the mean score per round (others' scores when there are any)."""
    judged = _judged(list(votes))
    by: dict[Round, list[int]] = {}
    for vote in judged:
        by.setdefault(vote.round, []).append(vote.score)
    return {r: sum(s) / len(s) for r, s in sorted(by.items())}


def weakest(votes: Iterable[RatedVote]) -> Weakness | None:
    """Return the criterion with the lowest mean (others' scores first) and the round where it scored lowest."""
    judged = _judged(list(votes))
    if not judged:
        return None
    by: dict[tuple[str, Round], list[int]] = {}
    for vote in judged:
        by.setdefault((vote.criterion, vote.round), []).append(vote.score)
    (criterion, round_), scores = min(by.items(), key=lambda item: (sum(item[1]) / len(item[1]), item[0]))
    return Weakness(criterion, round_, sum(scores) / len(scores))
