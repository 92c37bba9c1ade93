"""Plain-language rewriting: abbreviations, statistics, lexicon, long sentences."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.data import load

_SHORT_FORM = re.compile(r"\s*\((?P<short>[A-Za-z][A-Za-z0-9/&'-]{0,9}s?)\)")
_STATS = re.compile(
    r"\s*[\(\[](?=[^()\[\]]*(?:\bp\s*[<=>≤≥]|\bCI\b|\bSD\b|\bSE\b|\bIQR\b|\bOR\b|\bHR\b|\bRR\b|"
    r"\bI2\b|I²|\bMD\b|\bSMD\b|\bn\s*=|\bN\s*=|±|\br\s*=|95%|χ|\bt\s*=|\bF\s*=|\bβ|range))"
    r"[^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*[\)\]]",
    re.I,
)
_BARE_STATS = re.compile(r",?\s*\b[pP]\s*[<=>≤]\s*0?\.\d+")
_CLAUSE_SPLIT = re.compile(
    r",\s+(?:and|but|while|whereas|which|although|resulting in)\s+|;\s+|:\s+(?=[a-z])"
)


def find_abbreviations(text: str) -> dict[str, str]:
    """Short forms the text defines, as {"SCI": "spinal cord injury"} (long form first)."""
    found: dict[str, str] = {}
    for match in _SHORT_FORM.finditer(text):
        short = match.group("short")
        if not re.search(r"[A-Z]", short) or short in found:
            continue
        long_form = _long_form(text[: match.start()], short)
        if long_form:
            found[short] = long_form
    return found


def _long_form(before: str, short: str) -> str:
    """The words before "(SF)" whose initials spell the short form (Schwartz-Hearst style)."""
    words = re.findall(r"[\w'’-]+", before)[-(len(short) + 5) :]
    letters = [c.lower() for c in short if c.isalpha()]
    if not letters or not words:
        return ""
    for start in range(len(words) - 1, max(-1, len(words) - len(short) - 5), -1):
        candidate = words[start:]
        if candidate[0][0].lower() == letters[0] and _covers(" ".join(candidate), letters):
            return " ".join(candidate)
    return ""


def _covers(phrase: str, letters: list[str]) -> bool:
    """Every letter of the short form appears, in order, in the phrase."""
    position = 0
    lowered = phrase.lower()
    for letter in letters:
        position = lowered.find(letter, position)
        if position < 0:
            return False
        position += 1
    return len(phrase.split()) <= len(letters) + 2


def expand_abbreviations(text: str, abbreviations: dict[str, str]) -> str:
    """Drop "(SF)" definitions and write each defined short form out in full."""
    for short, long_form in abbreviations.items():
        text = re.sub(rf"\s*\({re.escape(short)}\)", "", text)
        text = re.sub(
            rf"(?<![\w-]){re.escape(short)}(?![\w-])",
            long_form.lower() if not _proper(long_form) else long_form,
            text,
        )
    return text


def _proper(phrase: str) -> bool:
    words = phrase.split()
    return (
        sum(w[:1].isupper() for w in words) > len(words) / 2
        and len(words) > 1
        and not all(w[:1].isupper() for w in words[:1])
    )


def drop_statistics(text: str) -> str:
    """Remove statistics parentheticals (CI, p-values, SD, n = ...) and bare p-values."""
    previous = None
    while previous != text:
        previous = text
        text = _STATS.sub("", text)
    text = _BARE_STATS.sub("", text)
    return re.sub(r"\s+([,.;])", r"\1", text)


@cache
def _lexicon() -> tuple[tuple[re.Pattern[str], str], ...]:
    entries = load("lexicon.json")
    ordered = sorted(entries, key=lambda e: -len(e["term"]))
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(e['term'])}(?![\w-])", re.I), e["plain"])
        for e in ordered
        if e.get("plain")
    )


def apply_lexicon(text: str) -> str:
    """Replace jargon with the plain words of the lexicon."""
    for pattern, plain in _lexicon():
        text = pattern.sub(lambda m, p=plain: _match_case(m.group(0), p), text)
    return text


def _match_case(original: str, plain: str) -> str:
    return (
        plain[0].upper() + plain[1:]
        if original[:1].isupper() and original[1:2].islower()
        else plain
    )


def split_long(sentence: str, max_words: int = 18) -> list[str]:
    """Split a long sentence at clause boundaries into shorter sentences."""
    if len(sentence.split()) <= max_words:
        return [sentence]
    pieces = [p.strip(" ,;") for p in _CLAUSE_SPLIT.split(sentence) if p.strip(" ,;")]
    out = []
    for piece in pieces:
        piece = piece.rstrip(".") + "."
        out.append(piece[0].upper() + piece[1:])
    return out


def plain_sentence(text: str, abbreviations: dict[str, str]) -> str:
    """One paper sentence rewritten in plainer words."""
    text = drop_statistics(text)
    text = expand_abbreviations(text, abbreviations)
    text = apply_lexicon(text)
    return " ".join(text.split())
