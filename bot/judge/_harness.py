"""Runs inside the sandbox: load the submission, call it on each case, stream one JSON line per case.

Standard library only, and passed to the interpreter as `-c` text, so the sandbox sees no project file.
Protocol: stdin holds one JSON object {"function", "source", "cases": [{"args", "budget"}], "uid",
"output_cap"}; the result stream (the original stdout) gets one JSON line per event. The submission's
own stdout and stderr go to capped files in the private tmpfs and come back in the last line.
"""

# ruff: noqa: S102, S108, SIM115 - it exists to exec the submission, in the sandbox's own /tmp, on fds 1 and 2
import contextlib
import json
import os
import resource
import signal
import sys
import time
import traceback

WORK = "/tmp"


class CaseTimeout(BaseException):
    """The case ran past its budget (a BaseException, so `except Exception` in the submission cannot eat it)."""


def _on_alarm(signum, frame):
    raise CaseTimeout


def _plain(value, depth=0):
    """Turn tuples and numpy values into JSON types; raise TypeError for anything else."""
    if depth > 50:
        raise TypeError("nested too deeply")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v, depth + 1) for k, v in value.items()}
    if hasattr(value, "tolist") and type(value).__module__.startswith("numpy"):
        return _plain(value.tolist(), depth + 1)
    raise TypeError(f"returned a {type(value).__name__}, not a JSON value")


def _first_error_line(exc):
    """Return 'File solution.py, line N: Error: message' for the innermost frame of the submission."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith("solution.py")]
    where = f"line {frames[-1].lineno}: " if frames else ""
    text = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return (where + text)[:300]


def _tail(path, cap):
    try:
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
    except OSError:
        return ""
    text = data[:cap].decode("utf-8", "replace")
    return text + ("\n[output cut]" if len(data) > cap else "")


def main():
    request = json.loads(sys.stdin.buffer.read())
    sys.stdin.close()
    results = os.fdopen(os.dup(1), "w", encoding="utf-8")

    main_pid = os.getpid()

    def emit(event):
        if os.getpid() != main_pid:  # a forked child of the submission reports nothing
            return
        results.write(json.dumps(event) + "\n")
        results.flush()

    work = request.get("work", WORK)  # the sandbox's private tmpfs; the benchmark's plain run passes its own
    uid = request.get("uid")
    if uid is not None and os.getuid() == 0:
        # Privileged bwrap keeps no user namespace: become an unprivileged uid, so RLIMIT_NPROC applies.
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise SystemExit("refusing to run a submission as root")
    # Set here, not before bwrap: a user namespace counts only its own processes against a limit set inside it,
    # while one set outside would count every process of the bot's user (and root is exempt from it).
    processes = request.get("processes")
    if processes:
        resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    # The submission's prints land in files the FSIZE limit caps; EFBIG instead of a fatal SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        target = os.open(f"{work}/.{name}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False, buffering=1)
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False, buffering=1)

    os.chdir(work)

    path = f"{work}/solution.py"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(request["source"])
    namespace = {"__name__": "solution", "__file__": path, "__builtins__": __builtins__}
    signal.signal(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, request.get("load_budget", 5.0))
        exec(compile(request["source"], path, "exec"), namespace)
        signal.setitimer(signal.ITIMER_REAL, 0)
        function = namespace.get(request["function"])
        if not callable(function):
            raise NameError(f"no function named {request['function']}() is defined")
    except CaseTimeout:
        emit({"load_error": "loading the file took too long"})
        function = None
    except BaseException as exc:  # any failure to load is the submission's
        signal.setitimer(signal.ITIMER_REAL, 0)
        emit({"load_error": _first_error_line(exc)})
        function = None

    if function is not None:
        for index, case in enumerate(request["cases"]):
            event = {"case": index}
            started = time.perf_counter()
            try:
                signal.setitimer(signal.ITIMER_REAL, case["budget"])
                value = function(*case["args"])
                signal.setitimer(signal.ITIMER_REAL, 0)
                event["seconds"] = time.perf_counter() - started
                event["value"] = _plain(value)
                event["status"] = "ok"
            except CaseTimeout:
                event["seconds"] = time.perf_counter() - started
                event["status"] = "timeout"
            except BaseException as exc:  # the submission's exception is the case's result
                signal.setitimer(signal.ITIMER_REAL, 0)
                event["seconds"] = time.perf_counter() - started
                event["status"] = "error"
                event["error"] = _first_error_line(exc)
            emit(event)

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):
            stream.flush()
    cap = request.get("output_cap", 4096)
    emit({"stdout": _tail(f"{work}/.stdout", cap), "stderr": _tail(f"{work}/.stderr", cap), "done": True})


main()
