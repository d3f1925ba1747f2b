"""Time budgets of the generated large cases: measured on this machine, stored in a committed file."""

from __future__ import annotations

import json
import math
from pathlib import Path

from bot.config import SHIPPED_BANKS
from bot.files import write_file

BUDGETS_FILE = SHIPPED_BANKS / "budgets.json"
# A budget is max(FLOOR, FACTOR x the reference solution's time): loose enough for a loaded host and
# an honest O(n log n) in plain Python, tight enough that O(n^2) on the large case runs out.
FLOOR_SECONDS = 2.0
FACTOR = 20.0


def budget_for(reference_seconds: float) -> float:
    """Return the budget in seconds for a case the reference solves in `reference_seconds`."""
    return max(FLOOR_SECONDS, math.ceil(FACTOR * reference_seconds * 10) / 10)


def load_budgets(path: Path = BUDGETS_FILE) -> dict[str, dict[int, float]]:
    """Return {question id: {test index: budget seconds}}; an absent file means no measured budgets."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {qid: {int(i): float(entry["budget"]) for i, entry in cases.items()} for qid, cases in data.items()}


def save_budgets(measured: dict[str, dict[int, float]], path: Path = BUDGETS_FILE) -> None:
    """Write {question id: {test index: reference seconds}} with the budgets they imply, sorted."""
    data = {
        qid: {
            str(i): {"reference_seconds": round(seconds, 4), "budget": budget_for(seconds)}
            for i, seconds in sorted(cases.items())
        }
        for qid, cases in sorted(measured.items())
    }
    write_file(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))
