"""Check `fields`: required blocks present, counts in range, "Not specified" instead of guesses."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Summary

# DESIGN.md ranges: (low, high) inclusive.
WORDS_SIMPLE_EXPLANATION = (120, 220)
COUNTS: dict[str, tuple[int, int]] = {
    "categories": (1, 4),
    "key_findings": (2, 5),
    "practical_implications": (2, 4),
    "limitations": (2, 5),
}
_GUESS = re.compile(
    r"\b(?:unknown|unclear|not (?:stated|reported|given|mentioned|available)|n/?a|none given|"
    r"probably|likely|presumably|estimated|approximately|roughly|around|about|several|many|"
    r"some)\b|\?",
    re.IGNORECASE,
)
_NON_HUMAN_CODES = ("animal_study", "in_vitro")


def check_fields(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag missing blocks, counts outside DESIGN.md's ranges, guesses and inconsistent evidence."""
    return [
        *_required(summary),
        *_counts(summary),
        *_not_specified(summary),
        *_evidence(summary),
    ]


def _required(summary: Summary) -> list[Finding]:
    required = {
        "paper.title": summary.paper.title,
        "primary_category": summary.primary_category,
        "simple_explanation": summary.simple_explanation,
        "research_summary": summary.research_summary,
        "engine": summary.engine,
    }
    return [
        Finding("error", name, "required block is empty")
        for name, value in required.items()
        if not value.strip()
    ]


def _counts(summary: Summary) -> list[Finding]:
    findings = []
    for name, (low, high) in COUNTS.items():
        count = len(getattr(summary, name))
        if low <= count <= high:
            continue
        severity: Severity = "error" if count == 0 else "warning"
        findings.append(Finding(severity, name, f"{count} items; expected {low} to {high}"))
    words = len(summary.simple_explanation.split())
    low, high = WORDS_SIMPLE_EXPLANATION
    if summary.simple_explanation.strip() and not low <= words <= high:
        message = f"{words} words; expected {low} to {high}"
        findings.append(Finding("warning", "simple_explanation", message))
    return findings


def _not_specified(summary: Summary) -> list[Finding]:
    findings = []
    for name in ("study_duration", "participants"):
        value = getattr(summary, name).strip()
        if not value:
            findings.append(Finding("error", name, f"empty; write {NOT_SPECIFIED!r}"))
        elif value != NOT_SPECIFIED and _GUESS.search(value):
            message = f"looks like a guess; write {NOT_SPECIFIED!r} when the paper does not say"
            findings.append(Finding("warning", name, message, value))
    if summary.participants == NOT_SPECIFIED and summary.participant_count is not None:
        message = "participant_count is set but participants says 'Not specified'"
        findings.append(Finding("error", "participant_count", message))
    return findings


def _evidence(summary: Summary) -> list[Finding]:
    evidence = summary.evidence
    findings = []
    if evidence.design == NOT_SPECIFIED and (evidence.design_code != "other" or evidence.level):
        message = "design 'Not specified' needs design_code 'other' and no level"
        findings.append(Finding("error", "evidence", message))
    if evidence.design_code in _NON_HUMAN_CODES and evidence.level not in (None, 5):
        message = "animal and laboratory studies are level 5"
        findings.append(Finding("error", "evidence.level", message, str(evidence.level)))
    if evidence.design_code in _NON_HUMAN_CODES and summary.population == "humans":
        message = f"population 'humans' contradicts design {evidence.design_code!r}"
        findings.append(Finding("error", "population", message))
    if evidence.design != NOT_SPECIFIED and not evidence.meaning.strip():
        findings.append(Finding("warning", "evidence.meaning", "the level has no plain meaning"))
    return findings
