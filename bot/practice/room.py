"""The terminal as the lifecycle's room: nudges above the prompt, and a reveal the member pages through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.core import render
from bot.core.questions import RUBRIC_CRITERIA
from bot.core.scoring import HINT_PENALTY, MAX_POINTS, MIN_MAX_POINTS, max_points, rubric_points
from bot.core.session import Session, SubmittedAnswer
from bot.practice.console import Console
from bot.services.lifecycle import RevealPart
from bot.services.sessions import SessionService


class TerminalRoom:
    """Prints a session's nudges and reveal; the reveal ends with the self-ratings and the summary."""

    def __init__(self, console: Console, service: SessionService, now: Callable[[], dt.datetime], user_id: int) -> None:
        self.console = console
        self.service = service
        self.now = now
        self.user_id = user_id
        self.where = "this terminal"

    async def nudge(self, session: Session, text: str, nonce: str) -> None:
        """Print an agenda reminder (the terminal is never asked twice: the nonce is not needed)."""
        self.console.markdown(f"⏰ {text}")

    def reveal(self, session: Session, headline: str) -> Sequence[RevealPart]:
        """Return the headline, each question's answers beside the model answer (paged), then ratings and summary."""

        async def show_headline(_nonce: str) -> None:
            self.console.say(f"\n{headline}. Here is what good looks like.")

        def show_question(index: int) -> RevealPart:
            async def post(_nonce: str) -> None:
                await self._show_question(session, index)

            return RevealPart(f"question-{index + 1}", post)

        async def rate_and_sum_up(_nonce: str) -> None:
            await self._rate_and_sum_up(session)

        parts = [RevealPart("headline", show_headline)]
        parts += [show_question(i) for i in range(len(session.questions))]
        parts.append(RevealPart("summary", rate_and_sum_up))
        return parts

    async def _show_question(self, session: Session, index: int) -> None:
        question = session.questions[index]
        position = f" ({index + 1}/{len(session.questions)})" if session.is_series else ""
        self.console.say(f"\n=== {question.title}{position}: what good looks like ===\n")
        mine = [a for a in await self.service.answers(session.id) if a.question_id == question.id]
        self.console.side_by_side("Your answer", own_answer(mine), "Model answer", question.model_answer.strip())
        self.console.markdown(render.reveal(question, model_answer=False))
        self.console.markdown("**Follow-up questions to think about**\n\n" + render.follow_ups(question))
        if index + 1 < len(session.questions):
            await self.console.ask("Press Enter for the next question: ")

    async def _rate_and_sum_up(self, session: Session) -> None:
        self.console.say(f"\nRate yourself on each criterion: {render.scale_legend()} (Enter skips).")
        for criterion in RUBRIC_CRITERIA[session.round]:
            while answer := await self.console.ask(f"{criterion.replace('_', ' ')} [1-4]: "):
                if answer.strip() in {"1", "2", "3", "4"}:
                    session = await self.service.rate(session.id, self.user_id, criterion, int(answer), self.now())
                    break
                self.console.say("Please type 1, 2, 3 or 4, or press Enter to skip.")
        self.console.markdown(summary(await self.service.get(session.id), await self.service.answers(session.id)))


def own_answer(answers: list[SubmittedAnswer]) -> str:
    """Return the member's answers to one question as Markdown, each late one marked."""
    if not answers:
        return "_No answer given._"
    parts = []
    for answer in answers:
        late = " (late: after the time ran out)" if answer.late else ""
        parts.append(f"_{answer.at:%H:%M} UTC{late}_\n\n{answer.text}" if len(answers) > 1 or late else answer.text)
    return "\n\n---\n\n".join(parts)


def summary(session: Session, answers: list[SubmittedAnswer]) -> str:
    """Return the closing summary: answers (late, unanswered), hints and what they cost, self-rated points."""
    answered = {a.question_id for a in answers}
    late = sum(a.late for a in answers)
    lines = [f"**Session {session.id} recorded.**", ""]
    unanswered = [f"Q{i} {q.title}" for i, q in enumerate(session.questions, start=1) if q.id not in answered]
    count = f"{len(answers)} answer(s)" + (f", {late} of them late" if late else "")
    if session.is_series:
        count += f"; {len(session.questions) - len(unanswered)} of {len(session.questions)} questions answered"
    lines.append(f"- **Answers:** {count}." + (f" Unanswered: {', '.join(unanswered)}." if unanswered else ""))
    ceiling = max_points(session.total_hints)
    if session.total_hints:
        per_question = ", ".join(f"Q{i}: {used}" for i, used in enumerate(session.hints_used, start=1) if used)
        lines.append(
            f"- **Hints:** {session.total_hints} ({per_question}); each costs {HINT_PENALTY} points, so the maximum "
            f"is {ceiling} of {MAX_POINTS} (never below {MIN_MAX_POINTS})."
        )
    else:
        lines.append(f"- **Hints:** none, so the maximum stays {MAX_POINTS}.")
    scores = [score for _, score in session.ratings]
    if scores:
        mean = sum(scores) / len(scores)
        lines.append(
            f"- **Self-rating:** mean {mean:.2f} on the 1–4 scale over {len(scores)} criteria; points are "
            f"(mean − 1) / 3 of the maximum: **{rubric_points(scores, session.total_hints)} of {ceiling}**."
        )
    else:
        lines.append("- **Self-rating:** none given, so no points.")
    return "\n".join(lines)
