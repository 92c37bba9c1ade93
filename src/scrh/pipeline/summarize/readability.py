"""Reading-grade measures (textstat's Flesch-Kincaid formula)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import textstat


def fkgl(text: str) -> float:
    """Flesch-Kincaid grade level of `text` (0.0 for empty text), rounded to one decimal."""
    if not text.strip():
        return 0.0
    return round(float(textstat.flesch_kincaid_grade(text)), 1)


@dataclass(frozen=True, slots=True)
class Counts:
    """What the Flesch-Kincaid grade is made of; counts of joined texts add up."""

    words: int
    sentences: int
    syllables: int


@lru_cache(maxsize=4096)
def counts(text: str) -> Counts:
    """Words, sentences and syllables of `text`, counted as textstat counts them."""
    return Counts(
        textstat.lexicon_count(text),
        textstat.sentence_count(text),
        textstat.syllable_count(text),
    )


def grade_of(parts: Iterable[Counts]) -> float:
    """The Flesch-Kincaid grade of texts joined by spaces, from their counts (textstat's
    rounding of the two averages kept, so it matches `fkgl` of the joined text)."""
    items = list(parts)
    words = sum(c.words for c in items)
    sentences = max(1, sum(c.sentences for c in items))
    if not words:
        return 0.0
    length = _round(words / sentences)
    syllables = _round(sum(c.syllables for c in items) / words)
    return _round(0.39 * length + 11.8 * syllables - 15.59)


def _round(number: float) -> float:
    return math.floor(number * 10 + math.copysign(0.5, number)) / 10
