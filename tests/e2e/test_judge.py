"""Run tests: the candidate runs code from a coding session's thread, in the real sandbox."""

from __future__ import annotations

import re

from bot.config import SHIPPED_BANKS
from bot.core.bank import load_banks
from bot.core.judge import build_cases
from bot.core.questions import CodingQuestion
from tests.e2e.fake_discord import BotProcess, Channel, FakeDiscord, Harness, Human, Message
from tests.e2e.mock_flow import bot_messages, is_summary, open_session, query, session_id

BANK = load_banks([SHIPPED_BANKS])
# Members of the shared fake server: their sessions stay open, so other modules' members are left alone.
# A run takes about a second; a loaded machine may need more.
RUN_TIMEOUT = 30.0


async def _coding_session(fake: FakeDiscord, human: Human) -> tuple[Channel, Message, CodingQuestion]:
    _, thread, card = await open_session(fake, human, "coding", topic="arrays-hashing")
    title = card.embeds[0]["title"].split(" · ", 1)[1]
    question = next(q for q in BANK.questions.values() if isinstance(q, CodingQuestion) and q.title == title)
    return thread, card, question


def _reference(question: CodingQuestion) -> str:
    return (SHIPPED_BANKS / "solutions" / f"{question.id}.py").read_text(encoding="utf-8")


def _run_message(fake: FakeDiscord, thread: Channel, index: int = 0) -> Message | None:
    runs = [m for m in bot_messages(fake, thread) if any(e.get("title", "").startswith("Run tests") for e in m.embeds)]
    return runs[index] if len(runs) > index else None


async def _result(fake: FakeDiscord, thread: Channel, message_id: int) -> dict:
    def done() -> dict | None:
        message = fake.world.messages.get(message_id)
        embed = message.embeds[0] if message and message.embeds else {}
        return embed if embed.get("title", "").startswith(("✅", "❌")) else None

    return await fake.wait_for(done, timeout=RUN_TIMEOUT, what="the run's result")


async def test_passing_submission_edits_one_message_to_the_result(
    fake: FakeDiscord, bot: BotProcess, harness: Harness
) -> None:
    alice = fake.user("runner-ana")
    thread, card, question = await _coding_session(fake, alice)
    opened = await alice.click(card, label="Run tests")
    assert opened.response_type == 9 and opened.modal["title"] == "Run tests"
    submitted = await alice.submit_modal(opened, {"code": _reference(question)})
    assert submitted.response_type == 5 and submitted.ephemeral, "acknowledged at once, privately"
    assert "Queued" in (await submitted.followup(0)).data["content"]
    queued = await fake.wait_for(lambda: _run_message(fake, thread), what="the run's message")
    result = await _result(fake, thread, queued.id)
    total = len(build_cases(question, {}))  # examples and tests, a visible test repeating an example once
    assert result["title"] == f"✅ passed — {total}/{total} tests passed"
    assert "Hidden tests:" in result["description"]
    assert re.search(r"Large case( \d)?: passed in", result["description"]), "numbered when there are several"
    assert _run_message(fake, thread, 1) is None, "one message, edited, not one per stage"
    edits = [c for c in fake.calls_to("PATCH", "/channels/{channel_id}/messages/{message_id}")]
    assert len([c for c in edits if c.params["message_id"] == str(queued.id)]) >= 1
    database = harness.workdir / "bot.db"
    sid = session_id(card)
    stored = "SELECT question_id, verdict, passed, total FROM judge_runs WHERE session_id = ?"
    await fake.wait_for(lambda: query(database, stored, sid), what="the stored run")
    assert query(database, stored, sid) == [(question.id, "passed", total, total)]

    # The summary card that peers review carries the session's best run.
    await alice.click(card, label="End")
    summary = await fake.wait_for(
        lambda: next((m for m in bot_messages(fake, thread) if is_summary(m, sid)), None), timeout=RUN_TIMEOUT
    )
    fields = {f["name"]: f["value"] for f in summary.embeds[0]["fields"]}
    assert fields["Best code run"].startswith(f"passed, {total}/{total} tests, large case ")


async def test_failing_submission_shows_the_visible_case_and_hidden_counts(fake: FakeDiscord, bot: BotProcess) -> None:
    bob = fake.user("runner-ben")
    thread, card, question = await _coding_session(fake, bob)
    wrong = f"def {question.function_name}(*args):\n    return -12345\n"
    opened = await bob.click(card, label="Run tests")
    await bob.submit_modal(opened, {"code": wrong})
    queued = await fake.wait_for(lambda: _run_message(fake, thread), what="the run's message")
    result = await _result(fake, thread, queued.id)
    assert result["title"].startswith("❌ wrong answer — 0/")
    assert "✗ example 1:" in result["description"] and "got      -12345" in result["description"]
    assert "Hidden tests: 0 passed" in result["description"]


async def test_file_upload_is_judged(fake: FakeDiscord, bot: BotProcess) -> None:
    carol = fake.user("runner-cy")
    thread, card, question = await _coding_session(fake, carol)
    opened = await carol.click(card, label="Run tests")
    upload = ("solution.py", _reference(question).encode())
    submitted = await carol.submit_modal(opened, {"file": upload})
    assert submitted.response_type == 5
    queued = await fake.wait_for(lambda: _run_message(fake, thread), what="the run's message")
    result = await _result(fake, thread, queued.id)
    assert result["title"].startswith("✅ passed")
    assert fake.calls_to("GET", "/ephemeral-attachments/{id}/{filename}"), "the bot downloaded the upload"


async def test_a_file_that_is_not_python_is_refused_in_one_line(fake: FakeDiscord, bot: BotProcess) -> None:
    erin = fake.user("runner-eve")
    thread, card, _ = await _coding_session(fake, erin)
    opened = await erin.click(card, label="Run tests")
    submitted = await erin.submit_modal(opened, {"file": ("notes.txt", b"hello")})
    reply = await submitted.followup(0)
    assert reply.data["content"] == "notes.txt is not a .py file."
    assert _run_message(fake, thread) is None


async def test_second_run_while_one_is_queued_is_refused_politely(fake: FakeDiscord, bot: BotProcess) -> None:
    dave = fake.user("runner-dan")
    thread, card, question = await _coding_session(fake, dave)
    slow = f"import time\ntime.sleep(2)\n\n{_reference(question)}"
    opened = await dave.click(card, label="Run tests")
    await dave.submit_modal(opened, {"code": slow})
    first = await fake.wait_for(lambda: _run_message(fake, thread), what="the first run's message")
    again = await dave.click(card, label="Run tests")
    refused = await dave.submit_modal(again, {"code": _reference(question)})
    assert refused.response_type == 4 and refused.ephemeral
    assert refused.content == "Your previous run is still queued or running; wait for its result."
    assert (await _result(fake, thread, first.id))["title"].startswith("✅ passed")
    assert _run_message(fake, thread, 1) is None, "the refused run posted nothing"


async def test_only_the_candidate_can_run_code(fake: FakeDiscord, bot: BotProcess) -> None:
    frank, grace = fake.user("runner-fay"), fake.user("runner-gus")
    _, card, _ = await _coding_session(fake, frank)
    pressed = await grace.click(card, label="Run tests")
    assert pressed.ephemeral and pressed.content == "Only the candidate runs code in this session."


def test_the_reference_solutions_used_here_fit_the_code_field() -> None:
    arrays = [q for q in BANK.questions.values() if isinstance(q, CodingQuestion) and q.pattern == "arrays-hashing"]
    assert arrays and all(len(_reference(q)) <= 4_000 for q in arrays)
