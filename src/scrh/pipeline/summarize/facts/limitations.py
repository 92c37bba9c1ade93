"""Limitations the paper itself states, as the sentences that state them."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import StatedLimitation
from scrh.pipeline.summarize.sentences import Sentence

_STATED = re.compile(
    r"\b(limitations?|limited by|small (sample|number|cohort|study)|sample size was (small|"
    r"limited)|caution|should be interpreted|lack of (a )?(control|comparison|blinding)|not "
    r"(randomi[sz]ed|blinded)|selection bias|risk of bias was|(low|very low)[- ](certainty|"
    r"quality)|short follow-up|single[- ]cent(er|re) (design|nature)|further (research|studies|"
    r"trials) (is|are) (needed|required|warranted)|larger (\w+ )?(trials?|studies) (is|are) "
    r"(needed|required|warranted))\b",
    re.I,
)


def find_stated_limitations(sentences: list[Sentence]) -> tuple[StatedLimitation, ...]:
    """Each sentence of the study's own results, conclusion or methods naming a limitation."""
    return tuple(
        StatedLimitation(sources=(s.index,))
        for s in sentences
        if s.role in ("methods", "results", "conclusion") and _STATED.search(s.text)
    )[:4]
