"""The practice profile as text (terminal and Discord) and as an embed; the chart is in `bot.ui.chart`."""

from __future__ import annotations

import discord

from bot.core.render import clip
from bot.core.stats import CriterionScores, DeckSummary, Profile
from bot.ui.review import criterion_name
from bot.ui.session import FIELD_LIMIT

CHART_FILE = "stats.png"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def sessions_text(profile: Profile) -> str:
    """Return `coding 3 · behavioral 1`, or a nudge to start."""
    if not profile.sessions:
        return "No finished sessions yet: start one with `/mock`."
    return " · ".join(f"{r.label} {n}" for r, n in profile.sessions.items())


def criterion_line(scores: CriterionScores) -> str:
    """Return `Communication: self 3.0 · interviewer — · peer 2.5`."""
    return (
        f"{criterion_name(scores.criterion)}: self {_score(scores.self)} · "
        f"interviewer {_score(scores.interviewer)} · peer {_score(scores.peer)}"
    )


def next_step(profile: Profile) -> str:
    """Return the suggested next session, aimed at the weakest criterion."""
    weak = profile.weakest
    if weak is None:
        return "Rate your sessions (and ask peers to review) to find what to work on next."
    return (
        f"Work on {criterion_name(weak.criterion).lower()} (mean {weak.mean:.1f} / 4): "
        f"try `/mock {weak.round.label}` next."
    )


def deck_text(deck: DeckSummary) -> str:
    """Say how the member's review deck stands, e.g. '12 cards · 3 due now · recalled 83 % of 18 re-attempts'."""
    if not deck.cards:
        return "Empty: add a question you found hard from the end of a session."
    text = f"{deck.cards} card{'s' if deck.cards != 1 else ''} · {deck.due} due now"
    if deck.retention is not None:
        text += f" · recalled {deck.retention:.0%} of {deck.reviews} re-attempt{'s' if deck.reviews != 1 else ''}"
    return text


def profile_lines(profile: Profile, name: str) -> list[str]:
    """Return the whole profile as lines of text, for the terminal."""
    lines = [f"Stats of {name}", f"Sessions: {sessions_text(profile)}"]
    lines += ["Scores (1–4):"] + [f"  {criterion_line(c)}" for c in profile.criteria] if profile.criteria else []
    lines += [f"Next: {next_step(profile)}", f"Reviews given: {profile.reviews_given} · Points: {profile.points:,}"]
    lines.append(f"Review deck: {deck_text(profile.deck)}")
    return lines


def stats_embed(profile: Profile, name: str, chart: bool) -> discord.Embed:
    """Render the profile; the chart, when attached, is shown as the embed's image."""
    embed = discord.Embed(title=clip(f"📈 Stats of {name}", 256), colour=discord.Colour.teal())
    embed.add_field(name="Sessions", value=clip(sessions_text(profile), FIELD_LIMIT), inline=False)
    if profile.criteria:
        scores = "\n".join(criterion_line(c) for c in profile.criteria)
        embed.add_field(name="Mean scores (1–4)", value=clip(scores, FIELD_LIMIT), inline=False)
    embed.add_field(name="Next", value=clip(next_step(profile), FIELD_LIMIT), inline=False)
    embed.add_field(name="Reviews given", value=str(profile.reviews_given))
    embed.add_field(name="Points", value=f"{profile.points:,}")
    embed.add_field(name="Review deck", value=deck_text(profile.deck), inline=False)
    if chart:
        embed.set_image(url=f"attachment://{CHART_FILE}")
    return embed
