"""Embeds and text of the daily problem: the post, its hints, `/daily show`, `/streak` and `/config show`."""

from __future__ import annotations

import discord

from bot.core.daily import HINT_HOURS
from bot.core.render import clip
from bot.core.streaks import Streak
from bot.services.daily import DailySettings, PostView
from bot.ui.session import COLOURS, DESCRIPTION_LIMIT, THREAD_NAME_LIMIT, TITLE_LIMIT

SOLVED_EMOJI = "✅"
# The prompt shares the embed description with nothing else; leave room for the spoilered topic field.
PROMPT_LIMIT = DESCRIPTION_LIMIT - 96


def spoiler(text: str) -> str:
    """Hide text behind a spoiler; the text's own bars are removed so it cannot close the spoiler early."""
    return f"||{text.replace('||', '|')}||"


def post_embed(post: PostView) -> discord.Embed:
    """Render the day's question: title, prompt, difficulty, and its pattern or topic behind a spoiler."""
    question = post.question
    embed = discord.Embed(
        title=clip(f"Daily problem · {post.post_date:%a %d %b} · {question.title}", TITLE_LIMIT),
        description=clip(question.prompt, PROMPT_LIMIT),
        colour=COLOURS[question.round],
    )
    embed.add_field(name="Round", value=question.round.label)
    embed.add_field(name="Difficulty", value=question.difficulty.value)
    embed.add_field(name="Pattern / topic", value=spoiler(question.topic))
    hours = ", ".join(f"+{h} h" for h in HINT_HOURS[: len(question.hints)])
    embed.set_footer(text=f"React {SOLVED_EMOJI} when solved (or /daily solved) · hints in the thread at {hours}")
    return embed


def post_content(post: PostView) -> str | None:
    """Return the message text: the role to ping, if the server set one."""
    return f"<@&{post.role_id}>" if post.role_id else None


def thread_name(post: PostView) -> str:
    """Return the discussion thread's name (Discord allows 100 characters)."""
    return clip(f"Daily {post.post_date:%Y-%m-%d} · {post.question.title}", THREAD_NAME_LIMIT)


def hint_text(post: PostView, stage: int) -> str:
    """Return hint `stage` (1-based) as a spoiler."""
    hints = post.question.hints
    return clip(f"💡 Hint {stage}/{len(hints)}: {spoiler(hints[stage - 1])}", 2_000)


def where(post: PostView) -> str:
    """Return links to a post and its thread."""
    link = f"https://discord.com/channels/{post.guild_id}/{post.channel_id}/{post.message_id}"
    thread = f" · discussion in <#{post.thread_id}>" if post.thread_id else ""
    return f"[the post]({link}){thread}"


def show_text(post: PostView, today: bool) -> str:
    """Return `/daily show`'s reply."""
    when = "Today's" if today else f"The latest ({post.post_date:%a %d %b})"
    return f"{when} daily problem: **{post.question.title}** ({post.question.difficulty.value}) — {where(post)}."


def streak_text(streak: Streak, zone: str | None = None) -> str:
    """Return `/streak`'s reply; `zone` names where its days are counted."""
    today = "solved today ✅" if streak.solved_today else "not solved yet today"
    counted = f"; days counted in {zone}" if zone else ""
    return (
        f"Current streak: **{streak.current}** day(s), longest: **{streak.longest}**, "
        f"freezes held: **{streak.freezes}** ({today}{counted})."
    )


def settings_text(settings: DailySettings) -> str:
    """Return every server setting, for `/config show`."""
    practice = f"<#{settings.practice_channel_id}>" if settings.practice_channel_id else "the channel of /mock"
    daily = "on" if settings.enabled else "off"
    channel = f"<#{settings.channel_id}>" if settings.channel_id else "not set"
    role = f"<@&{settings.role_id}>" if settings.role_id else "none"
    last = f"<t:{int(settings.last_post_at.timestamp())}:f>" if settings.last_post_at else "never"
    board = f"<#{settings.leaderboard_channel_id}>" if settings.leaderboard_channel_id else "none"
    return "\n".join(
        [
            f"**Practice channel:** {practice}",
            f"**Daily problem:** {daily}",
            f"**Daily channel:** {channel}",
            f"**Daily time:** {settings.schedule.at:%H:%M} {settings.schedule.zone}",
            f"**Daily round:** {settings.round}",
            f"**Daily difficulty:** {settings.difficulty}",
            f"**Role pinged:** {role}",
            f"**Skipped when more than** {settings.cutoff.total_seconds() / 3600:g} h late",
            f"**Last post handled:** {last}",
            f"**Peer review window:** {settings.review_window_hours} h after a session ends",
            f"**Leaderboard channel:** {board}",
        ]
    )
