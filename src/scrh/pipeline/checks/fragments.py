"""Check `fragments`: every sentence is whole ("Statistical significance was set at." is not)."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.checks.text import prose_fields, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# A sentence cannot end on one of these words ("was set at.", "compared with the.").
_DANGLING = frozenset(
    str.split(
        """a an the and or but nor than of at with by between among versus vs because
        whereas although if while whose their its our your my such"""
    )
)
# Fields written in sentences (the others hold phrases: "Systematic review", "12 trials").
_SENTENCE_FIELDS = (
    "simple_explanation",
    "evidence.meaning",
    "key_findings",
    "research_summary",
    "practical_implications",
    "limitations",
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_BROKEN_END = re.compile(r"(?:\s[.,;:]|[,;:]\s*\.|\.\.(?!\.))\s*$")
_LOWER_START = re.compile(r"^[a-z](?![A-Z])")


def check_fragments(paper: Paper, summary: Summary) -> list[Finding]:
    """Errors for sentences cut off or ending on a dangling word; warnings for a sentence that
    starts in lower case or stops without a full stop."""
    findings = []
    for field_name, text in prose_fields(summary):
        if not field_name.startswith(_SENTENCE_FIELDS) or field_name.endswith(".title"):
            continue
        for sentence in split_sentences(text):
            problem = sentence_problem(sentence)
            if problem:
                severity, message = problem
                findings.append(Finding(severity, field_name, message, sentence))
                break
    return findings


def sentence_problem(sentence: str) -> tuple[Severity, str] | None:
    """(severity, message) when `sentence` is not a whole sentence, else None."""
    stripped = sentence.strip()
    last = _LAST_WORD.search(stripped)
    word = last.group(1) if last else ""
    cut = last is not None and not stripped[: last.start()].endswith("(")
    if word in _DANGLING and stripped[-1:] in ".!?" and cut:
        return "error", f"the sentence stops after {word!r}: it is cut off"
    if _BROKEN_END.search(stripped):
        return "error", "the sentence ends in stray punctuation: it is cut off"
    if _LOWER_START.match(stripped):
        return "warning", "the sentence starts in lower case"
    if stripped[-1:] not in ".!?)\"'”’:":
        return "warning", "the sentence has no full stop at its end"
    return None
