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
    r";\s+|,\s+(?:and|but|while|whereas|although)\s+(?=(?:the|this|these|those|it|they|we|"
    r"there|he|she|patients|participants|people|[A-Z0-9])\b)"
)
_WHICH = re.compile(r",\s+which\s+(?=\w+\s)")
_OPENER = re.compile(
    r"^(however|thus|therefore|furthermore|moreover|in addition|finally|yet|also|"
    r"additionally|consequently|surprisingly|importantly|notably|in conclusion|overall),?\s+",
    re.I,
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
    return {short: _inner(long_form, short, found) for short, long_form in found.items()}


def _inner(long_form: str, own: str, found: dict[str, str]) -> str:
    """A long form with other short forms inside it written out ("SCI without ...")."""
    for short, other in found.items():
        if short != own and short not in other:
            long_form = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", other, long_form)
    return long_form


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
    """Drop "(SF)" definitions and write each defined short form out in full (one pass, so a
    long form is never expanded again)."""
    if not abbreviations:
        return text
    shorts = sorted(abbreviations, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in shorts)
    text = re.sub(rf"\s*\((?:{alternatives})\)", "", text)
    full = {s: (f if _proper(f) else f.lower()) for s, f in abbreviations.items()}
    return re.sub(rf"(?<![\w-])(?:{alternatives})(?![\w-])", lambda m: full[m.group(0)], text)


_PROPER_WORDS = re.compile(
    r"\b(American|International|Association|Society|Scale|Index|Measure|Test|Inventory|"
    r"Questionnaire|Classification|Standards|Center|Centre|University|Hospital|Foundation)\b"
)


def _proper(phrase: str) -> bool:
    """Names of scales, bodies and places keep their capitals; other long forms do not."""
    inner_caps = any(re.search(r"[A-Z]", w[1:]) for w in phrase.split())
    return inner_caps or bool(_PROPER_WORDS.search(phrase))


def drop_statistics(text: str) -> str:
    """Remove statistics parentheticals (CI, p-values, SD, n = ...) and bare p-values."""
    previous = None
    while previous != text:
        previous = text
        text = _STATS.sub("", text)
    text = _BARE_STATS.sub("", text)
    return re.sub(r"\s+([,.;])", r"\1", text)


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every lexicon term (longest first) and the plain words by term."""
    entries = [e for e in load("lexicon.json") if e.get("plain")]
    plain = {e["term"].lower(): e["plain"] for e in entries}
    terms = sorted(plain, key=len, reverse=True)
    alternatives = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I), plain


def apply_lexicon(text: str) -> str:
    """Replace jargon with the plain words of the lexicon, in one pass."""
    pattern, plain = _lexicon()
    return pattern.sub(lambda m: _match_case(m.group(0), plain[m.group(0).lower()]), text)


def _match_case(original: str, plain: str) -> str:
    return (
        plain[0].upper() + plain[1:]
        if original[:1].isupper() and original[1:2].islower()
        else plain
    )


def split_long(sentence: str, max_words: int = 18) -> list[str]:
    """Split a long sentence at clause boundaries into shorter sentences."""
    if len(sentence.split()) <= max_words:
        return [_tidy(sentence)]
    sentence = _WHICH.sub(". This ", sentence)
    pieces = [
        p.strip(" ,;")
        for p in re.split(r"(?<=\.)\s+(?=This )|" + _CLAUSE_SPLIT.pattern, sentence)
        if p and p.strip(" ,;")
    ]
    return [_tidy(piece) for piece in pieces]


def _tidy(piece: str) -> str:
    """Drop a leading connective ("However,") and end with one full stop."""
    piece = _OPENER.sub("", piece.strip()).rstrip(" .") + "."
    return piece[0].upper() + piece[1:]


def plain_sentence(text: str, abbreviations: dict[str, str]) -> str:
    """One paper sentence rewritten in plainer words."""
    text = drop_statistics(text)
    text = expand_abbreviations(text, abbreviations)
    text = apply_lexicon(text)
    return " ".join(text.split())
