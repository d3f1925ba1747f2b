"""Run the harness inside bubblewrap with resource limits, a wall clock and capped output."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import math
import os
import resource
import shutil
import signal
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HARNESS = (Path(__file__).with_name("_harness.py")).read_text(encoding="utf-8")
# Where numpy appears inside the sandbox; the harness puts it on sys.path.
SITE = "/opt/site"
# The private tmpfs the submission runs in (the sandbox's own, never the host's /tmp).
WORK = "/tmp"  # noqa: S108
# Unprivileged uids the submission runs as when the bot is root, one per worker slot, so RLIMIT_NPROC
# counts one run's processes only (root, or a namespace mapped to root, is exempt from it).
SLOT_UID_BASE = 64_000
# bwrap's own errors ("bwrap: Can't ...") are short; anything past this is noise.
BWRAP_ERROR_CAP = 2_000


@dataclass(frozen=True)
class Limits:
    """Per-run resource limits: bytes, counts and seconds."""

    memory_bytes: int = 1 << 30
    processes: int = 32
    file_bytes: int = 16 << 20
    open_files: int = 64
    tmpfs_bytes: int = 64 << 20
    output_chars: int = 2_000
    result_bytes: int = 64 << 20
    load_seconds: float = 5.0
    slack_seconds: float = 2.0
    max_wall_seconds: float = 60.0


@dataclass
class RawRun:
    """What came back from one sandboxed run: harness events, whether it was killed and why."""

    events: list[dict[str, Any]] = field(default_factory=list)
    killed: str | None = None
    returncode: int | None = None
    bwrap_error: str = ""
    wall_seconds: float = 0.0


def _stdlib_dirs() -> list[str]:
    """Return the base interpreter's standard library directories (never a virtualenv's)."""
    base = {"base": sys.base_prefix, "platbase": sys.base_exec_prefix, "installed_base": sys.base_prefix}
    return [sysconfig.get_path(name, vars=base) for name in ("stdlib", "platstdlib")]


def _mount_points() -> list[tuple[str, str]]:
    """Return (source, destination) read-only binds: the Python runtime, system libraries and numpy."""
    executable = os.path.realpath(sys.executable)
    binds: list[tuple[str, str]] = [(executable, executable)]
    for path in sorted(set(_stdlib_dirs())):
        if os.path.isdir(path):
            binds.append((path, path))
    libdir, soname = sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("INSTSONAME")
    if libdir and soname and os.path.isfile(os.path.join(libdir, soname)):
        binds.append((os.path.join(libdir, soname), os.path.join(libdir, soname)))
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    for path in (f"/usr/lib/{multiarch}" if multiarch else "/usr/lib", "/usr/lib64", "/etc/ld.so.cache"):
        if os.path.exists(path):
            binds.append((path, path))
    # Located, not imported: importing numpy would cost the bot's start-up a noticeable fraction of a second.
    spec = importlib.util.find_spec("numpy")
    if spec is not None and spec.origin:
        package = os.path.dirname(os.path.realpath(spec.origin))
        binds.append((package, f"{SITE}/numpy"))
        libs = package + ".libs"
        if os.path.isdir(libs):
            binds.append((libs, f"{SITE}/numpy.libs"))
    return binds


def _with_parents(binds: list[tuple[str, str]]) -> list[str]:
    """Return bwrap arguments creating each destination's parents 0755 (bwrap would make them 0700)."""
    made: set[str] = {"/"}
    args: list[str] = []
    for source, destination in binds:
        parents = list(Path(destination).parents)[::-1]
        for parent in map(str, parents):
            if parent not in made:
                made.add(parent)
                args += ["--perms", "0755", "--dir", parent]
        args += ["--ro-bind", source, destination]
    return args


class Sandbox:
    """Builds the bubblewrap command line and runs one request through the harness."""

    def __init__(self, limits: Limits | None = None, bwrap: str | None = None) -> None:
        self.limits = limits or Limits()
        self.bwrap = bwrap if bwrap is not None else shutil.which("bwrap")
        self.privileged = os.geteuid() == 0
        self._binds = _mount_points()
        # The runtime's own site-packages is not part of "the Python runtime and numpy": hide it.
        packages = os.path.join(_stdlib_dirs()[0], "site-packages")
        self._hidden = ["--tmpfs", packages] if os.path.isdir(packages) else []

    def argv(self) -> list[str]:
        """Return the bwrap command line running the harness; raise RuntimeError when bwrap is missing."""
        if not self.bwrap:
            raise RuntimeError("bwrap is not installed")
        if self.privileged:
            # As root, a user namespace would map the sandbox to root outside, where RLIMIT_NPROC does not
            # apply; so: every namespace but the user one, all capabilities dropped but the two the harness
            # needs to become the slot's unprivileged uid before the submission runs.
            namespaces = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try"]
            namespaces += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
        else:
            namespaces = ["--unshare-all", "--uid", "65534", "--gid", "65534"]
        python = os.path.realpath(sys.executable)
        return [
            self.bwrap,
            *namespaces,
            "--die-with-parent",
            "--new-session",
            "--clearenv",
            "--setenv",
            "OPENBLAS_NUM_THREADS",
            "1",
            "--hostname",
            "judge",
            *_with_parents(self._binds),
            *self._hidden,
            "--symlink",
            "usr/lib",
            "/lib",
            "--symlink",
            "usr/lib64",
            "/lib64",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--size",
            str(self.limits.tmpfs_bytes),
            "--perms",
            "1777",
            "--tmpfs",
            WORK,
            "--chdir",
            WORK,
            python,
            "-I",
            "-S",
            "-B",
            "-c",
            f"import sys; sys.path.append({SITE!r})\n" + HARNESS,
        ]

    def _rlimits(self, wall_seconds: float) -> list[tuple[int, int]]:
        """Return the limits set between fork and exec; RLIMIT_NPROC is set by the harness (see there)."""
        cpu = math.ceil(wall_seconds) + 1
        limits = self.limits
        return [
            (resource.RLIMIT_CPU, cpu),
            (resource.RLIMIT_AS, limits.memory_bytes),
            (resource.RLIMIT_FSIZE, limits.file_bytes),
            (resource.RLIMIT_NOFILE, limits.open_files),
            (resource.RLIMIT_CORE, 0),
        ]

    async def run(
        self, request: dict[str, Any], wall_seconds: float, slot: int = 0, *, encoded_cases: bytes | None = None
    ) -> RawRun:
        """Run one request with the wall clock `wall_seconds`; kill the process group past it.

        `encoded_cases` is the JSON list of cases, encoded once per question; otherwise `request["cases"]`.
        """
        wall_seconds = min(wall_seconds, self.limits.max_wall_seconds)
        uid = SLOT_UID_BASE + slot if self.privileged else None
        limits = {"uid": uid, "output_cap": self.limits.output_chars, "processes": self.limits.processes}
        if encoded_cases is None:
            payload = json.dumps({**request, **limits}).encode()
        else:  # splice the pre-encoded cases in: no large json.dumps on the event loop per run
            head = json.dumps({**request, **limits, "cases": None}).encode()
            payload = head[: -len(b"null}")] + encoded_cases + b"}"
        rlimits = self._rlimits(wall_seconds)

        def in_child() -> None:
            # Runs between fork and exec: only system calls, no allocation-heavy Python.
            for kind, value in rlimits:
                resource.setrlimit(kind, (value, value))

        loop = asyncio.get_running_loop()
        started = loop.time()
        process = await asyncio.create_subprocess_exec(
            *self.argv(),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={},  # bwrap itself gets an empty environment: nothing to find in /proc/1/environ either
            start_new_session=True,
            preexec_fn=in_child,
            limit=self.limits.result_bytes,
        )
        raw = RawRun()
        try:
            await asyncio.wait_for(self._talk(process, payload, raw), timeout=wall_seconds)
        except TimeoutError:
            raw.killed = raw.killed or "wall"
        finally:
            _kill_group(process.pid)
            raw.returncode = await process.wait()
            raw.wall_seconds = loop.time() - started
        return raw

    async def _talk(self, process: asyncio.subprocess.Process, payload: bytes, raw: RawRun) -> None:
        assert process.stdin and process.stdout and process.stderr

        async def feed() -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                process.stdin.write(payload)
                await process.stdin.drain()
                process.stdin.close()

        async def read_errors() -> None:
            data = await process.stderr.read(BWRAP_ERROR_CAP)
            raw.bwrap_error = data.decode("utf-8", "replace").strip()
            while await process.stderr.read(65536):
                pass

        async def read_events() -> None:
            total = 0
            while line := await process.stdout.readline():
                total += len(line)
                if total > self.limits.result_bytes or not line.endswith(b"\n"):
                    raw.killed = "output"
                    return
                try:
                    raw.events.append(json.loads(line))
                except ValueError:
                    raw.killed = "output"
                    return

        feeding = asyncio.create_task(feed())
        errors = asyncio.create_task(read_errors())
        try:
            await read_events()
        except ValueError:  # a line longer than the stream limit
            raw.killed = "output"
        if raw.killed:
            _kill_group(process.pid)
        await process.wait()
        await asyncio.gather(feeding, errors, return_exceptions=True)


def _kill_group(pid: int) -> None:
    """SIGKILL the run's process group; bwrap's --die-with-parent and the pid namespace take the rest."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
