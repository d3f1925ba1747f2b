"""Plain heuristics on a behavioral answer: insights, never a grade."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Phrases that usually mark each STAR part (and reflection); a story can cover a part without them.
STAR_CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        "when i",
        "at the time",
        "last year",
        "our team",
        "the project",
        "context",
        "we were",
        "i was working",
    ),
    "task": ("my goal", "my role", "i was responsible", "i needed to", "i had to", "asked me to", "my job"),
    "action": ("i decided", "i built", "i wrote", "i proposed", "i set up", "i talked", "i met", "i led", "i asked"),
    "result": ("as a result", "result", "reduced", "increased", "improved", "saved", "shipped", "launched", "outcome"),
    "reflection": ("i learned", "learned", "differently", "next time", "in hindsight", "lesson", "since then"),
}
# A spoken story of 2–3 minutes is roughly 250–450 words.
SHORT_WORDS, LONG_WORDS = 120, 500
_QUANTITY = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:%|percent|x\b|ms\b|s\b|seconds|minutes|hours|days|weeks|k\b|m\b|users|\$)?"
)


@dataclass(frozen=True)
class StoryInsights:
    """What the heuristics noticed in one answer."""

    parts_covered: tuple[str, ...]
    i_share: float
    quantified: bool
    words: int

    def as_text(self) -> str:
        """Render the insights, clearly labelled as heuristics."""
        missing = [p for p in STAR_CUES if p not in self.parts_covered]
        length = "short" if self.words < SHORT_WORDS else "long" if self.words > LONG_WORDS else "a good length"
        lines = [
            "Heuristic insights (word patterns, not a grade):",
            f"- STAR parts that seem covered: {', '.join(self.parts_covered) or 'none detected'}"
            + (f"; maybe missing: {', '.join(missing)}" if missing else ""),
            f"- 'I' vs 'we': {self.i_share:.0%} of first-person words are 'I/me/my'"
            + (" (say what *you* did)" if self.i_share < 0.5 else ""),
            f"- Result quantified: {'yes' if self.quantified else 'no number found'}",
            f"- Length: {self.words} words ({length})",
        ]
        return "\n".join(lines)


def story_insights(text: str) -> StoryInsights:
    """Compute the heuristics for an answer."""
    lowered = " ".join(text.lower().split())
    parts = tuple(part for part, cues in STAR_CUES.items() if any(cue in lowered for cue in cues))
    singular = len(re.findall(r"\b(?:i|me|my|mine|myself)\b", lowered))
    plural = len(re.findall(r"\b(?:we|us|our|ours|ourselves)\b", lowered))
    share = singular / (singular + plural) if singular + plural else 0.0
    return StoryInsights(parts, share, bool(_QUANTITY.search(lowered)), len(lowered.split()))
