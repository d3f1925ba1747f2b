"""Embeds for a mock-interview session: question card, hint, answer, reveal, packet, summary."""

from __future__ import annotations

import datetime as dt

import discord

from bot.core import render
from bot.core.insights import story_insights
from bot.core.questions import BehavioralQuestion, DesignQuestion, Question, Round
from bot.core.render import clip
from bot.core.scoring import earns_session_points, max_points, session_points
from bot.core.session import Hint, Session

# Discord's limits: thread name 1–100, embed title 256, description 4,096, field value 1,024.
THREAD_NAME_LIMIT = 100
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4_096
FIELD_LIMIT = 1_024
# Across all the embeds of one message: at most 10, and 6,000 characters in total.
MESSAGE_EMBEDS = 10
MESSAGE_EMBED_CHARS = 6_000
COLOURS = {
    Round.CODING: discord.Colour.blue(),
    Round.ML_CODING: discord.Colour.teal(),
    Round.ML_THEORY: discord.Colour.purple(),
    Round.SYSTEM_DESIGN: discord.Colour.orange(),
    Round.BEHAVIORAL: discord.Colour.green(),
}


def batches(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages: Discord allows 10 per message and 6,000 characters across them."""
    groups: list[list[discord.Embed]] = [[]]
    for embed in embeds:
        group = groups[-1]
        if group and (len(group) == MESSAGE_EMBEDS or sum(map(len, group)) + len(embed) > MESSAGE_EMBED_CHARS):
            groups.append(group := [])
        group.append(embed)
    return groups


def thread_name(session: Session, member_name: str) -> str:
    """Return `<round> · <member> · <question title>`, cut to Discord's 100 characters."""
    name = f"{session.round.label} · {member_name} · {session.question.title}"
    return clip(" ".join(name.split()), THREAD_NAME_LIMIT)


def timestamp(moment: dt.datetime, style: str = "R") -> str:
    """Return a Discord timestamp, which every client renders live (`R` counts down)."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def question_embed(session: Session) -> discord.Embed:
    """Render the current question with difficulty, time limit, agenda and live countdown."""
    question = session.question
    position = f" ({session.current + 1}/{len(session.questions)})" if session.is_series else ""
    embed = discord.Embed(
        title=clip(f"{session.round.label}{position} · {question.title}", TITLE_LIMIT),
        description=clip(render.question_body(question), DESCRIPTION_LIMIT - 200),
        colour=COLOURS[session.round],
    )
    embed.add_field(name="Difficulty", value=question.difficulty.value)
    embed.add_field(
        name="Time limit", value=f"{int((session.deadline - session.started_at).total_seconds() // 60)} min"
    )
    embed.add_field(name="Ends", value=f"{timestamp(session.deadline)} ({timestamp(session.deadline, 't')})")
    if session.current == 0:
        embed.add_field(name="Agenda", value=clip("\n".join(render.agenda_lines(session)), FIELD_LIMIT), inline=False)
    embed.set_footer(text=f"Session {session.id} · Hint, Submit answer and End are below")
    return embed


def hint_embed(hint: Hint, by_interviewer: bool) -> discord.Embed:
    """Render a hint behind a spoiler, so onlookers choose whether to read it."""
    who = " from the interviewer" if by_interviewer else ""
    return discord.Embed(
        title=f"Hint {hint.stage}/{hint.total}{who}",
        description=clip(f"||{hint.text}||", DESCRIPTION_LIMIT),
        colour=discord.Colour.gold(),
    ).set_footer(text=f"Each hint lowers this session's maximum to {max_points(hint.stage)} points.")


def answer_embed(session: Session, author: str, text: str) -> discord.Embed:
    """Echo a submitted answer (embeds never ping), with insights for behavioral stories."""
    embed = discord.Embed(
        title=clip(f"Answer {session.answers} by {author}", TITLE_LIMIT),
        description=clip(text, DESCRIPTION_LIMIT),
        colour=discord.Colour.light_grey(),
    )
    if session.round is Round.BEHAVIORAL:
        embed.add_field(name="Insights", value=clip(story_insights(text).as_text(), FIELD_LIMIT), inline=False)
    return embed


def reveal_embeds(session: Session) -> list[discord.Embed]:
    """Render what good looks like for each question, one embed each (≤ 6,000 characters)."""
    return [
        discord.Embed(
            title=clip(f"What good looks like · {q.title}", TITLE_LIMIT),
            description=clip(render.reveal(q), DESCRIPTION_LIMIT),
            colour=COLOURS[session.round],
        )
        for q in session.questions
    ]


def follow_up_text(session: Session) -> str:
    """Return 1–2 follow-up questions per question, as the interviewer would ask them."""
    lines = ["**Follow-up questions** (discuss them in this thread):"]
    for question in session.questions:
        lines.append(render.follow_ups(question, count=2 if not session.is_series else 1))
    return clip("\n".join(lines), 2_000)


def packet_embeds(session: Session) -> list[discord.Embed]:
    """Render the private interviewer packet: hints, follow-ups, key points, rubric."""
    embeds = []
    for question in session.questions:
        embed = discord.Embed(
            title=clip(f"Interviewer packet · {question.title}", TITLE_LIMIT),
            description=clip(render.reveal(question), DESCRIPTION_LIMIT),
            colour=discord.Colour.dark_gold(),
        )
        embed.add_field(name="Hint ladder", value=clip(_numbered(question.hints), FIELD_LIMIT), inline=False)
        embed.add_field(name="Follow-ups", value=clip(_numbered(question.follow_ups), FIELD_LIMIT), inline=False)
        embed.add_field(name="What good looks like", value=clip(_good(question), FIELD_LIMIT), inline=False)
        embeds.append(embed)
    return embeds


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))


def _good(question: Question) -> str:
    if isinstance(question, BehavioralQuestion):
        s = question.signals
        return f"Junior: {s.junior}\nSenior: {s.senior}\nStaff: {s.staff}"
    if isinstance(question, DesignQuestion):
        return "\n".join(f"{stage.id}: {'; '.join(stage.expected_points)}" for stage in question.stages)
    return "\n".join(k.point for k in question.key_points if k.must_have)


def summary_embed(session: Session, candidate: str, interviewer: str | None) -> discord.Embed:
    """Render the summary card that peers review."""
    minutes = int(((session.ended_at or session.deadline) - session.started_at).total_seconds() // 60)
    embed = discord.Embed(
        title=clip(f"Session {session.id} summary · {session.round.label}", TITLE_LIMIT),
        description=clip("\n".join(f"- {q.title} ({q.difficulty.value})" for q in session.questions), 1_000),
        colour=COLOURS[session.round],
    )
    embed.add_field(name="Candidate", value=clip(candidate, FIELD_LIMIT))
    if interviewer:
        embed.add_field(name="Interviewer", value=clip(interviewer, FIELD_LIMIT))
    embed.add_field(name="Time used", value=f"{minutes} min")
    embed.add_field(name="Hints", value=str(session.total_hints))
    embed.add_field(name="Answers", value=str(session.answers))
    earned = session_points(session.round, [q.difficulty for q in session.questions], session.total_hints)
    points = earned if earns_session_points(session.answers, session.interviewer_id) else 0
    embed.add_field(name="Points", value=str(points) if points else "0 (an answer or an interviewer earns them)")
    return embed
