"""Text helpers shared by the checks: summary fields, sentences, words, paper text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# fmt: off
STOPWORDS = frozenset([
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in",
    "into", "is", "it", "its", "more", "most", "no", "nor", "not", "of", "on", "or", "other",
    "our", "out", "over", "same", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "under", "up",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would",
    "you", "your", "may", "might", "study", "studies", "paper", "authors", "found", "showed",
    "shows",
])
# fmt: on

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
_ABBREVIATIONS = ("e.g.", "i.e.", "et al.", "vs.", "approx.", "Fig.", "No.", "Dr.")


def prose_fields(summary: Summary) -> Iterator[tuple[str, str]]:
    """(field name, text) for every piece of prose a reader sees, in page order."""
    yield "simple_explanation", summary.simple_explanation
    yield "study_duration", summary.study_duration
    yield "participants", summary.participants
    yield "evidence.design", summary.evidence.design
    yield "evidence.meaning", summary.evidence.meaning
    for i, finding in enumerate(summary.key_findings):
        yield f"key_findings[{i}].text", finding.text
    yield "research_summary", summary.research_summary
    for i, item in enumerate(summary.practical_implications):
        yield f"practical_implications[{i}].title", item.title
        yield f"practical_implications[{i}].text", item.text
    for i, limitation in enumerate(summary.limitations):
        yield f"limitations[{i}].text", limitation.text
    for i, entry in enumerate(summary.glossary):
        yield f"glossary[{i}].definition", entry.definition


def claim_fields(summary: Summary) -> Iterator[tuple[str, str]]:
    """The prose fields that state results: explanation, findings, summary, implications."""
    for name, text in prose_fields(summary):
        if name.startswith(("simple_", "key_", "research_", "practical_")):
            yield name, text


def paper_text(paper: Paper) -> str:
    """Everything the paper says that a summary may rest on."""
    parts = [paper.title, paper.abstract, *(s.text for s in paper.full_text)]
    return "\n\n".join(p for p in parts if p)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`; the summarizer's splitter when it is installed."""
    try:
        from scrh.pipeline.summarize.sentences import split_sentences as split
    except ImportError:
        return _split(text)
    return [s for s in split(text) if s.strip()]


def _split(text: str) -> list[str]:
    protected = text
    for abbreviation in _ABBREVIATIONS:
        protected = protected.replace(abbreviation, abbreviation.replace(".", "\0"))
    pieces = []
    for block in protected.split("\n\n"):
        pieces.extend(_SENTENCE_END.split(" ".join(block.split())))
    return [p.replace("\0", ".").strip() for p in pieces if p.strip()]


def words(text: str) -> list[str]:
    """Lower-cased words of `text` (letters, inner hyphens and apostrophes)."""
    return [w.lower() for w in _WORD.findall(text)]


def stem(word: str) -> str:
    """A crude stem good enough for overlap: the first six letters, plural s removed."""
    word = word.lower().removesuffix("'s")
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def content_stems(text: str) -> set[str]:
    """Stems of the words of `text` that carry meaning."""
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2}
