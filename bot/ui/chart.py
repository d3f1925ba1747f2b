"""The `/stats` chart: sessions per week over the last 12 weeks, and the mean score per round.

Rendering is synchronous and slow (the first matplotlib import and draw take seconds): call `render_png` in a worker
thread (`asyncio.to_thread`), never on the event loop. The Agg backend draws without a display.
"""

from __future__ import annotations

import io
import logging

from bot.core.stats import Profile

DPI = 100


def render_png(profile: Profile, title: str) -> bytes:
    """Draw the profile's chart and return it as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    logging.getLogger("matplotlib").setLevel(max(logging.WARNING, logging.getLogger().level))
    from matplotlib.figure import Figure  # a Figure without pyplot keeps no global state between threads

    figure = Figure(figsize=(8, 3.2), dpi=DPI, layout="constrained")
    activity, rounds = figure.subplots(1, 2, width_ratios=(3, 2))
    positions = range(len(profile.weekly))
    activity.bar(positions, [count for _, count in profile.weekly], color="#5865F2")
    activity.set_xticks(positions, [week.strftime("%d %b") for week, _ in profile.weekly])
    activity.set_title("Sessions per week")
    activity.tick_params(axis="x", labelrotation=60, labelsize=7)
    activity.yaxis.get_major_locator().set_params(integer=True)
    labels = [r.label for r in profile.round_means] or ["none yet"]
    means = list(profile.round_means.values()) or [0.0]
    rounds.barh(range(len(labels)), means, color="#57F287")
    rounds.set_yticks(range(len(labels)), labels)
    rounds.set_xlim(0, 4)
    rounds.set_title("Mean score per round (1–4)")
    figure.suptitle(title)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
