"""Check `jargon`: rare words left unexplained in the parts written for everyone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wordfreq import zipf_frequency

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import prose_fields, stem
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# Words rarer than this (Zipf scale: 3 = once per million words) count as jargon.
RARE_BELOW = 3.2
_PLAIN_FIELDS = ("simple_explanation", "key_findings[", "practical_implications[")
_TOKEN = re.compile(r"\b(?:[A-Z]{2,6}s?|[a-z][a-z-]{4,}[a-z])\b")
_EXPLAINED_AFTER = re.compile(r"\s*(?:\(|,\s+(?:a|an|which|meaning|i\.e\.)\b|\s+means\b)")
_EXPLAINED_BEFORE = re.compile(r"(?:\(|\bcalled\s+|\bknown as\s+)$", re.IGNORECASE)


def is_rare(word: str, threshold: float = RARE_BELOW) -> bool:
    """True when `word` is rare in everyday English."""
    return zipf_frequency(word.lower(), "en") < threshold


def rare_terms(text: str, threshold: float = RARE_BELOW) -> Iterator[re.Match[str]]:
    """Rare lower-case words and acronyms of `text` (capitalized names are left alone)."""
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if is_rare(word.rstrip("s") if word[:-1].isupper() else word, threshold):
            yield match


def explained_terms(summary: Summary) -> set[str]:
    """Stems of terms the summary explains: in its glossary or inline, e.g. "term (meaning)"."""
    explained = {stem(t) for e in summary.glossary for t in re.findall(r"[\w-]+", e.term)}
    for _, text in prose_fields(summary):
        for match in _TOKEN.finditer(text):
            after = _EXPLAINED_AFTER.match(text, match.end())
            before = _EXPLAINED_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
            if after or before:
                explained.add(stem(match.group(0)))
    return explained


def check_jargon(paper: Paper, summary: Summary, threshold: float = RARE_BELOW) -> list[Finding]:
    """Flag each rare term of the plain-language fields that is neither glossed nor explained."""
    explained = explained_terms(summary)
    seen: set[str] = set()
    findings = []
    for field_name, text in prose_fields(summary):
        if not field_name.startswith(_PLAIN_FIELDS):
            continue
        for match in rare_terms(text, threshold):
            key = stem(match.group(0))
            if key in explained or key in seen:
                continue
            seen.add(key)
            message = f"{match.group(0)!r} is a rare word: explain it or add it to the glossary"
            findings.append(Finding("warning", field_name, message, match.group(0)))
    return findings
