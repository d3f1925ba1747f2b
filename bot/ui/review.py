"""Peer review messages: the invitation on the summary card, the prompts per criterion, feedback and the result."""

from __future__ import annotations

import datetime as dt

import discord

from bot.core.deck import worth_offering
from bot.core.render import clip
from bot.core.review import SCORE_EMOJI, SCORE_WORDS, ReviewResult
from bot.ui.session import DESCRIPTION_LIMIT, FIELD_LIMIT, TITLE_LIMIT, timestamp

SCALE = " · ".join(f"{emoji} {word}" for emoji, word in zip(SCORE_EMOJI, SCORE_WORDS, strict=True))


def criterion_name(criterion: str) -> str:
    """Return a rubric criterion as a reader sees it: `problem_solving` → `Problem solving`."""
    return criterion.replace("_", " ").capitalize()


def invite_field(embed: discord.Embed, closes_at: dt.datetime) -> discord.Embed:
    """Add the peer-review invitation to a summary card."""
    return embed.add_field(
        name="Peer review",
        value=clip(
            "Help a peer improve: react on each criterion below, or leave written feedback with the button. "
            f"Review closes {timestamp(closes_at)}.",
            FIELD_LIMIT,
        ),
        inline=False,
    )


def prompt_text(criterion: str) -> str:
    """Return the text of the message that collects votes on one criterion by reaction."""
    return f"**{criterion_name(criterion)}**: {SCALE}"


def feedback_embed(author: str, body: str, session_id: int) -> discord.Embed:
    """Render written feedback (an embed never pings, whatever the text says)."""
    return discord.Embed(
        title=clip(f"💬 Feedback from {author}", TITLE_LIMIT),
        description=clip(body, DESCRIPTION_LIMIT),
        colour=discord.Colour.blurple(),
    ).set_footer(text=f"Session {session_id} · the candidate can mark it helpful")


def result_text(result: ReviewResult) -> str:
    """Return the closed window's result: the mean per criterion and the number of reviewers."""
    if result.reviewers == 0:
        return f"📊 **Peer review of session {result.session_id} closed.** No peer votes this time."
    people = "1 reviewer" if result.reviewers == 1 else f"{result.reviewers} reviewers"
    lines = [f"📊 **Peer review of session {result.session_id} closed**: {people}. Thank you!"]
    for item in result.criteria:
        mean = f"{item.mean:.1f} / 4 ({item.votes} vote{'s' if item.votes != 1 else ''})" if item.mean else "no votes"
        lines.append(f"- {criterion_name(item.criterion)}: {mean}")
    votes = [item.mean for item in result.criteria if item.mean is not None for _ in range(item.votes)]
    if worth_offering(0, (), votes):
        lines.append(
            "📌 Your peers found this one hard going: **Add to review deck** on the reveal above brings the question "
            "back when you are about to forget it."
        )
    return clip("\n".join(lines), 2_000)
