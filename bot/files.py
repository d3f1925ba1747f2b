"""Files the command line writes (a deck export, a chart, the budgets): a failure is one line, never a traceback."""

from __future__ import annotations

from pathlib import Path

from bot.core.errors import UserFacingError


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing the file; raise UserFacingError in one line if it cannot be written."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserFacingError(f"Cannot write {path}: {_reason(path, exc)}.") from None


def _reason(path: Path, exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return "it is a folder; give the name of a file in it"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    return exc.strerror or type(exc).__name__
