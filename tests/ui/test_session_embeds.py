"""Every shipped question renders within Discord's limits, and echoed text cannot ping."""

from __future__ import annotations

import datetime as dt

import discord
import pytest

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.session import SERIES_LENGTH, Session
from bot.ui import fit
from bot.ui import session as ui
from cogs.mock._views import controls, rating_views

T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)
BANK = load_banks([SHIPPED_BANKS])
EMBED_TOTAL = 6_000


def _sessions() -> list[Session]:
    """One session per shipped question, as the first question of its round's series."""
    sessions = []
    for question in BANK.questions.values():
        series = [question] + [q for q in BANK.select(question.round) if q.id != question.id]
        size = SERIES_LENGTH.get(question.round, 1)
        sessions.append(
            Session.start(guild_id=1, candidate_id=2, interviewer_id=3, questions=series[:size], now=T0, session_id=7)
        )
    return sessions


def _check(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4_096
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert len(field.name) <= 256 and 0 < len(field.value) <= 1_024
    assert len(embed) <= EMBED_TOTAL


@pytest.mark.parametrize("session", _sessions(), ids=lambda s: s.question.id)
def test_every_card_of_a_session_fits_discord_limits_without_cuts(session: Session) -> None:
    with fit.recording_cuts() as cuts:
        _check(ui.question_embed(session))
        reveal = ui.reveal_embeds(session)
        packet = ui.packet_embeds(session)
        follow_ups = ui.follow_up_text(session)
    assert cuts == []
    for embeds in (reveal, packet):
        assert len(embeds) >= len(session.questions)
        for embed in embeds:
            _check(embed)
        batches = ui.batches(embeds)
        assert [e for batch in batches for e in batch] == embeds
        for batch in batches:
            assert 1 <= len(batch) <= 10 and sum(len(e) for e in batch) <= EMBED_TOTAL
    ended = session.end(T0 + dt.timedelta(minutes=10))
    _check(ui.summary_embed(ended, "<@2>", "<@3>"))
    assert len(follow_ups) <= 2_000
    assert 1 <= len(ui.thread_name(session, "x" * 200)) <= 100


def test_question_card_shows_a_live_countdown_and_the_agenda() -> None:
    session = next(s for s in _sessions() if s.round.value == "system_design")
    embed = ui.question_embed(session)
    fields = {f.name: f.value for f in embed.fields}
    assert f"<t:{int(session.deadline.timestamp())}:R>" in fields["Ends"]
    assert fields["Agenda"].splitlines()[0].endswith("(5 min)")


def test_thread_name_is_round_member_title() -> None:
    session = _sessions()[0]
    name = ui.thread_name(session, "Ada\nLovelace")
    assert name == f"{session.round.label} · Ada Lovelace · {session.question.title}"[:100]


def test_controls_and_ratings_respect_component_limits() -> None:
    for session in _sessions():
        view = controls(session)
        assert len(view.children) <= 5  # one action row
        assert all(len(item.custom_id) <= 100 for item in view.children)
        for rating in rating_views(session):
            assert len(rating.children) <= 5


def test_hint_is_spoiler_tagged() -> None:
    _, hint = _sessions()[0].take_hint(T0)
    assert ui.hint_embed(hint, by_interviewer=False).description.startswith("||")
