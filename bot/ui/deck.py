"""Messages of the review deck: the offer after a session, the recall prompt, `/review due`, and the reminder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core.deck import DeckCard, worth_offering
from bot.core.questions import Question
from bot.core.render import clip
from bot.core.session import Session
from bot.ui.fit import CONTENT_LIMIT
from bot.ui.session import timestamp

# `/review due` shows this many cards; the export has them all.
DUE_SHOWN = 10
EXPORT_NAME = "review-deck.csv"


def offer_text(session: Session) -> str:
    """Return the offer to add the session's questions to the deck; stronger for a question that was hard."""
    self_scores = [score for _, score in session.ratings]
    hard = [
        question.title
        for question, hints in zip(session.questions, session.hints_used, strict=False)
        if worth_offering(hints, self_scores)
    ]
    if hard:
        listed = ", ".join(f"**{title}**" for title in hard)
        text = (
            f"📌 **Worth a second attempt:** {listed} took you some help. Add it to your review deck with the "
            "key idea in one line; it comes back when you are about to forget it."
        )
    else:
        text = "📌 Found a question hard? Add it to your review deck with the key idea in one line."
    return clip(text, CONTENT_LIMIT)


def rating_nudge(session: Session, user_id: int) -> str:
    """Return a line suggesting the deck once the candidate's own ratings are low, else an empty string."""
    scores = [score for _, score in session.ratings]
    if user_id != session.candidate_id or not worth_offering(0, scores):
        return ""
    return " Your self-rating is low: **Add to review deck** (below the ratings) brings this question back later."


def recall_text(session: Session, question_ids: Sequence[str]) -> str:
    """Return the recall prompt of a re-attempt, asked before the key points are shown."""
    titles = ", ".join(f"**{q.title}**" for q in session.questions if q.id in question_ids)
    return clip(
        f"🔁 This was a re-attempt from your review deck: {titles}. Before you read the key points below, "
        "how well did you recall the solution?",
        CONTENT_LIMIT,
    )


def due_text(due: Sequence[tuple[DeckCard, Question | None]], total: int, next_due: dt.datetime | None) -> str:
    """Return `/review due`: the cards due now, most overdue first, each note behind a spoiler."""
    if not due:
        later = f" The next one comes back {timestamp(next_due)}." if next_due else ""
        return f"Nothing in your review deck is due now ({total} card(s) in it).{later}"
    lines = [f"**{len(due)} card(s) due** (most overdue first); `/review start` opens the first one:"]
    size = len(lines[0])
    for shown, (card, question) in enumerate(due):
        title = question.title if question else "(no longer in the banks)"
        where = f", {question.round.label} · {question.topic} · {question.difficulty.value}" if question else ""
        note = f" — {spoiler(card.note)}" if card.note else ""
        line = f"- **{title}** (`{card.question_id}`{where}) due {timestamp(card.due)}{note}"
        # Whole lines only, so a cut never opens a spoiler it does not close; room is kept for the last line.
        if shown == DUE_SHOWN or size + 1 + len(line) + 1 + len(_more(len(due))) > CONTENT_LIMIT:
            lines.append(_more(len(due) - shown))
            break
        lines.append(line)
        size += 1 + len(line)
    return "\n".join(lines)


def _more(hidden: int) -> str:
    return f"…and {hidden} more (`/review export` lists them all)."


def reminder_text(count: int, guild_name: str) -> str:
    """Return the daily reminder's direct message."""
    return (
        f"🔁 {count} card(s) in your review deck on **{guild_name}** are due. "
        "`/review start` there opens the most overdue one as a timed session."
    )


def reminder_line(user_id: int, count: int) -> str:
    """Return the reminder as a line in the daily thread, for a member whose direct messages are closed."""
    return (
        f"🔁 <@{user_id}>: {count} card(s) in your review deck are due; `/review start` opens the most overdue one. "
        "(Your direct messages are closed, so the reminder is here.)"
    )


def spoiler(note: str) -> str:
    """Return the note behind a Discord spoiler; its own `|` are escaped so it cannot close the spoiler early."""
    return "||" + note.replace("\\", "\\\\").replace("|", "\\|") + "||"
