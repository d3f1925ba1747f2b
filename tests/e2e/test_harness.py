"""The harness reads the bot's log the way the fixtures rely on: ERROR records and tracebacks are caught."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.fake_discord import BotProcess

LOG = """\
2026-01-01 10:00:00,000 INFO     bot.client: loaded 4 cogs, 10 questions
2026-01-01 10:00:01,000 ERROR    cogs.errors: error 0a1b2c3d in /boom
Traceback (most recent call last):
  File "x.py", line 1, in boom
    raise RuntimeError("boom")
RuntimeError: boom

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "y.py", line 2, in handler
discord.app_commands.errors.CommandInvokeError: Command 'boom' raised an exception: RuntimeError: boom
2026-01-01 10:00:02,000 WARNING  discord.gateway: Shard ID None has stopped responding to the gateway.
some text printed to stderr
Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
SystemExit: crash at exit
"""


def _parsed() -> BotProcess:
    proc = BotProcess([], env={}, cwd=Path())
    for line in LOG.splitlines():
        proc._stderr_line(line)
    return proc


def test_log_records_keep_their_tracebacks() -> None:
    proc = _parsed()

    assert [r.level for r in proc.records] == ["INFO", "ERROR", "WARNING", "STDERR", "TRACEBACK"]
    error = proc.records[1]
    assert error.logger == "cogs.errors" and "RuntimeError: boom" in error.text and "CommandInvokeError" in error.text


def test_errors_fail_unless_expected() -> None:
    proc = _parsed()
    proc.expect_error(r"error [0-9a-f]{8} in /boom")

    unexpected = proc.take_unexpected_errors()

    assert [r.level for r in unexpected] == ["TRACEBACK"]
    assert proc.take_unexpected_errors() == [], "each record is checked once"
