"""Rare words (by wordfreq) and the glossary entries that explain them."""

from __future__ import annotations

import re
from functools import cache

from wordfreq import zipf_frequency

from scrh.pipeline.data import load
from scrh.pipeline.summarize.model import GlossaryEntry

RARE_ZIPF = 3.0
# a term whose rarest word is below this is told in plain words where the explanation first
# uses it: words met about once in 200,000 ("cortex", "lesion", "gait", "thoracic") are still
# beyond a reader without science training, unless people with SCI use them every day
TELL_ZIPF = 3.8
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*")


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


def terms_in(text: str, known: dict[str, str], longest: int = 5) -> list[str]:
    """Known terms (lower case, up to `longest` words) that occur in `text`, in order."""
    words = _TOKEN.findall(text.lower())
    sizes = _default_sizes() if known is definitions() else _sizes_by_first_word(known)
    found: dict[str, None] = {}
    for start, word in enumerate(words):
        for size in range(min(sizes.get(word, 0), longest, len(words) - start), 0, -1):
            term = " ".join(words[start : start + size])
            if term in known:
                found[term] = None
                break
    return list(found)


@cache
def _default_sizes() -> dict[str, int]:
    return _sizes_by_first_word(definitions())


def _sizes_by_first_word(known: dict[str, str]) -> dict[str, int]:
    """The most words a known term has, by its first word."""
    sizes: dict[str, int] = {}
    for term in known:
        words = term.split()
        if words:
            sizes[words[0]] = max(sizes.get(words[0], 0), len(words))
    return sizes


def glossary_for(text: str, abbreviations: dict[str, str], limit: int = 12) -> list[GlossaryEntry]:
    """Entries for the lexicon and glossary terms and the abbreviations that remain in `text`;
    a word with no entry gets none (no definition guessed from its ending)."""
    known = definitions()
    out: dict[str, GlossaryEntry] = {}
    for term in terms_in(text, known):
        if len(out) < limit and is_hard(term) and not _other_number_of(term, out):
            out[term] = GlossaryEntry(term=term, definition=known[term])
    shorts = set(re.findall(r"[A-Za-z0-9-]+", text))
    for short, long_form in abbreviations.items():
        if len(out) < limit and short in shorts:
            out.setdefault(short.lower(), GlossaryEntry(term=short, definition=long_form))
    return list(out.values())


def _other_number_of(term: str, chosen: dict[str, GlossaryEntry]) -> bool:
    """The singular or plural of `term` has an entry already ("hydrogel", "hydrogels")."""
    return term.rstrip("s") in chosen or f"{term}s" in chosen


def is_hard(term: str) -> bool:
    return any(_rare(w, RARE_ZIPF) for w in term.split())


def needs_telling(term: str) -> bool:
    """A reader needs `term` told in plain words: one of its words is uncommon and it is not
    one that people with SCI use every day (familiar.json)."""
    return term.lower() not in familiar() and any(_rare(w, TELL_ZIPF) for w in term.split())


def rarity(term: str) -> float:
    """How common the rarest word of `term` is (Zipf scale: lower is rarer)."""
    return min((zipf_frequency(w, "en") for w in term.split()), default=0.0)


@cache
def familiar() -> frozenset[str]:
    """Terms people with SCI and their families use every day, lower case."""
    return frozenset(t.lower() for t in load("familiar.json")["terms"])


def undefined_rare_words(text: str, known: dict[str, str] | None = None) -> list[str]:
    """Rare lower-case words of `text` that no lexicon or glossary entry defines."""
    known = definitions() if known is None else known
    return [
        w
        for w in rare_words(text)
        if w not in known and w.rstrip("s") not in known and re.search(r"[aeiou]", w)
    ]
