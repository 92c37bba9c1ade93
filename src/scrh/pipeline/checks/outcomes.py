"""Outcome measures, where a sentence mentions them and which way it says they moved."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

Better = Literal["lower", "higher"]
Direction = Literal["up", "down"]

# Plain words for what a measure measures; the data file holds the named instruments.
CONCEPT_TERMS: tuple[tuple[str, str, Better], ...] = (
    ("pain relief", "pain", "higher"),
    ("pain management", "pain", "higher"),
    ("pain control", "pain", "higher"),
    ("pain", "pain", "lower"),
    ("spasticity", "spasticity", "lower"),
    ("spasms", "spasticity", "lower"),
    ("mortality", "mortality", "lower"),
    ("survival", "mortality", "higher"),
    ("complications", "complications", "lower"),
    ("complication rate", "complications", "lower"),
    ("infections", "infection", "lower"),
    ("infection rate", "infection", "lower"),
    ("quality of life", "quality of life", "higher"),
    ("depression", "mood", "lower"),
    ("anxiety", "mood", "lower"),
    ("disability", "function", "lower"),
    ("independence", "function", "higher"),
    ("walking speed", "walking", "higher"),
    ("muscle strength", "strength", "higher"),
)

_UP = r"higher|increased?|increases|increasing|greater|rose|raised|elevated|larger|gains?"
_DOWN = r"lower|decreased?|decreases|decreasing|reduced|reductions?|reduces|fewer|fell|dropped"
_DOWN_MORE = r"|declined?|declines|smaller|diminished"
_DIRECTION = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}{_DOWN_MORE}))\b"
    r"(?!\s+(?:limbs?|extremit\w*|back|body|urinary|legs?|thoracic|lumbar|cervical|spine))"
    # "greater improvements in TUG" speaks of the improvement, not of the TUG time
    r"(?!\s+(?:improvements?|benefits?|recovery|changes?|effects?|gains?)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|without|neither|nor|never)\b|n't\b", re.IGNORECASE)
_WINDOW = 60  # characters between a direction word and the measure it describes


@dataclass(frozen=True, slots=True)
class OutcomeMeasure:
    """A named instrument or plain concept, and which end of its scale is better."""

    name: str
    aliases: tuple[str, ...]
    better: Better
    concept: str = ""
    group: str = ""
    value_range: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a measure in a sentence, with the direction stated for it, if any."""

    measure: OutcomeMeasure
    start: int
    end: int
    direction: Direction | None = None
    direction_word: str = ""


def measure_from_record(record: Mapping[str, Any]) -> OutcomeMeasure:
    """Build a measure from one `outcome_measures.json` record."""
    better = record["better"]
    if better not in ("lower", "higher"):
        raise ValueError(f"{record.get('name')!r}: 'better' must be 'lower' or 'higher'")
    concept = str(record.get("concept") or "")
    span = record.get("range")
    return OutcomeMeasure(
        name=str(record["name"]),
        aliases=tuple(str(a) for a in record.get("aliases") or ()),
        better=better,
        concept=concept,
        group="pain" if re.search(r"\bpain\b", concept, re.I) else str(record["name"]),
        value_range=(float(span[0]), float(span[1])) if span else None,
    )


def load_outcome_measures(path: str | None = None) -> tuple[OutcomeMeasure, ...]:
    """The named instruments from `path`, or from the package's `outcome_measures.json`."""
    if path is not None:
        with open(path, encoding="utf-8") as handle:
            records = json.load(handle)
    else:
        from scrh.pipeline.data import load  # read once per process

        source = resources.files("scrh.pipeline.data").joinpath("outcome_measures.json")
        records = load("outcome_measures.json") if source.is_file() else []
    return tuple(measure_from_record(r) for r in records)


def concept_measures() -> tuple[OutcomeMeasure, ...]:
    """The plain concepts ("pain", "quality of life") as measures."""
    return tuple(
        OutcomeMeasure(name=term, aliases=(term,), better=better, concept=group, group=group)
        for term, group, better in CONCEPT_TERMS
    )


def _alias_pattern(alias: str) -> re.Pattern[str]:
    flags = 0 if alias.isupper() or any(c.isdigit() for c in alias) else re.IGNORECASE
    body = re.escape(alias).replace(r"\ ", r"[\s-]+")
    plural = "s?" if alias[-1].isalpha() else ""
    return re.compile(rf"(?<![\w-]){body}{plural}(?![\w-])", flags)


def _patterns(measures: Iterable[OutcomeMeasure]) -> list[tuple[re.Pattern[str], OutcomeMeasure]]:
    pairs = [(alias, m) for m in measures for alias in {m.name, *m.aliases} if alias]
    pairs.sort(key=lambda pair: -len(pair[0]))
    return [(_alias_pattern(alias), m) for alias, m in pairs]


class MeasureFinder:
    """Finds measure mentions in sentences; build once, use for many sentences."""

    def __init__(self, measures: Sequence[OutcomeMeasure]) -> None:
        self.patterns = _patterns(measures)

    def mentions(self, sentence: str) -> list[Mention]:
        """Mentions in `sentence`, longest alias first, no overlaps, each with its direction."""
        taken: list[tuple[int, int]] = []
        found = []
        for pattern, measure in self.patterns:
            for match in pattern.finditer(sentence):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append(match.span())
                found.append((match.start(), match.end(), measure))
        found.sort(key=lambda item: item[0])
        claimed = _claim_directions(sentence, [(s, e) for s, e, _ in found], taken)
        return [
            _mention(sentence, start, end, measure, claimed.get(index))
            for index, (start, end, measure) in enumerate(found)
        ]


_JOINED = re.compile(r"\band\b|[;]")


def _between(sentence: str, span: tuple[int, int], word: re.Match[str]) -> str:
    """The text after a measure and before a direction word that follows it."""
    return sentence[span[1] : word.start()] if word.start() >= span[1] else ""


def _distance(start: int, end: int, word: re.Match[str]) -> int:
    return start - word.end() if word.end() <= start else word.start() - end


def _claim_directions(
    sentence: str, spans: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> dict[int, re.Match[str]]:
    """Give each direction word to the one mention nearest to it; each mention keeps its nearest."""
    claimed: dict[int, tuple[int, re.Match[str]]] = {}
    for word in _DIRECTION.finditer(sentence):
        if any(s <= word.start() < e for s, e in taken):
            continue
        near = [(_distance(s, e, word), i) for i, (s, e) in enumerate(spans)]
        near = [
            (d, i)
            for d, i in near
            if 0 <= d <= _WINDOW and not _JOINED.search(_between(sentence, spans[i], word))
        ]
        if not near:
            continue
        distance, index = min(near)
        if index not in claimed or distance < claimed[index][0]:
            claimed[index] = (distance, word)
    return {index: word for index, (_, word) in claimed.items()}


def _mention(
    sentence: str, start: int, end: int, measure: OutcomeMeasure, word: re.Match[str] | None
) -> Mention:
    if word is None or is_negated(sentence, word.start()):
        return Mention(measure, start, end)
    direction: Direction = "up" if word.group("up") else "down"
    return Mention(measure, start, end, direction, word.group(0))


def is_negated(sentence: str, position: int, reach: int = 25) -> bool:
    """True when a negation ("not", "no", "n't") closely precedes `position`."""
    return bool(_NEGATION.search(sentence[max(0, position - reach) : position]))


def judgement(mention: Mention) -> Literal["good", "bad"] | None:
    """Whether the stated direction is an improvement on this measure."""
    if mention.direction is None:
        return None
    better_direction = "up" if mention.measure.better == "higher" else "down"
    return "good" if mention.direction == better_direction else "bad"
