"""Behavioral story heuristics: what they notice, labelled as heuristics."""

from __future__ import annotations

from bot.core.insights import story_insights

STRONG = (
    "Last year our team owned the billing service. My goal was to cut failed payments. "
    "I decided to add retries with backoff and I wrote the alerting myself. "
    "As a result failed payments dropped by 35% in a month. I learned to measure before changing things."
)
WEAK = "We had a problem and we fixed it together, our manager was happy with us."


def test_a_complete_story_covers_every_star_part_and_is_quantified() -> None:
    insights = story_insights(STRONG)
    assert insights.parts_covered == ("situation", "task", "action", "result", "reflection")
    assert insights.quantified
    assert insights.i_share > 0.5


def test_a_we_story_without_numbers_is_flagged() -> None:
    insights = story_insights(WEAK)
    assert insights.i_share == 0.0
    assert not insights.quantified
    text = insights.as_text()
    assert text.startswith("Heuristic insights (word patterns, not a grade):")
    assert "say what *you* did" in text and "no number found" in text and "(short)" in text
    assert "none detected; maybe missing: situation, task, action, result, reflection" in text
