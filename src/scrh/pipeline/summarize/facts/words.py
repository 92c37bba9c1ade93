"""Compiled word patterns from language/en/subjects.json: species, people, cells."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.summarize.language import load


def _species() -> dict[str, str]:
    return dict(load("subjects.json")["animals"])


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def animal_words() -> str:
    """Regex alternation of species words, singular and plural ("rats?", "mice")."""
    names = []
    for word, plural in _species().items():
        names.append(re.escape(word) + ("s?" if not word.endswith("s") else ""))
        names.append(re.escape(plural))
    return _alternation(sorted(set(names)))


@cache
def human_words() -> str:
    """Regex alternation of nouns for people in a study."""
    return _alternation(load("subjects.json")["humans"])


@cache
def animal_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({animal_words()})\b", re.I)


@cache
def human_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({human_words()})\b", re.I)


@cache
def cell_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({_alternation(load('subjects.json')['cells'])})\b", re.I)


@cache
def not_a_sample() -> str:
    """Regex alternation of things a number can count that are not the sample."""
    return _alternation(load("subjects.json")["not_a_sample"])


def species_plural(word: str) -> str:
    """The plural a summary uses for a species word ("murine" -> "mice")."""
    lowered = word.lower()
    table = _species()
    if lowered in table:
        return table[lowered]
    if lowered.endswith("s") and lowered[:-1] in table:
        return table[lowered[:-1]]
    if lowered in table.values():
        return lowered
    return lowered
