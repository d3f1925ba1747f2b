"""`python -m bot practice ROUND`: a session driven from a console, recorded to the same database as Discord."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.core import render
from bot.core.insights import story_insights
from bot.core.questions import Difficulty, Round
from bot.core.session import (
    MAX_ANSWER_CHARS,
    TERMINAL_GUILD_ID,
    NoMoreQuestions,
    Session,
    SessionError,
    SessionState,
    pick_questions,
)
from bot.deck_cli import offer_lines
from bot.practice.console import Console, Interrupted, clean_text
from bot.practice.room import TerminalRoom
from bot.scheduling import Scheduler
from bot.services.lifecycle import SessionLifecycle, nudge_nonce
from bot.services.sessions import SessionService
from bot.timers import TimerRegistry

# Terminal sessions are stored under guild id 0 and member id 0: one local practitioner.
TERMINAL_USER = 0
HELP = (
    "h hint · a answer · n next question · t time left · e end and see the key points · "
    "q quit (the session stays open) · ? help"
)


@dataclass
class Practice:
    """One member at a console, the session service and the clock.

    The console is the session's clock too: its prompt wakes at each nudge and at the deadline, so nothing is
    printed while the member types. The ending and the reveal go through the lifecycle service, as in Discord.
    """

    service: SessionService
    console: Console
    now: Callable[[], dt.datetime]
    command: str  # how to run this program again, for the messages
    # A deck re-attempt: asks the card's recall rating when the session ends, before the key points show.
    recall: Callable[[Session], Awaitable[None]] | None = None

    def __post_init__(self) -> None:
        self.room = TerminalRoom(self.console, self.service, self.now, TERMINAL_USER)
        # The terminal schedules nothing: the registry is only the lifecycle's (idle) way to cancel timers.
        timers = TimerRegistry(Scheduler(), self.now)
        self.lifecycle = SessionLifecycle(self.service, timers, self._room_of, self.now)
        self._nudged = 0

    async def _room_of(self, session: Session) -> TerminalRoom:
        return self.room

    async def run(self, round_: Round, difficulty: Difficulty | None, topic: str | None) -> int:
        """Run a session to its end and rating, or until the member leaves; return the exit status."""
        session = await self._open_or_resume(round_, difficulty, topic)
        if session is None:
            return 0
        try:
            session = await self._work(session)
        except (Interrupted, EOFError, asyncio.CancelledError) as exc:  # Ctrl-C (a key, or SIGINT), Ctrl-D
            draft = exc.draft if isinstance(exc, Interrupted) else ""
            if draft.strip():
                session = await self._save(await self.service.get(session.id), draft)
            eof = "Ctrl-D" if self.console.interactive else "end of input"
            self._left_open(session, eof if isinstance(exc, EOFError) else "Ctrl-C")
            return 0 if isinstance(exc, EOFError) else 130
        if session.state is SessionState.RUNNING:  # the member chose q
            self._left_open(session, "q")
        elif self.recall is None:  # a deck card is in the deck already
            for line in offer_lines(session):
                self.console.say(line)
        return 0

    async def _open_or_resume(self, round_: Round, difficulty: Difficulty | None, topic: str | None) -> Session | None:
        # Wrong filters are said before anything else is asked or changed.
        pick_questions(self.service.bank, round_, random.Random(), difficulty=difficulty, topic=topic)  # noqa: S311
        running = await self.service.running_session(TERMINAL_GUILD_ID, TERMINAL_USER)
        if running is not None:
            choice = await self._choose_for_running(running, round_)
            if choice == "r":
                self.console.say(f"Resuming your {running.round.label} session.")
                self._show_question(running)
                self.console.say(f"\nCommands: {HELP}")
                return running
            if choice != "e":
                self.console.say("Nothing changed.")
                return None
            await self.service.end(running.id, self.now())
            await self.service.complete_reveal(running.id, self.now())  # the member asked for a new one instead
            self.console.say(f"Ended your {running.round.label} session ({running.answers} answer(s) saved).")
        session = await self.service.open(
            guild_id=TERMINAL_GUILD_ID,
            user_id=TERMINAL_USER,
            round_=round_,
            now=self.now(),
            difficulty=difficulty,
            topic=topic,
        )
        self._show_question(session)
        self.console.say(f"\nCommands: {HELP}")
        return session

    async def _choose_for_running(self, running: Session, round_: Round) -> str:
        now = self.now()
        left = "its time ran out" if now >= running.deadline else f"{render.minutes_left(running, now)} left"
        self.console.say(
            f"You have a {running.round.label} session open ({running.question.title}; {left}; "
            f"{running.answers} answer(s))."
        )
        options = f"r resume it · e end it and start {round_.label} · q quit"
        while True:
            try:
                answer = await self.console.ask(f"{options} [r/e/q]: ")
            except (Interrupted, EOFError):
                return "q"
            choice = (answer or "").strip().lower()[:1]
            if choice in {"r", "e", "q"}:
                return choice
            self.console.say("Please type r, e or q.")

    async def _work(self, session: Session) -> Session:
        """Take commands until the session ends (time up or `e`) or the member quits with `q`."""
        self._nudged = sum(n.at <= self.now() for n in session.nudges())  # a resumed session skips old ones
        while True:
            now = self.now()
            if now >= session.deadline:
                return await self._end(session, ended_by=None)
            await self._due_nudges(session, now)
            line = await self.console.ask(self._prompt(session), timeout=self._next_wake(session, now))
            if line is None:
                continue  # a nudge or the deadline came while waiting: the loop handles it
            command = line.strip().lower()
            if command in {"e", "end"}:
                if await self._confirm("End the session now and see the key points?"):
                    return await self._end(session, ended_by=TERMINAL_USER)
            elif command in {"q", "quit"}:
                if await self._confirm("Leave now? The session stays open and its clock keeps running."):
                    return session
            else:
                try:
                    session = await self._handle(session, command)
                except SessionError as exc:
                    self.console.say(exc.message)

    def _prompt(self, session: Session) -> Callable[[], str]:
        """Return the command prompt, showing the time left (redrawn every second on a terminal)."""
        return lambda: f"[{render.minutes_left(session, self.now())} left] > "

    async def _handle(self, session: Session, command: str) -> Session:
        console = self.console
        if command in {"h", "hint"}:
            session, hint = await self.service.hint(session.id, TERMINAL_USER, self.now())
            console.markdown(f"**Hint {hint.stage}/{hint.total}:** {hint.text}")
        elif command in {"a", "answer"}:
            session = await self._answer(session)
        elif command in {"n", "next"}:
            session = await self._next(session)
        elif command in {"t", "time"}:
            phase = session.phase_at(self.now())
            console.say(f"{render.minutes_left(session, self.now())} left" + (f" · now: {phase.name}" if phase else ""))
        elif command in {"?", "help", ""}:
            console.say(HELP)
        else:
            console.say(f"Unknown command {command!r}. {HELP}")
        return session

    async def _answer(self, session: Session) -> Session:
        how = (
            "Esc then Enter, or a line holding only '.', submits; Ctrl-C leaves"
            if self.console.interactive
            else "finish with a line holding only '.'"
        )
        self.console.say(f"Type your answer ({MAX_ANSWER_CHARS:,} characters fit in Discord; {how}).")

        def status() -> str:
            return f"[{render.minutes_left(session, self.now())} left · Esc Enter submits]"

        text = await self.console.read_answer(status)
        if not text.strip():
            self.console.say("Nothing typed: no answer saved.")
            return session
        if len(text) > MAX_ANSWER_CHARS:
            text = await self._fit(text)
        return await self._save(session, text)

    async def _fit(self, text: str) -> str:
        self.console.say(
            f"Your answer has {len(text):,} characters; Discord shows {MAX_ANSWER_CHARS:,}. The terminal has no limit."
        )
        while True:
            choice = ((await self.console.ask("k keep it whole · c cut it to fit [k/c]: ")) or "").strip().lower()
            if choice in {"k", "keep", ""}:
                return text
            if choice in {"c", "cut"}:
                return text[:MAX_ANSWER_CHARS]
            self.console.say("Please type k or c.")

    async def _save(self, session: Session, text: str) -> Session:
        text, odd_bytes = clean_text(text)
        if odd_bytes:
            self.console.say(f"{odd_bytes} byte(s) of your answer were not UTF-8; they were read as Latin-1.")
        saved = await self.service.submit(session.id, TERMINAL_USER, text, self.now(), max_chars=None)
        late = (
            " It came after the time ran out, so it is marked late."
            if saved.late_answers > session.late_answers
            else ""
        )
        self.console.say(f"Answer saved ({len(text):,} characters).{late}")
        if saved.round is Round.BEHAVIORAL:
            self.console.say(story_insights(text).as_text())
        return saved

    async def _next(self, session: Session) -> Session:
        if session.is_series and session.current + 1 >= len(session.questions):
            raise NoMoreQuestions("That was the last question: type e to end and see the key points.")
        answered = {a.question_id for a in await self.service.answers(session.id)}
        if session.is_series and session.question.id not in answered:
            self.console.say("You have not answered this question yet (a to answer).")
            if not await self._confirm("Move on anyway?"):
                return session
        session = await self.service.next_question(session.id, TERMINAL_USER, self.now())
        self._show_question(session)
        return session

    async def _end(self, session: Session, ended_by: int | None) -> Session:
        """End through the lifecycle (as Discord does), which reveals in this room; Ctrl-C stops the reveal."""
        if self.recall is not None:
            await self.recall(session)
        try:
            await self.lifecycle.finish(session.id, ended_by=ended_by)
        except (Interrupted, EOFError, asyncio.CancelledError):
            self.console.say("\nStopped. The session is ended; the ratings you gave are saved.")
        await self.service.complete_reveal(session.id, self.now())  # the terminal's reveal is never resumed
        return await self.service.get(session.id)

    async def _due_nudges(self, session: Session, now: dt.datetime) -> None:
        nudges = session.nudges()
        due = [n for n in nudges[self._nudged :] if n.at <= now]
        if due:
            self._nudged += len(due)
            # After a long answer, only the latest still matters.
            await self.room.nudge(session, due[-1].text, nudge_nonce(session.id, self._nudged - 1))

    def _next_wake(self, session: Session, now: dt.datetime) -> float:
        upcoming = [n.at for n in session.nudges()[self._nudged :] if n.at > now]
        return (min([*upcoming, session.deadline]) - now).total_seconds()

    async def _confirm(self, question: str) -> bool:
        answer = await self.console.ask(f"{question} [y/N]: ")
        return (answer or "").strip().lower() in {"y", "yes"}

    def _show_question(self, session: Session) -> None:
        question, now = session.question, self.now()
        position = f" ({session.current + 1}/{len(session.questions)})" if session.is_series else ""
        self.console.say(f"\n=== {session.round.label}{position}: {question.title} · {question.difficulty.value} ===\n")
        self.console.markdown(render.question_body(question))
        if session.current == 0:
            self.console.say("\nAgenda:\n" + "\n".join(render.agenda_lines(session)))
        self.console.say(f"\nTime left: {render.minutes_left(session, now)}")

    def _left_open(self, session: Session, why: str) -> None:
        left = render.minutes_left(session, self.now())
        self.console.say(
            f"\nStopped ({why}). Your {session.round.label} session stays open and its clock keeps running "
            f"({left} left); answers so far are saved. Run `{self.command} practice {session.round.label}` "
            "to resume it or end it."
        )
