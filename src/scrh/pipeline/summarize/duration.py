"""How long the study ran: study period, intervention length or follow-up.

Only phrases the paper states are returned, in the paper's own words; otherwise "Not specified".
"""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.numbers import NUMBER_WORD
from scrh.pipeline.summarize.sentences import Sentence

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d"
_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?P<a>{_DATE})\s+(?:and|to|until|through|-|–)\s+(?P<b>{_DATE})",
    re.I,
)
_QTY = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD})"
_UNIT = r"(?:days?|weeks?|months?|years?|sessions?)"
_LENGTH_NOUN = (
    r"(?:follow-?up|intervention|program(?:me)?|training|study period|period|trial|treatment|"
    r"course|protocol|therapy|rehabilitation|observation|exercise|stimulation)"
)
_LENGTH = (
    re.compile(rf"\b(?P<q>{_QTY})[- ](?P<u>{_UNIT})\s+(?:[\w-]+\s+){{0,2}}{_LENGTH_NOUN}\b", re.I),
    re.compile(
        rf"\b(?:median|mean|average)?\s*(?:follow-?up|observation period)\s+(?:period\s+)?"
        rf"(?:of|was|lasted|for)\s+(?:about\s+|up to\s+)?(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
        re.I,
    ),
    re.compile(
        rf"\b{_LENGTH_NOUN}\s+(?:lasted|for|over|lasting|of)\s+(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
        re.I,
    ),
    re.compile(rf"\b{_LENGTH_NOUN}\s+\((?P<q>{_QTY})\s+(?P<u>{_UNIT})\)", re.I),
    re.compile(
        rf"\b(?:followed(?: up)?|observed|monitored|trained)\s+(?:for|over)\s+(?:up to\s+)?"
        rf"(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
        re.I,
    ),
)
_NOT_STUDY = re.compile(r"\b(after|since|post)[- ]?(injury|SCI|onset)\b|\bago\b", re.I)


def find_duration(sentences: list[Sentence]) -> str:
    """The study period or length, quoted from the paper, or "Not specified"."""
    ordered = sorted(
        (s for s in sentences if s.role in ("methods", "objective", "background", "results")),
        key=lambda s: ({"methods": 0, "objective": 1, "results": 2}.get(s.role, 3), s.index),
    )
    parts: list[str] = []
    for sentence in ordered:
        period = _PERIOD.search(sentence.text)
        if period and not parts:
            parts.append(f"{period.group('a')} to {period.group('b')}")
        length = _length(sentence.text)
        if length and not any(_key(length) == _key(p) for p in parts):
            parts.append(length)
        if len(parts) >= 2:
            break
    return "; ".join(parts) if parts else NOT_SPECIFIED


def _length(text: str) -> str:
    for pattern in _LENGTH:
        match = pattern.search(text)
        if not match:
            continue
        window = text[match.start() : match.end() + 20]
        if _NOT_STUDY.search(window):
            continue
        phrase = match.group(0).strip()
        return phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase
    return ""


def _key(phrase: str) -> str:
    """Quantity and unit of a phrase, so "12 months of training" and "(12 months)" match."""
    match = re.search(rf"({_QTY})[- ]({_UNIT})", phrase, re.I)
    return f"{match.group(1)} {match.group(2)}".lower().rstrip("s") if match else phrase
