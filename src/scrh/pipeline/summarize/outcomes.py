"""Outcome measures named in the paper and which direction of change is better."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from scrh.pipeline.data import load


@dataclass(frozen=True, slots=True)
class Measure:
    """One instrument from the outcome-measures data file."""

    name: str
    concept: str
    better: str
    range: tuple[float, float] | None


@cache
def _patterns() -> tuple[tuple[Measure, re.Pattern[str]], ...]:
    out = []
    for item in load("outcome_measures.json"):
        measure = Measure(
            item["name"],
            item["concept"],
            item["better"],
            tuple(item["range"]) if item["range"] else None,
        )
        names = [item["name"], *item["aliases"]]
        parts = [_alias_pattern(n) for n in sorted(names, key=len, reverse=True)]
        out.append((measure, re.compile("|".join(parts))))
    return tuple(out)


def _alias_pattern(name: str) -> str:
    """Short all-capital aliases match case-sensitively; longer names ignore case."""
    escaped = re.escape(name)
    if len(name) <= 6 or name.isupper():
        return rf"(?<![\w-]){escaped}(?![\w-])"
    return rf"(?i:(?<![\w-]){escaped}(?![\w-]))"


def find_measures(text: str) -> list[Measure]:
    """Instruments the text mentions, in order of first mention."""
    found = []
    for measure, pattern in _patterns():
        match = pattern.search(text)
        if match:
            found.append((match.start(), measure))
    return [m for _, m in sorted(found, key=lambda item: item[0])]


def direction_note(measure: Measure) -> str:
    """A plain sentence on how to read the instrument's scores."""
    if measure.better == "lower":
        return f"On the {measure.name}, a lower score means a better result for {measure.concept}."
    return f"On the {measure.name}, a higher score means a better result for {measure.concept}."
