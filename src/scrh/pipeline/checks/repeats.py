"""Check `repeats`: no word or phrase doubled by mistake ("Wearable wearable", "in the in the")."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import prose_fields
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# One to three words, then the same again.
_DOUBLED = re.compile(r"\b([A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){0,2})\s+\1\b", re.I)
# Doubles that English allows.
_ALLOWED = frozenset({"that", "had", "is", "do", "bye", "so", "very", "no", "ha"})


def check_repeats(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag a word or phrase written twice in a row."""
    findings = []
    for field_name, text in prose_fields(summary):
        repeated = doubled_words(text)
        if repeated:
            message = "a word or phrase is repeated by mistake"
            findings.append(Finding("error", field_name, message, repeated))
    return findings


def doubled_words(text: str) -> str:
    """The first doubled word or phrase in `text` ("Score score"), or ""."""
    for match in _DOUBLED.finditer(text):
        if match.group(1).lower() not in _ALLOWED:
            return match.group(0)
    return ""
