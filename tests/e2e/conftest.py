"""End-to-end fixtures: a fake Discord on 127.0.0.1 and the real bot, started as `python -m bot run`, connected to it.

A scenario reads like what a member does and sees:

    async def test_help(fake, bot):
        reply = await fake.user("alice").run_command("help")
        assert reply.ephemeral and "/help" in reply.text()

Modules share one fake and one bot (started once, on first use) unless they set `OWN_FAKE = True` or
`BOT_EXTENSIONS = ["e2e_boom"]` (test-only extensions from tests/e2e/shim); then they get their own, for the module.
Every e2e test runs in the session's event loop, where the fakes and bots live. After every test the fixtures fail it
if a fake saw a route it does not know, or a bot logged an ERROR or a traceback the test did not declare with
`bot.expect_error(regex)`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from tests.e2e.fake_discord import BotProcess, FakeDiscord, Harness

E2E = Path(__file__).resolve().parent
STARTED_FAKES: list[FakeDiscord] = []
SHARED: dict[str, Any] = {}  # the fake, harness and bot that modules without special needs share


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run every e2e test in the session's event loop, where the fakes and bots live, and after all other tests.

    The session loop stands still while other tests run in loops of their own; a shared bot left waiting that long
    misses its heartbeat acknowledgements and reconnects (then logs errors when it is stopped at the end).
    """
    marker = pytest.mark.asyncio(loop_scope="session")
    for item in items:
        if pytest_asyncio.is_async_test(item) and E2E in Path(str(item.path)).parents:
            item.add_marker(marker, append=False)
    items.sort(key=lambda item: E2E in Path(str(item.path)).parents)  # stable: each group keeps its order


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Keep each phase's report on the item, so teardown can attach the fake's and the bot's logs on failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _private(request: pytest.FixtureRequest) -> bool:
    return bool(getattr(request.module, "BOT_EXTENSIONS", ())) or getattr(request.module, "OWN_FAKE", False)


async def _new_fake() -> FakeDiscord:
    server = await FakeDiscord().start()
    STARTED_FAKES.append(server)
    return server


async def _close_fake(server: FakeDiscord) -> None:
    await server.close()
    assert not server.unhandled, f"the fake received calls it does not know: {[str(c) for c in server.unhandled]}"
    assert not server.internal_errors, f"the fake failed: {server.internal_errors}"


async def _start_bot(harness: Harness, extensions: list[str]) -> BotProcess:
    await harness.prepare(extensions)
    return await harness.start(extensions)


async def _stop_bot(proc: BotProcess) -> None:
    status = await proc.stop()
    errors = proc.take_unexpected_errors()
    assert not errors, "the bot logged errors while stopping:\n" + "\n".join(r.text for r in errors)
    assert status in (0, 130), f"the bot exited with {status}:\n{proc.text()}"


@pytest_asyncio.fixture(scope="session", loop_scope="session", autouse=True)
async def _shared_bot_lifetime() -> AsyncIterator[None]:
    """Stop the shared bot and fake at the end of the session."""
    yield
    if "bot" in SHARED:
        await _stop_bot(SHARED.pop("bot"))
    if "fake" in SHARED:
        await _close_fake(SHARED.pop("fake"))
    for proc in BotProcess.live:  # a test that failed half-way may have left one running
        if proc.returncode is None:
            await proc.stop(timeout=5)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def fake(request: pytest.FixtureRequest) -> AsyncIterator[FakeDiscord]:
    """Return the module's fake Discord (the shared one unless the module needs its own)."""
    if not _private(request):
        if "fake" not in SHARED:
            SHARED["fake"] = await _new_fake()
        yield SHARED["fake"]
        return
    server = await _new_fake()
    yield server
    await _close_fake(server)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def harness(
    fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Harness:
    """Return a harness (a working directory and database) for starting bot processes against the fake."""
    if not _private(request):
        if "harness" not in SHARED:
            SHARED["harness"] = Harness(fake, tmp_path_factory.mktemp("shared-bot"))
        return SHARED["harness"]
    return Harness(fake, tmp_path_factory.mktemp("bot"))


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def bot(harness: Harness, request: pytest.FixtureRequest) -> AsyncIterator[BotProcess]:
    """Migrate, sync the commands to the server, start `python -m bot run` and wait until discord.py is ready."""
    extensions = list(getattr(request.module, "BOT_EXTENSIONS", ()))
    if not _private(request):
        if "bot" not in SHARED:
            SHARED["bot"] = await _start_bot(harness, extensions)
        assert SHARED["bot"].returncode is None, f"the shared bot died:\n{SHARED['bot'].text()}"
        yield SHARED["bot"]
        return
    proc = await _start_bot(harness, extensions)
    yield proc
    await _stop_bot(proc)


@pytest_asyncio.fixture(autouse=True, loop_scope="session")
async def _fail_on_unknown_routes_and_bot_errors(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """After each test: no unknown route was called, and no bot logged an ERROR or traceback it did not expect."""
    seen = {id(f): (len(f.unhandled), len(f.internal_errors)) for f in STARTED_FAKES}
    started = time.perf_counter()
    yield
    problems = []
    for server in STARTED_FAKES:
        unhandled, internal = seen.get(id(server), (0, 0))
        if server.unhandled[unhandled:]:
            problems.append(
                f"the fake received calls it does not know: {[str(c) for c in server.unhandled[unhandled:]]}"
            )
        if server.internal_errors[internal:]:
            problems.append(f"the fake itself failed: {server.internal_errors[internal:]}")
    used = request.node.funcargs.get("bot")
    for proc in BotProcess.live:
        if proc.returncode is None and (proc is used or proc.started_at >= started):
            await proc.settle()  # let the log lines this test caused arrive
        errors = proc.take_unexpected_errors()
        proc.expected.clear()
        if errors:
            problems.append(f"{proc.name} logged errors:\n" + "\n".join(r.text for r in errors))
    failed = any(getattr(getattr(request.node, f"report_{w}", None), "failed", False) for w in ("setup", "call"))
    if failed or problems:
        server_used = request.node.funcargs.get("fake")
        for server in [server_used] if server_used is not None else STARTED_FAKES[-1:]:
            request.node.add_report_section("teardown", "fake discord", server.describe())
        for proc in BotProcess.live[-3:]:
            request.node.add_report_section("teardown", f"{proc.name} stderr", proc.text()[-6000:])
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
