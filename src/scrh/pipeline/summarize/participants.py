"""Who took part and how many: people, animals, or studies in a review.

The count is read as `facts.counts` documents; this module keeps the older entry point."""

from __future__ import annotations

from dataclasses import dataclass

from scrh.pipeline.summarize.facts.counts import counted
from scrh.pipeline.summarize.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Participants:
    """A count, who they are, their kind, and (for reviews) the number of studies."""

    count: int | None
    who: str
    population: str | None
    studies: int | None = None


def find_participants(
    sentences: list[Sentence], *, review: bool, case_report: bool
) -> Participants:
    """The participants of the study in plain words; count None when the paper does not say."""
    fact, who = counted(sentences, review=review, case_report=case_report)
    if review:
        return Participants(fact.pooled, who, "humans" if who else None, fact.studies)
    if fact.total is None:
        return Participants(None, "", None)
    kind = {"people": "humans", "": None}.get(fact.unit, "animals")
    return Participants(fact.total, who, kind)
