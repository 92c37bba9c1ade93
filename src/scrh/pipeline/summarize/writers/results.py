"""Results in plain sentences: the paper's own sentence when it passes the guard, else one
built from the result's facts. Certainty is never raised: "significantly" becomes a separate
sentence saying the difference was unlikely to be chance, never "clearly"."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import ResultFact
from scrh.pipeline.summarize.writers.draft import Draft

CHANCE = "This difference was too big to be likely due to chance."
CHANCE_CHANGE = "This change was too big to be likely due to chance."
CHANCE_LINK = "This link was too strong to be likely due to chance."
CHANCES = (CHANCE, CHANCE_CHANGE, CHANCE_LINK)
_BETWEEN = re.compile(r"\b(compared|than|versus|vs|difference|differ\w*|between)\b", re.I)
_LINK = re.compile(r"\b(associated|linked|correlat\w+|related|predict\w*|risk factors?)\b", re.I)


def chance_line(text: str) -> str:
    """How to read "significant" for the result told in `text`: a link between two things, a
    difference between groups, or a change over time."""
    if _LINK.search(text):
        return CHANCE_LINK
    return CHANCE if _BETWEEN.search(text) else CHANCE_CHANGE


def ranked(results: tuple[ResultFact, ...]) -> list[ResultFact]:
    """Main results first: the primary result, then significant ones and stated null
    results with a named outcome, then the rest, each group in paper order."""

    def rank(pair: tuple[int, ResultFact]) -> tuple[int, int]:
        order, result = pair
        if result.primary:
            return 0, order
        if result.significant is True or result.direction not in ("unknown", "mixed"):
            return 1, order
        if result.significant is False:
            return 1, order
        return 2, order

    return [r for _, r in sorted(enumerate(results), key=rank)]


def plain_result(
    draft: Draft,
    result: ResultFact,
    max_words: int = 26,
    max_grade: float = 12.0,
    strict: bool = True,
    max_rare: int | None = None,
) -> str | None:
    """One plain sentence for a result, or None when neither the paper's sentence nor the
    facts give one."""
    index = result.sources[0] if result.sources else -1
    text = draft.plain(
        index, max_words=max_words, max_grade=max_grade, strict=strict, max_rare=max_rare
    )
    if text:
        return text
    return result_from_facts(result)


def outcome_words(result: ResultFact) -> str:
    return re.sub(r"\s*\([^()]*\)", "", result.outcome).strip()


def result_from_facts(result: ResultFact) -> str | None:
    """A result built from its facts: only null results on a named outcome (a change needs
    the paper's own sentence, which says between which groups)."""
    outcome = outcome_words(result)
    if not outcome:
        return None
    if result.direction == "no_difference" or (
        result.significant is False and result.direction in ("unknown", "mixed")
    ):
        return f"There was no clear difference in {outcome}."
    if result.significant is False:
        return f"Any difference in {outcome} could be due to chance."
    return None
