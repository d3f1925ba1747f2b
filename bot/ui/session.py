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
from bot.ui import fit
from bot.ui.fit import DESCRIPTION_LIMIT, FIELD_LIMIT, TITLE_LIMIT, Field
from bot.ui.fit import batches as batches  # the cog sends each batch of embeds as one message

# Discord allows thread names of 1–100 characters.
THREAD_NAME_LIMIT = 100
COLOURS = {
    Round.CODING: discord.Colour.blue(),
    Round.ML_CODING: discord.Colour.teal(),
    Round.ML_THEORY: discord.Colour.purple(),
    Round.SYSTEM_DESIGN: discord.Colour.orange(),
    Round.BEHAVIORAL: discord.Colour.green(),
}


def thread_name(session: Session, member_name: str) -> str:
    """Return `<round> · <member> · <question title>`, cut to Discord's 100 characters."""
    name = f"{session.round.label} · {member_name} · {session.question.title}"
    return clip(" ".join(name.split()), THREAD_NAME_LIMIT)


def timestamp(moment: dt.datetime, style: str = "R") -> str:
    """Return a Discord timestamp, which every client renders live (`R` counts down)."""
    return f"<t:{int(moment.timestamp())}:{style}>"


def question_embed(session: Session) -> discord.Embed:
    """Render the current question with difficulty, time limit, agenda and live countdown, as one embed."""
    question = session.question
    position = f" ({session.current + 1}/{len(session.questions)})" if session.is_series else ""
    minutes = int((session.deadline - session.started_at).total_seconds() // 60)
    fields = [
        Field("Difficulty", question.difficulty.value, inline=True),
        Field("Time limit", f"{minutes} min", inline=True),
        Field("Ends", f"{timestamp(session.deadline)} ({timestamp(session.deadline, 't')})", inline=True),
    ]
    if session.current == 0:
        fields.append(Field("Agenda", fit.clip("\n".join(render.agenda_lines(session)), FIELD_LIMIT, "agenda")))
    return fit.one_embed(
        f"{session.round.label}{position} · {question.title}",
        render.question_body(question),
        colour=COLOURS[session.round],
        fields=fields,
        footer=f"Session {session.id} · Hint, Submit answer and End are below",
        what="question card",
    )


def hint_embed(hint: Hint, by_interviewer: bool) -> discord.Embed:
    """Render a hint behind a spoiler, so onlookers choose whether to read it."""
    who = " from the interviewer" if by_interviewer else ""
    return fit.one_embed(
        f"Hint {hint.stage}/{hint.total}{who}",
        hint.text,
        colour=discord.Colour.gold(),
        footer=f"Each hint lowers this session's maximum to {max_points(hint.stage)} points.",
        what=f"hint {hint.stage}",
        wrap="||",
    )


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


def returned_answer_embed(text: str) -> discord.Embed:
    """Hand an answer that could not be stored back to its author (sent privately)."""
    return discord.Embed(
        title="Your answer", description=clip(text, DESCRIPTION_LIMIT), colour=discord.Colour.greyple()
    )


def reveal_embeds(session: Session) -> list[discord.Embed]:
    """Render what good looks like for each question; long text continues in more embeds (send with `batches`)."""
    return [
        embed
        for q in session.questions
        for embed in fit.embeds(f"What good looks like · {q.title}", render.reveal(q), colour=COLOURS[session.round])
    ]


def follow_up_text(session: Session) -> str:
    """Return 1–2 follow-up questions per question, as the interviewer would ask them (one message)."""
    lines = ["**Follow-up questions** (discuss them in this thread):"]
    for question in session.questions:
        lines.append(render.follow_ups(question, count=2 if not session.is_series else 1))
    return fit.clip("\n".join(lines), fit.CONTENT_LIMIT, "follow-up message")


def packet_embeds(session: Session) -> list[discord.Embed]:
    """Render the private interviewer packet: hints, follow-ups, key points, rubric (send with `batches`)."""
    return [
        embed
        for question in session.questions
        for embed in fit.embeds(
            f"Interviewer packet · {question.title}",
            render.reveal(question),
            colour=discord.Colour.dark_gold(),
            fields=[
                Field("Hint ladder", _numbered(question.hints)),
                Field("Follow-ups", _numbered(question.follow_ups)),
                Field("What good looks like", _good(question)),
            ],
        )
    ]


def _numbered(items: list[str]) -> str:
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))


def _good(question: Question) -> str:
    if isinstance(question, BehavioralQuestion):
        s = question.signals
        return f"Junior: {s.junior}\nSenior: {s.senior}\nStaff: {s.staff}"
    if isinstance(question, DesignQuestion):
        return "\n".join(f"{stage.id}: {'; '.join(stage.expected_points)}" for stage in question.stages)
    return "\n".join(k.point for k in question.key_points if k.must_have)


def summary_embed(
    session: Session, candidate: str, interviewer: str | None, best_run: str | None = None
) -> discord.Embed:
    """Render the summary card that peers review; `best_run` is the judge's best run of the session, if any."""
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
    if best_run:
        embed.add_field(name="Best code run", value=clip(best_run, FIELD_LIMIT), inline=False)
    return embed
