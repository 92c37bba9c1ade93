"""Reading-grade measures (textstat's Flesch-Kincaid formula, counted as textstat counts)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import textstat

_TEXTSTAT = textstat.textstat  # the default instance: English hyphenation, legacy rounding
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_QUOTE = re.compile(r"\'(?![tsd]\b|ve\b|ll\b|re\b)")
_PUNCTUATION = re.compile(r"[^\w\s\']")


def fkgl(text: str) -> float:
    """Flesch-Kincaid grade level of `text` (0.0 for empty text), rounded to one decimal;
    the same figure as `textstat.flesch_kincaid_grade`."""
    if not text.strip():
        return 0.0
    return grade_of([counts(text)])


@dataclass(frozen=True, slots=True)
class Counts:
    """What the Flesch-Kincaid grade is made of; counts of joined texts add up."""

    words: int
    sentences: int
    syllables: int


def counts(text: str) -> Counts:
    """Words, sentences and syllables of `text`, counted as textstat counts them."""
    words = _words(text)
    found = _SENTENCE.findall(text)
    short = sum(1 for sentence in found if len(_words(sentence)) <= 2)
    syllables = sum(_syllables(word) for word in _words(text.lower()))
    return Counts(len(words), max(1, len(found) - short), syllables)


def _words(text: str) -> list[str]:
    """textstat's words: punctuation removed (apostrophes of contractions kept), split."""
    return _PUNCTUATION.sub("", _QUOTE.sub('"', text)).split()


@lru_cache(maxsize=1 << 16)
def _syllables(word: str) -> int:
    """Syllables of one lower-case word by textstat's hyphenation dictionary."""
    return len(_TEXTSTAT.pyphen.positions(word)) + 1


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
