"""Markdown text for a session, shared by the terminal and the Discord embeds."""

from __future__ import annotations

import datetime as dt

from bot.core.questions import (
    RUBRIC_SCALE,
    BehavioralQuestion,
    CodingQuestion,
    DesignQuestion,
    Question,
    TheoryQuestion,
)
from bot.core.session import Session


def clip(text: str, limit: int) -> str:
    """Shorten text to a limit, marking the cut, so a Discord limit is never broken."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def question_body(question: Question) -> str:
    """Return the prompt with the details a candidate needs to start."""
    parts = [question.prompt.strip()]
    if isinstance(question, CodingQuestion):
        parts.append(f"```python\n{question.signature}\n```")
        if question.constraints:
            parts.append("**Constraints**\n" + "\n".join(f"- {c}" for c in question.constraints))
        for example in question.examples[:2]:
            args = ", ".join(repr(a) for a in example.args)
            parts.append(
                f"**Example** `{question.function_name}({clip(args, 300)})` → `{clip(repr(example.output), 200)}`"
            )
    if isinstance(question, DesignQuestion):
        parts.append("**Assume**\n" + "\n".join(f"- {a}" for a in question.scale_assumptions))
    return "\n\n".join(parts)


def agenda_lines(session: Session) -> list[str]:
    """Return one line per phase: its name, minutes and start offset."""
    return [
        f"{int((p.start - session.started_at).total_seconds() // 60):>3} min · {p.name} ({p.minutes} min)"
        for p in session.agenda()
    ]


def minutes_left(session: Session, now: dt.datetime) -> str:
    """Return the time left as `12 min 30 s`."""
    seconds = int(session.time_left(now).total_seconds())
    return f"{seconds // 60} min {seconds % 60:02d} s"


def reveal(question: Question, *, model_answer: bool = True) -> str:
    """Return the key points, the model answer (unless shown elsewhere) and the rubric, shown at the end."""
    points = "\n".join(
        f"- {'**must** · ' if k.must_have else ''}{k.point} (weight {k.weight})" for k in question.key_points
    )
    rubric = "\n".join(f"- **{name.replace('_', ' ')}**: {text}" for name, text in question.rubric.items())
    parts = [f"**Key points**\n{points}", f"**Model answer**\n{question.model_answer.strip()}", f"**Rubric**\n{rubric}"]
    if not model_answer:
        del parts[1]
    if isinstance(question, CodingQuestion):
        rc = question.reference_complexity
        parts.append(f"**Reference complexity**: time {rc.time}, space {rc.space}")
    if isinstance(question, TheoryQuestion):
        parts.append("**Common misconceptions**\n" + "\n".join(f"- {m}" for m in question.misconceptions))
    if isinstance(question, BehavioralQuestion):
        parts.append("**Red flags**\n" + "\n".join(f"- {r}" for r in question.red_flags))
    return "\n\n".join(parts)


def follow_ups(question: Question, count: int = 2) -> str:
    """Return the first follow-up questions."""
    return "\n".join(f"- {f}" for f in question.follow_ups[:count])


def scale_legend() -> str:
    """Return the 4-point scale, 1 to 4."""
    return " · ".join(f"{i} {name}" for i, name in enumerate(RUBRIC_SCALE, start=1))
