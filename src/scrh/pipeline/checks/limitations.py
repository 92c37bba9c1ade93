"""Check `limitations`: each limitation is true for this study's population and design ("The
number of people in the study was small." is false for a rat study; "without a comparison
group" is false for a randomised trial)."""

from __future__ import annotations

import re

from scrh.pipeline.checks.declared import declared_design
from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.population import ANIMAL_WORDS, CELL_WORDS, study_kind
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

_PEOPLE = re.compile(
    r"\b(?:people|persons?|patients?|participants?|humans?|men|women|volunteers?|adults|"
    r"children|individuals)\b",
    re.IGNORECASE,
)
_SMALL = re.compile(r"\b(?:small|few|little|limited|only\s+\d+|low)\b", re.IGNORECASE)
_NO_CONTROL = re.compile(
    r"\b(?:no|without\s+(?:a|any)|lack(?:ed|s)?\s+(?:a|any)|had\s+no)\s+(?:\w+\s+)?"
    r"(?:comparison|control)(?:\s+group)?\b|\bnot\s+(?:been\s+)?randomi[sz]ed\b|"
    r"\bnon-?randomi[sz]ed\b|\bno\s+randomi[sz]ation\b",
    re.IGNORECASE,
)
_LOOKED_BACK = re.compile(
    r"\bretrospective\w*\b|\blook(?:ed|s)?\s+back\b|\bpast\s+(?:medical\s+)?records\b",
    re.IGNORECASE,
)
_NO_DATA_OF_ITS_OWN = re.compile(
    r"\b(?:number\s+of\s+(?:people|participants|patients)|sample\s+size|small\s+(?:study|sample|"
    r"group)|few\s+(?:people|participants|patients))\b",
    re.IGNORECASE,
)
_NON_HUMAN = re.compile(f"{ANIMAL_WORDS.pattern}|{CELL_WORDS.pattern}", re.IGNORECASE)
_CONTROLLED = frozenset({"rct", "case_control"})
_PROSPECTIVE = frozenset({"rct", "prospective_cohort", "non_randomized_trial", "protocol"})
_NO_PARTICIPANTS = frozenset({"narrative_review", "guideline", "protocol"})
_LARGE = 500


def check_limitations(paper: Paper, summary: Summary) -> list[Finding]:
    """Errors for limitations that contradict the study's population, design or size."""
    kind = study_kind(paper, summary)
    codes: set[str] = {summary.evidence.design_code}
    declared = declared_design(paper)
    if declared is not None and len(declared[1]) == 1:
        codes |= declared[1]
    findings = []
    for i, limitation in enumerate(summary.limitations):
        # The paper's own words may call its sample small; only a stock line can be wrong on size.
        count = summary.participant_count if limitation.origin == "design" else None
        reason = _contradiction(limitation.text, kind, codes, count)
        if reason:
            findings.append(Finding("error", f"limitations[{i}].text", reason, limitation.text))
    return findings


def _contradiction(text: str, kind: str, codes: set[str], count: int | None) -> str:
    if kind in ("animals", "cells") and _PEOPLE.search(text) and not _NON_HUMAN.search(text):
        return f"speaks of people, but the study was in {kind}"
    if codes & _CONTROLLED and _NO_CONTROL.search(text):
        return "says there was no comparison group or no randomisation, but this was a " + (
            "randomised trial" if "rct" in codes else "controlled study"
        )
    if codes & _PROSPECTIVE and _LOOKED_BACK.search(text):
        return "says the study looked back at records, but it followed people forward"
    if codes & _NO_PARTICIPANTS and _NO_DATA_OF_ITS_OWN.search(text):
        return "speaks of the study's own participants, but this kind of paper has none"
    if count is not None and count >= _LARGE and _SMALL.search(text) and _PEOPLE.search(text):
        return f"calls the study small, but it had {count:,} participants"
    return ""
