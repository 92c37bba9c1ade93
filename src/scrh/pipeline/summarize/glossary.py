"""Rare words (by wordfreq) and the glossary entries that explain them."""

from __future__ import annotations

import re
from functools import cache

from wordfreq import zipf_frequency

from scrh.pipeline.data import load
from scrh.pipeline.summarize.model import GlossaryEntry

RARE_ZIPF = 3.0
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def rare_words(text: str, threshold: float = RARE_ZIPF) -> list[str]:
    """Words of `text` rarer than `threshold` on the Zipf scale (each word once, in order)."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        lowered = word.lower()
        if lowered not in seen and _rare(lowered, threshold):
            seen[lowered] = None
    return list(seen)


@cache
def _rare(word: str, threshold: float) -> bool:
    return zipf_frequency(word, "en") < threshold


def rare_rate(text: str, threshold: float = RARE_ZIPF) -> float:
    """Rare words per 100 words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0.0
    return 100.0 * sum(_rare(w, threshold) for w in words) / len(words)


@cache
def definitions() -> dict[str, str]:
    """Plain definitions by lower-case term, from the lexicon and the glossary files."""
    entries = load("lexicon.json") + load("glossary.json")
    return {e["term"].lower(): e["definition"] for e in entries if e.get("definition")}


def glossary_for(text: str, abbreviations: dict[str, str], limit: int = 12) -> list[GlossaryEntry]:
    """Entries for the lexicon terms and rare words that remain in `text`."""
    known = definitions()
    lowered = text.lower()
    out: dict[str, GlossaryEntry] = {}
    for term, definition in known.items():
        if len(out) >= limit:
            break
        if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", lowered) and _is_hard(term):
            out[term] = GlossaryEntry(term=term, definition=definition)
    for short, long_form in abbreviations.items():
        if len(out) < limit and re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            out.setdefault(short.lower(), GlossaryEntry(term=short, definition=long_form))
    return list(out.values())


def _is_hard(term: str) -> bool:
    return any(_rare(w, RARE_ZIPF) for w in term.split())
