"""The command line run as a member runs it: subprocesses, a pseudo-terminal, scripts/test.

These tests block the event loop for minutes while their processes run, so they sit before tests/e2e (directories
run in name order): the fake Discord, which lives in that loop, is not serving a bot yet.
"""
