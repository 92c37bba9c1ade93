"""Check `labels`: no abstract heading ("Objective:", ". Conclusion:", "RESULTS") in the prose."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import prose_fields
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.papers.sections import is_heading
from scrh.pipeline.summarize.model import Summary

# Up to six words before a colon; which of them make a heading is decided by `is_heading`.
_BEFORE_COLON = re.compile(r"((?:[A-Za-z][A-Za-z'’]*[ /&-]+){0,5}[A-Za-z][A-Za-z'’]*)\s*:(?!//)")
_CAPITAL_HEADING = re.compile(
    r"\b(?:BACKGROUND|INTRODUCTION|OBJECTIVES?|AIMS?|PURPOSE|METHODS?|DESIGN|SETTINGS?|"
    r"PARTICIPANTS|INTERVENTIONS?|MEASUREMENTS|RESULTS?|FINDINGS|CONCLUSIONS?|"
    r"INTERPRETATION|TRIAL REGISTRATION|KEYWORDS)\b"
)
_REGISTRATION = re.compile(r"\b(?:trial|study) registration\b|\bkeywords\b", re.IGNORECASE)


def check_labels(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag a section heading of the abstract that reached a reader-facing field."""
    findings = []
    for field_name, text in prose_fields(summary):
        leaked = leaked_heading(text)
        if leaked:
            message = "a section heading of the abstract was left in the text"
            findings.append(Finding("error", field_name, message, leaked))
    return findings


def leaked_heading(text: str) -> str:
    """The first abstract heading in `text` ("Objective:", "RESULTS"), or ""."""
    for match in _BEFORE_COLON.finditer(text):
        words = match.group(1).split()
        for first in range(len(words)):
            candidate = " ".join(words[first:])
            if not is_heading(candidate):
                continue
            start = match.start(1) + match.group(1).index(words[first])
            if _at_start(text, start) or candidate[0].isupper():
                return candidate + ":"
            break
    capital = _CAPITAL_HEADING.search(text)
    if capital:
        return capital.group(0)
    registration = _REGISTRATION.search(text)
    return registration.group(0) if registration else ""


def _at_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?;"
