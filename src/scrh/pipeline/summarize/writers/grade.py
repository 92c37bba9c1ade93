"""The certainty of evidence as the paper grades it (GRADE: very low, low, moderate, high)."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import StudyFacts

_GRADE = r"(?:very low|low|moderate|high)"
_CERTAINTY = re.compile(
    rf"\b(?P<levels>{_GRADE}(?:(?:[- ]to[- ]|,? or |,? and ){_GRADE})*)[- ]"
    rf"(?P<noun>quality|certainty)\b(?=[\s-]+evidence)|"
    rf"\bevidence (?:[\w-]+ ){{0,5}}?(?:was|is|were) "
    rf"(?:of |mostly of |rated as )?(?P<levels2>{_GRADE}(?:(?:[- ]to[- ]| or | and ){_GRADE})*)"
    rf"[- ](?P<noun2>quality|certainty)\b",
    re.I,
)


def graded_certainty(facts: StudyFacts) -> list[str]:
    """ "The authors judged the evidence to be of low quality." when the paper grades it."""
    levels: dict[str, None] = {}
    noun = ""
    for sentence in facts.sentences:
        for match in _CERTAINTY.finditer(sentence.text):
            words = match.group("levels") or match.group("levels2")
            noun = noun or (match.group("noun") or match.group("noun2")).lower()
            for level in re.findall(_GRADE, words, re.I):
                levels[level.lower()] = None
    if not levels:
        return []
    ordered = sorted(levels, key=["very low", "low", "moderate", "high"].index)
    return [f"The authors judged the evidence to be of {' to '.join(_ends(ordered))} {noun}."]


def _ends(levels: list[str]) -> list[str]:
    return [levels[0]] if len(levels) == 1 else [levels[0], levels[-1]]
