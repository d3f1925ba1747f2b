"""Question models for the five interview rounds, validated with pydantic."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

# An embed description holds 4,096 characters; the prompt shares it with a header.
MAX_PROMPT_CHARS = 3_500

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class Round(enum.StrEnum):
    """The five kinds of interview practice."""

    CODING = "coding"
    ML_CODING = "ml_coding"
    ML_THEORY = "ml_theory"
    SYSTEM_DESIGN = "system_design"
    BEHAVIORAL = "behavioral"

    @property
    def label(self) -> str:
        """Return the name members type after `/mock`."""
        return self.value.replace("_", "-")

    @classmethod
    def parse(cls, text: str) -> Round:
        """Read a round from `ml-theory`, `ml_theory` or `ML Theory`."""
        return cls(re.sub(r"[\s-]+", "_", text.strip().lower()))


class Difficulty(enum.StrEnum):
    """How hard a question is."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


# The rubric criteria of each round; every question's rubric covers exactly these.
RUBRIC_CRITERIA: dict[Round, tuple[str, ...]] = {
    Round.CODING: ("communication", "problem_solving", "technical", "testing"),
    Round.ML_CODING: ("communication", "problem_solving", "technical", "testing"),
    Round.ML_THEORY: ("correctness", "depth", "communication"),
    Round.SYSTEM_DESIGN: (
        "framing",
        "data_and_labels",
        "metrics",
        "architecture_and_serving",
        "operations",
        "trade_offs",
    ),
    Round.BEHAVIORAL: ("situation", "task", "action", "result", "reflection"),
}

# The shared 4-point scale, weakest first.
RUBRIC_SCALE = ("strong no hire", "leaning no hire", "leaning hire", "strong hire")

CODING_PATTERNS = [
    "arrays-hashing",
    "two-pointers",
    "fast-slow-pointers",
    "sliding-window",
    "prefix-sum",
    "stack",
    "monotonic-stack",
    "binary-search",
    "linked-list",
    "intervals",
    "heap-top-k",
    "k-way-merge",
    "quickselect-bucket",
    "tree-dfs",
    "tree-bfs",
    "bst",
    "trie",
    "graph-traversal",
    "union-find",
    "topological-sort",
    "advanced-graphs",
    "backtracking",
    "dp-1d",
    "dp-2d",
    "greedy",
    "bit-manipulation",
    "math-geometry",
    "design",
]
ML_CODING_GROUPS = ("models", "neural-nets", "metrics", "sampling-nlp")
ML_THEORY_TOPICS = [
    "fundamentals",
    "data-and-features",
    "evaluation-metrics",
    "linear-models-regularization",
    "optimization",
    "trees-ensembles",
    "unsupervised",
    "deep-learning",
    "computer-vision",
    "nlp-sequence",
    "llm-genai",
    "recsys-ranking",
    "probability-statistics",
    "math",
    "misc",
]
DESIGN_FAMILIES = ("ranking-recsys-search", "detection-prediction", "nlp-cv", "genai")
COMPETENCIES = [
    "conflict",
    "disagree-with-manager",
    "failure-mistake",
    "leadership-influence",
    "ambiguity",
    "impact-proudest",
    "teamwork",
    "feedback",
    "prioritization-deadline",
    "customer-focus",
    "high-standards",
    "mentoring",
    "motivation-why-us",
    "ml-project-deep-dive",
    "tell-me-about-yourself",
    "stakeholder-communication",
    "continuous-learning",
    "ethics-responsible-ai",
]


def _require_one_of(field: str, value: str, allowed: Sequence[str]) -> None:
    """Raise ValueError naming the field and the allowed values."""
    if value not in allowed:
        raise ValueError(f"{field} {value!r} is not one of {', '.join(allowed)}")


class Strict(BaseModel):
    """Base model that rejects unknown fields, so typos surface as errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class KeyPoint(Strict):
    """One atomic, checkable claim a good answer makes."""

    point: Text
    weight: int = Field(default=1, ge=1, le=3)
    must_have: bool = False


class Adapted(Strict):
    """Provenance of material adapted from an openly licensed source."""

    source: Text
    licence: Literal["CC-BY-4.0", "MIT"]


class QuestionBase(Strict):
    """Fields every question has, whatever its round."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,4}-[a-z0-9-]+-\d{3}$")]
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
    difficulty: Difficulty
    tags: list[Slug] = []
    time_limit_minutes: int = Field(ge=3, le=90)
    prompt: Annotated[str, StringConstraints(strip_whitespace=True, min_length=20, max_length=MAX_PROMPT_CHARS)]
    hints: list[Text] = Field(min_length=2, max_length=3)
    follow_ups: list[Text] = Field(min_length=2)
    key_points: list[KeyPoint] = Field(min_length=3, max_length=6)
    model_answer: Text
    rubric: dict[str, Text]
    provenance: Literal["original"] | Adapted = "original"

    round: Round  # set from the file's `round:`, not written per question

    @property
    def topic(self) -> str:
        """Return the slug members filter by: pattern, topic, family or competency."""
        raise NotImplementedError

    @model_validator(mode="after")
    def _check_common(self) -> QuestionBase:
        if not any(k.must_have for k in self.key_points):
            raise ValueError("key_points needs at least one entry with must_have: true")
        expected = set(RUBRIC_CRITERIA[self.round])
        if set(self.rubric) != expected:
            missing = sorted(expected - set(self.rubric))
            extra = sorted(set(self.rubric) - expected)
            raise ValueError(f"rubric must have exactly {sorted(expected)}; missing {missing}, unknown {extra}")
        return self


class Complexity(Strict):
    """Reference time and space complexity."""

    time: Text
    space: Text


class Example(Strict):
    """A visible worked example."""

    args: list[Any]
    output: Any
    explanation: str = ""


class Case(Strict):
    """A test case: literal arguments, or expressions the solution harness evaluates."""

    args: list[Any] | None = None
    args_expr: str | None = None
    expected: Any = None
    expected_expr: str | None = None
    hidden: bool = False
    # The prompt rule (a key of the question's `rules`) that this case exists to enforce.
    rule: Slug | None = None

    @model_validator(mode="after")
    def _one_of_each(self) -> Case:
        if (self.args is None) == (self.args_expr is None):
            raise ValueError("a test needs exactly one of args or args_expr")
        if "expected" not in self.model_fields_set and self.expected_expr is None:
            raise ValueError("a test needs expected or expected_expr")
        return self


class CodingQuestion(QuestionBase):
    """A DS&A or ML coding question with tests a reference solution must pass."""

    round: Literal[Round.CODING, Round.ML_CODING]
    pattern: Slug
    signature: Annotated[str, StringConstraints(pattern=r"^def \w+\(.*\)( -> .+)?:$")]
    constraints: list[Text] = []
    # Rules the prompt or constraints state, by slug; each needs a test case labelled `rule: <slug>`.
    rules: dict[Slug, Text] = {}
    examples: list[Example] = Field(min_length=1)
    tests: list[Case] = Field(min_length=5)
    checker: Literal["exact", "unordered", "float_tol"] = "exact"
    tolerance: float = 1e-6
    reference_complexity: Complexity
    forbidden_imports: list[str] = []

    @property
    def topic(self) -> str:
        return self.pattern

    @property
    def function_name(self) -> str:
        """Return the name of the function the candidate writes."""
        return self.signature.removeprefix("def ").split("(", 1)[0]

    @model_validator(mode="after")
    def _check_coding(self) -> CodingQuestion:
        allowed = CODING_PATTERNS if self.round is Round.CODING else ML_CODING_GROUPS
        _require_one_of("pattern", self.pattern, allowed)
        if sum(t.hidden for t in self.tests) < 2:
            raise ValueError("tests needs at least 2 hidden cases")
        for number, case in enumerate(self.tests, start=1):
            if case.rule is not None and case.rule not in self.rules:
                raise ValueError(f"test {number} names rule {case.rule!r}, which `rules` does not declare")
        return self


class TheoryQuestion(QuestionBase):
    """A short ML theory question; a session asks a series of them."""

    round: Literal[Round.ML_THEORY]
    topic_slug: Slug = Field(alias="topic")
    subtopic: Slug
    question_type: Literal["concept", "compare", "derive", "scenario", "debug"]
    misconceptions: list[Text] = Field(min_length=1)

    model_config = ConfigDict(populate_by_name=True)

    @property
    def topic(self) -> str:
        return self.topic_slug

    @model_validator(mode="after")
    def _check_topic(self) -> TheoryQuestion:
        _require_one_of("topic", self.topic_slug, ML_THEORY_TOPICS)
        return self


class Stage(Strict):
    """One timed stage of a system-design interview."""

    id: Slug
    minutes: int = Field(ge=1)
    expected_points: list[Text] = Field(min_length=1)
    probes: list[Text] = []


class DesignQuestion(QuestionBase):
    """An ML system design question with a staged agenda."""

    round: Literal[Round.SYSTEM_DESIGN]
    prompt_family: Slug
    scale_assumptions: list[Text] = Field(min_length=1)
    stages: list[Stage] = Field(min_length=3)
    deep_dives: list[Text] = Field(min_length=1)
    curveballs: list[Text] = Field(min_length=1)

    @property
    def topic(self) -> str:
        return self.prompt_family

    @model_validator(mode="after")
    def _check_design(self) -> DesignQuestion:
        _require_one_of("prompt_family", self.prompt_family, DESIGN_FAMILIES)
        total = sum(s.minutes for s in self.stages)
        if total != self.time_limit_minutes:
            raise ValueError(f"stage minutes sum to {total}, but time_limit_minutes is {self.time_limit_minutes}")
        return self


class Signals(Strict):
    """What a strong story shows at each scope."""

    junior: Text
    senior: Text
    staff: Text


class BehavioralQuestion(QuestionBase):
    """A hiring-manager question about a past experience."""

    round: Literal[Round.BEHAVIORAL]
    competency: Slug
    signals: Signals
    red_flags: list[Text] = Field(min_length=1)

    @property
    def topic(self) -> str:
        return self.competency

    @model_validator(mode="after")
    def _check_competency(self) -> BehavioralQuestion:
        _require_one_of("competency", self.competency, COMPETENCIES)
        return self


Question = CodingQuestion | TheoryQuestion | DesignQuestion | BehavioralQuestion

MODEL_BY_ROUND: dict[Round, type[QuestionBase]] = {
    Round.CODING: CodingQuestion,
    Round.ML_CODING: CodingQuestion,
    Round.ML_THEORY: TheoryQuestion,
    Round.SYSTEM_DESIGN: DesignQuestion,
    Round.BEHAVIORAL: BehavioralQuestion,
}
