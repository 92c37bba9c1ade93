"""Which abstract sentences speak of this study rather than of the field."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.sentences import Sentence

_SELF = re.compile(
    r"\b(we|our|us|this (study|trial|review|work|paper|report|survey|analysis)|the present "
    r"(study|trial|work)|here)\b",
    re.I,
)
_GENERAL = re.compile(
    r"\b(estimated|worldwide|globally|each year|annually|every year|prevalence|incidence|affects?|"
    r"millions?|thousands|previous(ly)?|prior|literature|has been|have been|is an?|"
    r"are an?|remains?|can|may|might|often|common(ly)?|usually|known|unknown|unclear|little|"
    r"however|although|despite|important|challenge|need)\b",
    re.I,
)


def is_own(sentence: Sentence) -> bool:
    """True for sentences about this study: objective, methods, results and conclusion; and,
    in an abstract without labels, a sentence placed among the background by position that says
    "we"/"this study" or reads as a report (no general statement words)."""
    if sentence.role in ("objective", "methods", "results", "conclusion"):
        return True
    if sentence.role != "background":
        return False
    if _SELF.search(sentence.text):
        return True
    return sentence.section != "BACKGROUND" and not _GENERAL.search(sentence.text)
