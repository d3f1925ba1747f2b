"""`python -m bot practice ROUND`: the same session engine in a terminal, recorded to the same database."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import TextIO

from bot.core import render
from bot.core.insights import story_insights
from bot.core.questions import RUBRIC_CRITERIA, Difficulty, Round
from bot.core.scoring import rubric_points
from bot.core.session import AlreadyRunning, Session, SessionError
from bot.services.sessions import SessionService

# Terminal sessions are stored under server id 0 and member id 0: one local practitioner.
TERMINAL_GUILD = 0
TERMINAL_USER = 0
COMMANDS = "h hint · a answer · n next question · t time left · e end · ? help"


class Terminal:
    """Reads lines without blocking the event loop, and writes text."""

    def __init__(self, stdin: TextIO, stdout: TextIO) -> None:
        self.stdin, self.stdout = stdin, stdout

    def say(self, text: str = "") -> None:
        """Print text."""
        self.stdout.write(text + "\n")
        self.stdout.flush()

    async def ask(self, prompt: str) -> str | None:
        """Prompt and read one line; None at end of input."""
        self.stdout.write(prompt)
        self.stdout.flush()
        line = await asyncio.to_thread(self.stdin.readline)
        return None if line == "" else line.rstrip("\n")

    async def read_block(self) -> str:
        """Read lines until a lone `.` or end of input."""
        lines = []
        while (line := await self.ask("")) is not None and line.strip() != ".":
            lines.append(line)
        return "\n".join(lines)


async def practice(
    service: SessionService,
    round_: Round,
    term: Terminal,
    now: Callable[[], dt.datetime],
    *,
    difficulty: Difficulty | None = None,
    topic: str | None = None,
) -> Session:
    """Run one session interactively and return it ended (and rated)."""
    try:
        session = await service.open(
            guild_id=TERMINAL_GUILD, user_id=TERMINAL_USER, round_=round_, now=now(), difficulty=difficulty, topic=topic
        )
    except AlreadyRunning:
        session = await service.get(await service.running_id(TERMINAL_GUILD, TERMINAL_USER))
        term.say("Resuming the session you left running.")
    _show_question(term, session, now())
    term.say(f"\nCommands: {COMMANDS}")
    while True:
        if now() >= session.deadline:
            term.say("\nTime is up.")
            break
        command = await term.ask(f"[{render.minutes_left(session, now())} left] > ")
        if command is None or command.strip().lower() in {"e", "end", "q", "quit"}:
            break
        try:
            session = await _handle(service, session, command.strip().lower(), term, now)
        except SessionError as exc:
            term.say(exc.message)
    ended = await service.end(session.id, now()) or await service.get(session.id)
    return await _reveal_and_rate(service, ended, term, now)


async def _handle(
    service: SessionService, session: Session, command: str, term: Terminal, now: Callable[[], dt.datetime]
) -> Session:
    if command in {"h", "hint"}:
        session, hint = await service.hint(session.id, TERMINAL_USER, now())
        term.say(f"Hint {hint.stage}/{hint.total}: {hint.text}")
    elif command in {"a", "answer"}:
        term.say("Type your answer; finish with a line holding only '.'")
        text = await term.read_block()
        session = await service.submit(session.id, TERMINAL_USER, text, now())
        term.say(f"Answer saved ({len(text)} characters).")
        if session.round is Round.BEHAVIORAL:
            term.say(story_insights(text).as_text())
    elif command in {"n", "next"}:
        session = await service.next_question(session.id, TERMINAL_USER, now())
        _show_question(term, session, now())
    elif command in {"t", "time"}:
        phase = session.phase_at(now())
        term.say(f"{render.minutes_left(session, now())} left" + (f" · now: {phase.name}" if phase else ""))
    elif command in {"?", "help", ""}:
        term.say(COMMANDS)
    else:
        term.say(f"Unknown command {command!r}. {COMMANDS}")
    return session


def _show_question(term: Terminal, session: Session, now: dt.datetime) -> None:
    question = session.question
    position = f" ({session.current + 1}/{len(session.questions)})" if session.is_series else ""
    term.say(f"\n=== {session.round.label}{position}: {question.title} · {question.difficulty.value} ===\n")
    term.say(render.question_body(question))
    if session.current == 0:
        term.say("\nAgenda:\n" + "\n".join(render.agenda_lines(session)))
    term.say(f"\nTime left: {render.minutes_left(session, now)}")


async def _reveal_and_rate(
    service: SessionService, session: Session, term: Terminal, now: Callable[[], dt.datetime]
) -> Session:
    for question in session.questions:
        term.say(f"\n=== {question.title}: what good looks like ===\n")
        term.say(render.reveal(question))
        term.say("\nFollow-up questions to think about:\n" + render.follow_ups(question))
    term.say(f"\nRate yourself on each criterion: {render.scale_legend()} (Enter skips).")
    for criterion in RUBRIC_CRITERIA[session.round]:
        while (answer := await term.ask(f"{criterion.replace('_', ' ')} [1-4]: ")) not in (None, ""):
            if answer.strip() in {"1", "2", "3", "4"}:
                session = await service.rate(session.id, TERMINAL_USER, criterion, int(answer), now())
                break
            term.say("Please type 1, 2, 3 or 4, or press Enter to skip.")
    points = rubric_points([score for _, score in session.ratings], session.total_hints)
    term.say(
        f"\nSession {session.id} recorded: {session.answers} answer(s), {session.total_hints} hint(s), "
        f"self-rated {points} points."
    )
    return session
